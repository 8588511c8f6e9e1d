package id.musrenflow.proposal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an usulan stands in the season, as a planner reads the funnel: the business statuses grouped by the level
 * that holds the usulan now. One status maps to one stage, except DITERUSKAN_KECAMATAN, which is at the kecamatan's
 * field verification until the survey team finds it feasible ({@code fieldVerified}) and at the kecamatan forum after.
 */
public enum ProposalStage {
    DRAFT(EnumSet.of(ProposalStatus.DRAFT)),
    RW(EnumSet.of(ProposalStatus.DIAJUKAN_RW)),
    VERIFIKASI_KELURAHAN(EnumSet.of(ProposalStatus.PRIORITAS_RW, ProposalStatus.DIAJUKAN_KELURAHAN,
            ProposalStatus.PERLU_REVISI)),
    FORUM_KELURAHAN(EnumSet.of(ProposalStatus.TERVERIFIKASI_KELURAHAN)),
    VERIFIKASI_KECAMATAN(EnumSet.of(ProposalStatus.DISEPAKATI_MUSRENBANGKEL, ProposalStatus.DITERUSKAN_KECAMATAN)),
    FORUM_KECAMATAN(EnumSet.noneOf(ProposalStatus.class)),
    OPD(EnumSet.of(ProposalStatus.DISEPAKATI_MUSRENBANGCAM, ProposalStatus.VERIFIKASI_OPD, ProposalStatus.DISKUSI)),
    BAPPEDA(EnumSet.of(ProposalStatus.DITERIMA_OPD, ProposalStatus.MASUK_RENJA)),
    RKPD(EnumSet.of(ProposalStatus.MASUK_RKPD, ProposalStatus.DIANGGARKAN, ProposalStatus.DALAM_PELAKSANAAN,
            ProposalStatus.SELESAI)),
    DANA_KELURAHAN(EnumSet.of(ProposalStatus.DIDANAI_DANA_KELURAHAN)),
    TIDAK_DISEPAKATI(EnumSet.of(ProposalStatus.DITOLAK_RW, ProposalStatus.DITOLAK_KELURAHAN,
            ProposalStatus.TIDAK_DISEPAKATI_MUSRENBANGKEL, ProposalStatus.DITOLAK_KECAMATAN, ProposalStatus.DITOLAK_OPD,
            ProposalStatus.DITANGGUHKAN, ProposalStatus.TIDAK_MASUK_RKPD, ProposalStatus.TIDAK_DIANGGARKAN)),
    DIBATALKAN(EnumSet.of(ProposalStatus.DIBATALKAN)),
    DITUTUP(EnumSet.of(ProposalStatus.DIKUNCI, ProposalStatus.KADALUARSA));

    private final Set<ProposalStatus> statuses;

    ProposalStage(Set<ProposalStatus> statuses) {
        this.statuses = statuses;
    }

    /** The statuses of this stage; the kecamatan stages share DITERUSKAN_KECAMATAN, told apart by the field verdict. */
    public Set<ProposalStatus> statuses() {
        return this == FORUM_KECAMATAN ? EnumSet.of(ProposalStatus.DITERUSKAN_KECAMATAN) : statuses;
    }

    public static ProposalStage of(ProposalStatus status, boolean fieldVerified) {
        if (status == ProposalStatus.DITERUSKAN_KECAMATAN && fieldVerified) {
            return FORUM_KECAMATAN;
        }
        for (ProposalStage stage : values()) {
            if (stage.statuses.contains(status)) {
                return stage;
            }
        }
        throw new IllegalStateException("No stage for " + status);
    }

    /** Still moving: some level has to act on it (or the proposer, for a draft or a revision). */
    public boolean open() {
        return switch (this) {
            case DRAFT, RW, VERIFIKASI_KELURAHAN, FORUM_KELURAHAN, VERIFIKASI_KECAMATAN, FORUM_KECAMATAN, OPD,
                 BAPPEDA -> true;
            default -> false;
        };
    }

    /** A stage whose usulan wait on a person's task (with a due date), not on a forum or nothing at all. */
    public boolean hasTask() {
        return switch (this) {
            case RW, VERIFIKASI_KELURAHAN, VERIFIKASI_KECAMATAN, OPD, BAPPEDA, RKPD -> true;
            default -> false;
        };
    }
}
