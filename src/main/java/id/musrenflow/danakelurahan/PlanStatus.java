package id.musrenflow.danakelurahan;

/** Business status of a Rencana Kegiatan Kelurahan; the approval process moves it, the history keeps every step. */
public enum PlanStatus {
    DRAFT, DIAJUKAN, DIKEMBALIKAN, DISETUJUI;

    /** The Lurah may still change the plan's allocations. */
    public boolean editable() {
        return this == DRAFT || this == DIKEMBALIKAN;
    }
}
