package id.musrenflow.proposal;

import java.time.LocalDateTime;

/**
 * One step in an usulan's timeline: who (in which position), when, from → to, why. A reminder or escalation of the
 * open task is a step too, with {@code deadline} set, by "sistem", that leaves the status as it was (from = to).
 */
public record StatusChange(LocalDateTime at, String actor, String position, ProposalStatus from, ProposalStatus to,
                           String reasonCode, String reason, String note, TaskDeadline deadline) {

    public StatusChange(LocalDateTime at, String actor, String position, ProposalStatus from, ProposalStatus to,
                        String reasonCode, String reason, String note) {
        this(at, actor, position, from, to, reasonCode, reason, note, null);
    }

    /** A reminder or escalation row: the status stays, the timer's system actor. */
    public static StatusChange of(LocalDateTime at, ProposalStatus status, TaskDeadline deadline) {
        return new StatusChange(at, "sistem", null, status, status, null, null, null, deadline);
    }

    public boolean isStatusChange() {
        return deadline == null;
    }
}
