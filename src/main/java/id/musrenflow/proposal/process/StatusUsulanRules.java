package id.musrenflow.proposal.process;

import java.util.List;

/** Which statuses a decision leads to where one BPMN flow carries several outcomes. */
public final class StatusUsulanRules {

    private StatusUsulanRules() {
    }

    /** The kelurahan forum agrees (funding, forwarding or both) or not. */
    public static List<String> afterKelurahanForum(String decision) {
        return switch (decision) {
            case "DANA_KELURAHAN" -> List.of("DISEPAKATI_MUSRENBANGKEL", "DIDANAI_DANA_KELURAHAN");
            case "KECAMATAN" -> List.of("DISEPAKATI_MUSRENBANGKEL", "DITERUSKAN_KECAMATAN");
            case "KEDUANYA" -> List.of("DISEPAKATI_MUSRENBANGKEL", "DIDANAI_DANA_KELURAHAN", "DITERUSKAN_KECAMATAN");
            case "TIDAK_DISEPAKATI" -> List.of("TIDAK_DISEPAKATI_MUSRENBANGKEL");
            default -> throw new IllegalArgumentException("Unknown kelurahan forum decision " + decision);
        };
    }

    /** An OPD sends the usulan round again: to discussion, or to another OPD's verifiers. */
    public static String afterOpdRepeat(String decision) {
        return switch (decision) {
            case "DISKUSI" -> "DISKUSI";
            case "ALIHKAN" -> "VERIFIKASI_OPD";
            default -> throw new IllegalArgumentException("Not a repeat decision " + decision);
        };
    }
}
