package id.musrenflow.monitoring.ui;

import id.musrenflow.proposal.ProposalStage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per stage for the map's points, cluster rings and legend: the moving stages run from purple (RW) through
 * blue and teal to orange and brown as the usulan climbs the levels; what is decided stands apart (greens funded,
 * red not agreed, greys withdrawn or closed). Drafts are never on the map.
 */
final class StageColours {

    /** The stages a map can show, in funnel order (the legend's order). */
    static final List<ProposalStage> SHOWN = List.of(ProposalStage.RW, ProposalStage.VERIFIKASI_KELURAHAN,
            ProposalStage.FORUM_KELURAHAN, ProposalStage.VERIFIKASI_KECAMATAN, ProposalStage.FORUM_KECAMATAN,
            ProposalStage.OPD, ProposalStage.BAPPEDA, ProposalStage.RKPD, ProposalStage.DANA_KELURAHAN,
            ProposalStage.TIDAK_DISEPAKATI, ProposalStage.DIBATALKAN, ProposalStage.DITUTUP);

    private static final Map<ProposalStage, String> COLOURS = new EnumMap<>(Map.ofEntries(
            Map.entry(ProposalStage.DRAFT, "#bdbdbd"),
            Map.entry(ProposalStage.RW, "#8e24aa"),
            Map.entry(ProposalStage.VERIFIKASI_KELURAHAN, "#3949ab"),
            Map.entry(ProposalStage.FORUM_KELURAHAN, "#1e88e5"),
            Map.entry(ProposalStage.VERIFIKASI_KECAMATAN, "#00acc1"),
            Map.entry(ProposalStage.FORUM_KECAMATAN, "#00897b"),
            Map.entry(ProposalStage.OPD, "#fb8c00"),
            Map.entry(ProposalStage.BAPPEDA, "#8d6e63"),
            Map.entry(ProposalStage.RKPD, "#2e7d32"),
            Map.entry(ProposalStage.DANA_KELURAHAN, "#9ccc65"),
            Map.entry(ProposalStage.TIDAK_DISEPAKATI, "#e53935"),
            Map.entry(ProposalStage.DIBATALKAN, "#757575"),
            Map.entry(ProposalStage.DITUTUP, "#263238")));

    private StageColours() {
    }

    static String of(ProposalStage stage) {
        return COLOURS.get(stage);
    }
}
