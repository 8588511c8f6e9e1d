package id.musrenflow.lks.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.musrenflow.calendar.Holiday;
import id.musrenflow.calendar.HolidayKind;
import id.musrenflow.calendar.WorkingCalendar;
import id.musrenflow.lks.LksSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The 14 working days of Dinas Sosial are counted on the city's working calendar. */
class TenggatVerifikasiLksTest {

    private static final LocalDate FRIDAY = LocalDate.of(2027, 8, 13);
    private static final LocalDate INDEPENDENCE_DAY = FRIDAY.plusDays(4);
    private static final LksSettings SETTINGS = new LksSettings(null, 14, null, null, Set.of(), null, null);

    private static TenggatVerifikasiLks deadlines(Holiday... holidays) {
        return new TenggatVerifikasiLks(Clock.systemUTC(), SETTINGS, WorkingCalendar.of(List.of(holidays)));
    }

    @Test
    void the_verification_is_due_at_the_end_of_the_fourteenth_working_day_in_pekalongan() {
        var due = deadlines().dueFrom(FRIDAY);

        assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 9, 2, 23, 59));
        assertThat(due.getZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void a_holiday_on_the_calendar_moves_the_due_date_one_working_day_later() {
        var due = deadlines(Holiday.of(INDEPENDENCE_DAY, "Hari Kemerdekaan RI", HolidayKind.LIBUR_NASIONAL))
                .dueFrom(FRIDAY);

        assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 9, 3, 23, 59));
    }
}
