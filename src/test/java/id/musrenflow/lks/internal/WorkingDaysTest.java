package id.musrenflow.lks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.musrenflow.lks.LksSettings;
import id.musrenflow.lks.process.TenggatVerifikasiLks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final LocalDate FRIDAY = LocalDate.of(2027, 8, 13);
    private static final LocalDate INDEPENDENCE_DAY = LocalDate.of(2027, 8, 17);

    @Test
    void weekends_do_not_count() {
        WorkingDays days = new WorkingDays(List.of());
        assertThat(days.after(FRIDAY, 1)).isEqualTo(LocalDate.of(2027, 8, 16));
        assertThat(days.after(FRIDAY, 14)).isEqualTo(LocalDate.of(2027, 9, 2));
        assertThat(days.isWorkingDay(LocalDate.of(2027, 8, 14))).isFalse();
    }

    @Test
    void a_configured_holiday_does_not_count() {
        WorkingDays days = new WorkingDays(List.of(INDEPENDENCE_DAY));
        assertThat(days.after(FRIDAY, 2)).isEqualTo(LocalDate.of(2027, 8, 18));
        assertThat(days.after(FRIDAY, 14)).isEqualTo(LocalDate.of(2027, 9, 3));
    }

    @Test
    void the_verification_is_due_at_the_end_of_the_fourteenth_working_day() {
        LksSettings settings = new LksSettings(null, 14, List.of(INDEPENDENCE_DAY), null, null, Set.of(), null, null);
        TenggatVerifikasiLks deadlines = new TenggatVerifikasiLks(Clock.systemUTC(), settings);
        assertThat(deadlines.dueFrom(FRIDAY).toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 9, 3, 23, 59));
        assertThat(deadlines.dueFrom(FRIDAY).getZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
    }
}
