package id.musrenflow.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.musrenflow.proposal.MapPoint;
import id.musrenflow.proposal.ProposalStage;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PointSelectionTest {

    private static List<MapPoint> points(int count) {
        return LongStream.rangeClosed(1, count)
                .mapToObj(i -> new MapPoint(i, "U-" + i, "Usulan " + i, ProposalStage.OPD, -6.89, 109.67))
                .toList();
    }

    @Test
    void one_point_more_than_the_limit_means_the_limit_cut_the_selection() {
        PointSelection selection = PointSelection.of(points(4), 3, 10);
        assertThat(selection.outcome()).isEqualTo(PointSelection.Outcome.CUT);
        assertThat(selection.points()).extracting(MapPoint::id).containsExactly(1L, 2L, 3L);
        assertThat(selection.total()).isEqualTo(10);
    }

    @Test
    void exactly_the_limit_is_all_and_the_rest_of_the_total_has_no_map_point() {
        PointSelection selection = PointSelection.of(points(3), 3, 5);
        assertThat(selection.outcome()).isEqualTo(PointSelection.Outcome.ALL);
        assertThat(selection.points()).hasSize(3);
        assertThat(selection.unlocated()).isEqualTo(2);
    }

    @Test
    void nothing_selected_and_nothing_located_are_told_apart() {
        assertThat(PointSelection.of(List.of(), 3, 0).outcome()).isEqualTo(PointSelection.Outcome.NONE);
        PointSelection unlocated = PointSelection.of(List.of(), 3, 4);
        assertThat(unlocated.outcome()).isEqualTo(PointSelection.Outcome.NONE_LOCATED);
        assertThat(unlocated.unlocated()).isEqualTo(4);
    }
}
