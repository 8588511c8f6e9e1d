package id.musrenflow.proposal;

/** Reason codes of every rejection or non-agreement (domain guide §1), the same as in the task forms. */
public enum ReasonCode {
    DUPLIKAT, LOKASI_SALAH, SUDAH_DIUSULKAN, OPD_SALAH, TIDAK_ADA_DI_KAMUS, BUKAN_KEWENANGAN, STATUS_LAHAN,
    MELEBIHI_PAGU, DITANGGUHKAN, PERLU_DISKUSI
}
