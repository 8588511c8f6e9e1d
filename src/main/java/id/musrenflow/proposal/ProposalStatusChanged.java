package id.musrenflow.proposal;

/**
 * Published in the engine's transaction whenever an usulan moves to another business status (its first status,
 * DRAFT, is not a change). {@code from} is the status before, {@code actor} who decided ("sistem" for timers).
 */
public record ProposalStatusChanged(long proposalId, String number, String title, String proposer, ProposalStatus from,
                                    ProposalStatus to, String actor, String reasonCode, String reason) {
}
