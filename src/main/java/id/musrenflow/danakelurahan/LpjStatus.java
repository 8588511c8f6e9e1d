package id.musrenflow.danakelurahan;

/** The accountability report (LPJ) of one release stage. */
public enum LpjStatus {
    DIAJUKAN, REVISI, DIVERIFIKASI
}
