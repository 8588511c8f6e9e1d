package id.musrenflow.proposal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.musrenflow.calendar.Holiday;
import id.musrenflow.calendar.HolidayKind;
import id.musrenflow.calendar.WorkingCalendar;
import id.musrenflow.season.SeasonService;
import id.musrenflow.season.Stage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A usulan task is due at the end of the earlier of its working days (weekends, holidays and cuti bersama skipped)
 * and the last day of its stage's window in the season.
 */
class TenggatTahapTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final int PLANNING_YEAR = 2031;
    /** The second Friday of January in the season's year. */
    private static final LocalDate FRIDAY = LocalDate.of(PLANNING_YEAR - 1, 1, 1)
            .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.FRIDAY)).plusWeeks(1);

    private final SeasonService seasons = mock(SeasonService.class);
    private final WorkingCalendar calendar = WorkingCalendar.of(List.of(
            Holiday.of(FRIDAY.plusDays(3), "Libur uji", HolidayKind.LIBUR_NASIONAL),
            Holiday.of(FRIDAY.plusDays(4), "Cuti bersama uji", HolidayKind.CUTI_BERSAMA)));
    private final TenggatTahap deadlines = new TenggatTahap(
            Clock.fixed(FRIDAY.atTime(9, 0).atZone(WIB).toInstant(), WIB),
            new StageDeadlines(Map.of("RW", 3, "REVISI", 2), 5), calendar, seasons);

    private static LocalDateTime due(java.util.Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), WIB);
    }

    @Test
    void working_days_skip_the_weekend_the_holiday_and_the_cuti_bersama() {
        when(seasons.windowEnd(PLANNING_YEAR, Stage.REMBUK_RW)).thenReturn(Optional.of(FRIDAY.plusDays(20)));

        // the Monday and Tuesday after it are off: Wednesday, Thursday, Friday
        assertThat(due(deadlines.untuk("RW", PLANNING_YEAR))).isEqualTo(FRIDAY.plusDays(7).atTime(23, 59));
    }

    @Test
    void the_window_end_comes_first_when_it_is_earlier() {
        when(seasons.windowEnd(PLANNING_YEAR, Stage.REMBUK_RW)).thenReturn(Optional.of(FRIDAY.plusDays(3)));

        assertThat(due(deadlines.untuk("RW", PLANNING_YEAR))).isEqualTo(FRIDAY.plusDays(3).atTime(23, 59));
    }

    @Test
    void without_a_season_or_a_window_only_the_working_days_count() {
        when(seasons.windowEnd(PLANNING_YEAR, Stage.REMBUK_RW)).thenReturn(Optional.empty());

        assertThat(due(deadlines.untuk("RW", PLANNING_YEAR))).isEqualTo(FRIDAY.plusDays(7).atTime(23, 59));
        assertThat(due(deadlines.untuk("REVISI", PLANNING_YEAR))).isEqualTo(FRIDAY.plusDays(6).atTime(23, 59));
        assertThat(due(deadlines.untuk("LAPANGAN", null))).isEqualTo(FRIDAY.plusDays(11).atTime(23, 59));
    }

    @Test
    void the_final_opds_tasks_after_the_rkpd_are_due_when_the_fiscal_year_ends() {
        for (String stage : List.of("ANGGARAN", "PELAKSANAAN", "PENYELESAIAN")) {
            assertThat(due(deadlines.untuk(stage, PLANNING_YEAR))).as(stage)
                    .isEqualTo(LocalDate.of(PLANNING_YEAR, 12, 31).atTime(23, 59));
        }
        // recorded late, after its fiscal year: working days from today
        assertThat(due(deadlines.untuk("PENYELESAIAN", PLANNING_YEAR - 2)))
                .isEqualTo(FRIDAY.plusDays(11).atTime(23, 59));
    }
}
