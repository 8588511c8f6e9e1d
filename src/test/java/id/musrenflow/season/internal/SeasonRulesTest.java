package id.musrenflow.season.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.musrenflow.season.Stage;
import id.musrenflow.season.WindowDraft;
import id.musrenflow.season.WindowProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeasonRulesTest {

    private static final int PLANNING_YEAR = 2031;

    private static List<WindowDraft> defaults() {
        return new ArrayList<>(Arrays.stream(Stage.values()).map(s -> s.defaultWindow(PLANNING_YEAR)).toList());
    }

    private static List<WindowDraft> with(WindowDraft changed) {
        List<WindowDraft> windows = defaults();
        windows.set(changed.stage().ordinal(), changed);
        return windows;
    }

    @Test
    void the_default_calendar_follows_every_rule() {
        assertThat(SeasonRules.check(PLANNING_YEAR, defaults())).isEmpty();
    }

    @Test
    void windows_lie_in_the_year_before_the_planning_year() {
        List<WindowProblem> problems = SeasonRules.check(PLANNING_YEAR, with(new WindowDraft(Stage.MUSRENBANG_KOTA,
                LocalDate.of(PLANNING_YEAR - 1, 4, 1), LocalDate.of(PLANNING_YEAR, 1, 5))));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.stage()).isEqualTo(Stage.MUSRENBANG_KOTA);
            assertThat(p.end()).isTrue();
            assertThat(p.messageKey()).isEqualTo("musim.error.di-luar-tahun");
            assertThat(p.arguments()).containsExactly(PLANNING_YEAR - 1, PLANNING_YEAR);
        });
    }

    @Test
    void a_window_may_not_end_before_it_starts() {
        LocalDate start = LocalDate.of(PLANNING_YEAR - 1, 1, 20);
        List<WindowProblem> problems = SeasonRules.check(PLANNING_YEAR, with(new WindowDraft(Stage.REMBUK_RW, start,
                start.minusDays(3))));

        assertThat(problems).extracting(WindowProblem::messageKey).contains("musim.error.selesai-sebelum-mulai");
    }

    @Test
    void a_stage_may_not_start_before_the_stage_it_follows() {
        List<WindowProblem> problems = SeasonRules.check(PLANNING_YEAR, with(new WindowDraft(
                Stage.MUSRENBANG_KECAMATAN, LocalDate.of(PLANNING_YEAR - 1, 1, 25), LocalDate.of(PLANNING_YEAR - 1, 2, 28))));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.stage()).isEqualTo(Stage.MUSRENBANG_KECAMATAN);
            assertThat(p.end()).isFalse();
            assertThat(p.messageKey()).isEqualTo("musim.error.mulai-sebelum-tahap-sebelumnya");
        });
    }

    @Test
    void a_stage_may_not_close_before_the_stage_it_follows_so_no_proposal_arrives_after_its_forum() {
        List<WindowProblem> problems = SeasonRules.check(PLANNING_YEAR, with(new WindowDraft(Stage.USULAN,
                LocalDate.of(PLANNING_YEAR - 1, 1, 2), LocalDate.of(PLANNING_YEAR - 1, 1, 30))));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.stage()).isEqualTo(Stage.REMBUK_RW);
            assertThat(p.end()).isTrue();
            assertThat(p.messageKey()).isEqualTo("musim.error.selesai-sebelum-tahap-sebelumnya");
        });
    }

    @Test
    void overlapping_neighbours_are_allowed_since_territories_meet_on_different_days() {
        List<WindowDraft> windows = Arrays.stream(Stage.values()).map(s -> new WindowDraft(s,
                LocalDate.of(PLANNING_YEAR - 1, 1, 2), LocalDate.of(PLANNING_YEAR - 1, 12, 31))).toList();

        assertThat(SeasonRules.check(PLANNING_YEAR, windows)).isEmpty();
    }

    @Test
    void every_missing_date_is_named_on_its_field() {
        List<WindowProblem> problems = SeasonRules.check(PLANNING_YEAR, with(new WindowDraft(Stage.VERIFIKASI_LAPANGAN,
                null, null)));

        assertThat(problems).extracting(WindowProblem::stage, WindowProblem::end, WindowProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Stage.VERIFIKASI_LAPANGAN, false, "musim.error.tanggal-wajib"),
                        org.assertj.core.groups.Tuple.tuple(Stage.VERIFIKASI_LAPANGAN, true, "musim.error.tanggal-wajib"));
    }
}
