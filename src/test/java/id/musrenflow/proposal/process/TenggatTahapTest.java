package id.musrenflow.proposal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.musrenflow.calendar.Holiday;
import id.musrenflow.calendar.HolidayKind;
import id.musrenflow.calendar.WorkingCalendar;
import id.musrenflow.season.SeasonService;
import id.musrenflow.season.Stage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
    private final id.musrenflow.proposal.ProposalService proposals = mock(id.musrenflow.proposal.ProposalService.class);
    private final WorkingCalendar calendar = WorkingCalendar.of(List.of(
            Holiday.of(FRIDAY.plusDays(3), "Libur uji", HolidayKind.LIBUR_NASIONAL),
            Holiday.of(FRIDAY.plusDays(4), "Cuti bersama uji", HolidayKind.CUTI_BERSAMA)));
    private final TenggatTahap deadlines = new TenggatTahap(
            Clock.fixed(FRIDAY.atTime(9, 0).atZone(WIB).toInstant(), WIB),
            new StageDeadlines(Map.of("RW", 3, "REVISI", 2), 5, 2), calendar, seasons, proposals);

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
    void the_flow_into_a_task_sets_its_due_date_and_the_reminder_two_working_days_before_at_eight() {
        when(seasons.windowEnd(PLANNING_YEAR, Stage.REMBUK_RW)).thenReturn(Optional.of(FRIDAY.plusDays(20)));
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable(UsulanMusrenbangProcess.Var.TAHUN)).thenReturn(PLANNING_YEAR);
        when(execution.getVariable(UsulanMusrenbangProcess.Var.USULAN_ID)).thenReturn(7L);

        deadlines.tetapkan(execution, "RW");

        // due next Friday; Thursday and Wednesday are the two working days before it
        verify(execution).setVariable(UsulanMusrenbangProcess.Var.BATAS_WAKTU,
                Date.from(FRIDAY.plusDays(7).atTime(23, 59).atZone(WIB).toInstant()));
        verify(execution).setVariable(UsulanMusrenbangProcess.Var.WAKTU_PENGINGAT,
                Date.from(FRIDAY.plusDays(5).atTime(8, 0).atZone(WIB).toInstant()));
        verify(proposals).recordTaskDue(7L, FRIDAY.plusDays(7).atTime(23, 59));
    }

    @Test
    void the_reminder_skips_the_weekend_and_holidays_counting_back() {
        TenggatTahap fromThursday = new TenggatTahap(
                Clock.fixed(FRIDAY.minusDays(1).atTime(9, 0).atZone(WIB).toInstant(), WIB),
                new StageDeadlines(Map.of(), 5, 2), calendar, seasons, proposals);
        // due on the Thursday after the holiday Monday and the cuti bersama Tuesday: Wednesday, then the Friday before
        Instant due = FRIDAY.plusDays(6).atTime(23, 59).atZone(WIB).toInstant();

        assertThat(fromThursday.reminderFor(due)).isEqualTo(FRIDAY.atTime(8, 0).atZone(WIB).toInstant());
    }

    @Test
    void when_the_window_leaves_no_room_the_reminder_comes_halfway_to_the_due_date() {
        Instant due = FRIDAY.plusDays(3).atTime(23, 59).atZone(WIB).toInstant();
        assertThat(deadlines.reminderFor(due)).isEqualTo(halfwayTo(due));
    }

    @Test
    void a_task_already_past_its_window_is_reminded_at_its_due_date() {
        Instant due = FRIDAY.minusDays(1).atTime(23, 59).atZone(WIB).toInstant();
        assertThat(deadlines.reminderFor(due)).isEqualTo(due);
    }

    private static Instant halfwayTo(Instant due) {
        Instant now = FRIDAY.atTime(9, 0).atZone(WIB).toInstant();
        return now.plus(Duration.between(now, due).dividedBy(2));
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
