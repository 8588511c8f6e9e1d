package id.musrenflow.proposal;

import java.time.LocalDateTime;

/** One step in an usulan's timeline: who (in which position), when, from → to, why. */
public record StatusChange(LocalDateTime at, String actor, String position, ProposalStatus from, ProposalStatus to,
                           String reasonCode, String reason, String note) {
}
