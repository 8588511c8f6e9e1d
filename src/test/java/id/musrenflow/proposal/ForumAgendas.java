package id.musrenflow.proposal;

import java.util.List;

/**
 * Forums decide whole lists, and tests share one database: before a test puts usulan before a forum, whatever
 * earlier tests left waiting there is decided (not agreed, postponed) so the agenda holds only the test's own.
 */
public final class ForumAgendas {

    public static final String MEDONO = "33.75.01.1002";
    public static final String PEKALONGAN_BARAT = "33.75.01";

    private ForumAgendas() {
    }

    public static void clearMedonoAndPekalonganBarat(ForumService forums) {
        decideLeftovers(forums, ForumLevel.KELURAHAN, MEDONO, "lurah.medono");
        decideLeftovers(forums, ForumLevel.KECAMATAN, PEKALONGAN_BARAT, "camat.barat");
    }

    public static void decideLeftovers(ForumService forums, ForumLevel level, String territory, String operator) {
        List<ForumDecision> sheet = forums.agenda(level, territory, null, operator).stream()
                .map(item -> ForumDecision.notAgreed(item.number(), ReasonCode.DITANGGUHKAN, "Sisa uji sebelumnya"))
                .toList();
        if (!sheet.isEmpty()) {
            forums.confirm(level, territory, null, sheet, operator);
        }
    }
}
