package id.musrenflow.proposal;

import java.time.LocalDateTime;

/**
 * A reminder or an escalation of the usulan's open task, as its timeline records it: the stage of the task (RW,
 * KELURAHAN, LAPANGAN, OPD, BAPPEDA, REVISI), its due date, and for an escalation the position it now also goes to.
 */
public record TaskDeadline(Kind kind, String stage, LocalDateTime due, String escalatedTo) {

    public enum Kind { PENGINGAT, ESKALASI }
}
