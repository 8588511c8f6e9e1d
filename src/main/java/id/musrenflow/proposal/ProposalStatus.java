package id.musrenflow.proposal;

/** Business statuses of an usulan (domain guide §1), kept in the usulan table with a full history. */
public enum ProposalStatus {
    DRAFT, DIAJUKAN_RW, PRIORITAS_RW, DITOLAK_RW, DIAJUKAN_KELURAHAN, PERLU_REVISI, DITOLAK_KELURAHAN,
    TERVERIFIKASI_KELURAHAN, DISEPAKATI_MUSRENBANGKEL, TIDAK_DISEPAKATI_MUSRENBANGKEL, DIDANAI_DANA_KELURAHAN,
    DITERUSKAN_KECAMATAN, DISEPAKATI_MUSRENBANGCAM, DITOLAK_KECAMATAN, VERIFIKASI_OPD, DITERIMA_OPD, DISKUSI,
    DITANGGUHKAN, DITOLAK_OPD, MASUK_RENJA, MASUK_RKPD, TIDAK_MASUK_RKPD, DIANGGARKAN, TIDAK_DIANGGARKAN,
    DALAM_PELAKSANAAN, SELESAI, DIKUNCI, KADALUARSA, DIBATALKAN;

    /** The proposer may withdraw until the musrenbang kelurahan has decided. */
    public boolean withdrawable() {
        return switch (this) {
            case DIAJUKAN_RW, PRIORITAS_RW, DIAJUKAN_KELURAHAN, PERLU_REVISI, TERVERIFIKASI_KELURAHAN -> true;
            default -> false;
        };
    }

    /**
     * Agreed all the way up but left unfunded (out of the RKPD, or out of the OPD's budget): the usulan stays valid
     * for the next cycles (domain guide §1: unfunded usulan carry over while valid), unlike a rejection.
     */
    public boolean carriedOver() {
        return this == TIDAK_MASUK_RKPD || this == TIDAK_DIANGGARKAN;
    }
}
