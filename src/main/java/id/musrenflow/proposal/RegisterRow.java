package id.musrenflow.proposal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One usulan as the register lists it; {@code due} is the due date of its open task, null when none. */
public record RegisterRow(long id, String number, int year, ProposalStatus status, ProposalStage stage, String title,
                          int revision, String kelurahanCode, String rwCode, ProposalOrigin origin, ProposalKind kind,
                          ProposalField field, String initialOpd, String finalOpd, BigDecimal cost,
                          Long catalogueItemId, LocalDateTime submittedAt, LocalDateTime changedAt,
                          LocalDateTime due) {

    public String displayTitle() {
        return revision > 0 ? title + " (Revisi)" : title;
    }

    /** The OPD that holds it now: the final one once re-assigned, else the initial one. */
    public String opd() {
        return finalOpd != null ? finalOpd : initialOpd;
    }

    public boolean overdueAt(LocalDateTime now) {
        return due != null && stage.hasTask() && due.isBefore(now);
    }
}
