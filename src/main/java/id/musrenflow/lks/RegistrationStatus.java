package id.musrenflow.lks;

import java.util.Set;

/** Status of a registration application; the history keeps every step. */
public enum RegistrationStatus {
    DIAJUKAN, PERLU_PERBAIKAN, DIAJUKAN_ULANG, TERDAFTAR, DITOLAK, KEDALUWARSA;

    /** Still with Dinas Sosial or the officer: a second application of the same organisation waits. */
    public static final Set<RegistrationStatus> OPEN = Set.of(DIAJUKAN, PERLU_PERBAIKAN, DIAJUKAN_ULANG);

    public boolean open() {
        return OPEN.contains(this);
    }
}
