package id.musrenflow.danakelurahan;

/** Business status of an LKK programme; the review process moves it, the history keeps every step. */
public enum ProgrammeStatus {
    DRAFT, DIAJUKAN, PERLU_REVISI, DITERIMA, DITOLAK;

    /** The officer may still change the activities. */
    public boolean editable() {
        return this == DRAFT || this == PERLU_REVISI;
    }
}
