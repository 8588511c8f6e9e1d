package id.musrenflow.proposal.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Keeps the sheet's ranks 1..n while the operator moves and decides rows; typed ranks are left as typed. */
final class ForumRanking {

    private ForumRanking() {
    }

    /** Moves a row up (-1) or down (+1) and re-numbers the agreed rows in the order shown; false at either end. */
    static boolean move(List<ForumRow> rows, ForumRow row, int delta) {
        int from = rows.indexOf(row);
        int to = from + delta;
        if (to < 0 || to >= rows.size()) {
            return false;
        }
        Collections.swap(rows, from, to);
        int rank = 1;
        for (ForumRow r : rows) {
            if (r.agreed()) {
                r.setRank(rank++);
            }
        }
        return true;
    }

    /** A newly agreed usulan goes to the end of the ranking; one no longer agreed gives its rank up. */
    static void decided(List<ForumRow> rows, ForumRow row) {
        if (row.agreed() && row.rank() == null) {
            row.setRank(1 + (int) rows.stream().filter(r -> r != row && r.agreed() && r.rank() != null).count());
        } else if (!row.agreed() && row.rank() != null) {
            row.setRank(null);
            List<ForumRow> ranked = new ArrayList<>(rows.stream().filter(r -> r.agreed() && r.rank() != null).toList());
            ranked.sort(Comparator.comparing(ForumRow::rank));
            for (int i = 0; i < ranked.size(); i++) {
                ranked.get(i).setRank(i + 1);
            }
        }
    }
}
