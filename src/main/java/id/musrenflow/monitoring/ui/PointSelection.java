package id.musrenflow.monitoring.ui;

import id.musrenflow.proposal.MapPoint;
import java.util.List;

/**
 * What one map shows out of the usulan the filter selects: at most {@code limit} points (one more is fetched to learn
 * that the limit cut the selection), and how many selected usulan have no map point.
 *
 * @param total     usulan the filter selects within the reader's reach, with or without a map point
 * @param unlocated selected usulan without a map point; only known when the limit did not cut the selection
 */
record PointSelection(List<MapPoint> points, long total, long unlocated, Outcome outcome) {

    enum Outcome {
        /** The filter selects no usulan at all. */
        NONE,
        /** Usulan are selected but none has a map point. */
        NONE_LOCATED,
        /** Every selected usulan with a map point is shown. */
        ALL,
        /** More than the limit have a map point; the first {@code limit} are shown. */
        CUT
    }

    static PointSelection of(List<MapPoint> fetched, int limit, long total) {
        if (fetched.size() > limit) {
            return new PointSelection(List.copyOf(fetched.subList(0, limit)), total, 0, Outcome.CUT);
        }
        if (fetched.isEmpty()) {
            return new PointSelection(List.of(), total, total, total == 0 ? Outcome.NONE : Outcome.NONE_LOCATED);
        }
        return new PointSelection(List.copyOf(fetched), total, Math.max(0, total - fetched.size()), Outcome.ALL);
    }
}
