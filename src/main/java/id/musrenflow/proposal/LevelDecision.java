package id.musrenflow.proposal;

import java.time.LocalDateTime;

/** The last decision a level took on an usulan: the status it led to, the reason code and text, who and when. */
public record LevelDecision(DecisionLevel level, ProposalStatus decision, String reasonCode, String reason,
                            String actor, String position, LocalDateTime at) {
}
