package id.musrenflow.proposal;

/** Published in the submitting transaction, after the process has started. */
public record ProposalSubmitted(long proposalId, String number, String proposer) {
}
