package id.musrenflow.danakelurahan;

/**
 * Status of a dana kelurahan activity (domain.md §2). DIRENCANAKAN is never stored: it is what an allocation is
 * before its plan is approved and its activity exists.
 */
public enum ActivityStatus {
    DIRENCANAKAN, DIANGGARKAN, PENGADAAN, SWAKELOLA_PERSIAPAN, PELAKSANAAN, SELESAI_FISIK, LPJ_DIAJUKAN,
    LPJ_DIVERIFIKASI, LPJ_REVISI, DITUTUP
}
