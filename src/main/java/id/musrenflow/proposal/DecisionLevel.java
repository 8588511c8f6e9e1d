package id.musrenflow.proposal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The levels that decide on an usulan, with the statuses that are their decision, as the SIPD-style export's
 * rekomendasi columns read them (rekomendasi_mitra is the RW, rekomendasi_tapd is Bappeda's RKPD decision).
 */
public enum DecisionLevel {
    RW(EnumSet.of(ProposalStatus.PRIORITAS_RW, ProposalStatus.DITOLAK_RW)),
    KELURAHAN(EnumSet.of(ProposalStatus.TERVERIFIKASI_KELURAHAN, ProposalStatus.DITOLAK_KELURAHAN,
            ProposalStatus.PERLU_REVISI)),
    MUSRENBANG_KELURAHAN(EnumSet.of(ProposalStatus.DISEPAKATI_MUSRENBANGKEL,
            ProposalStatus.TIDAK_DISEPAKATI_MUSRENBANGKEL)),
    KECAMATAN(EnumSet.of(ProposalStatus.DISEPAKATI_MUSRENBANGCAM, ProposalStatus.DITOLAK_KECAMATAN)),
    OPD(EnumSet.of(ProposalStatus.DITERIMA_OPD, ProposalStatus.DISKUSI, ProposalStatus.DITANGGUHKAN,
            ProposalStatus.DITOLAK_OPD)),
    BAPPEDA(EnumSet.of(ProposalStatus.MASUK_RKPD, ProposalStatus.TIDAK_MASUK_RKPD));

    private final Set<ProposalStatus> decisions;

    DecisionLevel(Set<ProposalStatus> decisions) {
        this.decisions = decisions;
    }

    public Set<ProposalStatus> decisions() {
        return decisions;
    }

    public static DecisionLevel deciding(ProposalStatus status) {
        for (DecisionLevel level : values()) {
            if (level.decisions.contains(status)) {
                return level;
            }
        }
        return null;
    }
}
