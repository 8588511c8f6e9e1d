package id.musrenflow.calendar;

import static id.musrenflow.calendar.HolidayKind.CUTI_BERSAMA;
import static id.musrenflow.calendar.HolidayKind.LIBUR_NASIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Working-day arithmetic on a small calendar shaped like 2026 (SKB 3 Menteri): the Nyepi and Idul Fitri week,
 * where cuti bersama and national holidays join a weekend, and Christmas followed by New Year across the year end.
 */
class WorkingCalendarTest {

    /** Wednesday 18 March: cuti bersama Nyepi, the first day of the long holiday. */
    private static final LocalDate NYEPI_LEAVE = LocalDate.of(2026, 3, 18);
    /** Thursday 24 December: cuti bersama Natal, the day before Christmas. */
    private static final LocalDate CHRISTMAS_LEAVE = LocalDate.of(2026, 12, 24);

    private static final List<Holiday> HOLIDAYS = List.of(
            Holiday.of(NYEPI_LEAVE, "Cuti bersama Hari Suci Nyepi", CUTI_BERSAMA),
            Holiday.of(NYEPI_LEAVE.plusDays(1), "Hari Suci Nyepi", LIBUR_NASIONAL),
            Holiday.of(NYEPI_LEAVE.plusDays(2), "Cuti bersama Idul Fitri", CUTI_BERSAMA),
            Holiday.of(NYEPI_LEAVE.plusDays(3), "Idul Fitri", LIBUR_NASIONAL),
            Holiday.of(NYEPI_LEAVE.plusDays(4), "Idul Fitri hari kedua", LIBUR_NASIONAL),
            Holiday.of(NYEPI_LEAVE.plusDays(5), "Cuti bersama Idul Fitri", CUTI_BERSAMA),
            Holiday.of(NYEPI_LEAVE.plusDays(6), "Cuti bersama Idul Fitri", CUTI_BERSAMA),
            Holiday.of(CHRISTMAS_LEAVE, "Cuti bersama Natal", CUTI_BERSAMA),
            Holiday.of(CHRISTMAS_LEAVE.plusDays(1), "Natal", LIBUR_NASIONAL),
            Holiday.of(CHRISTMAS_LEAVE.plusDays(8), "Tahun Baru", LIBUR_NASIONAL));

    private final WorkingCalendar calendar = WorkingCalendar.of(HOLIDAYS);

    @Test
    void saturday_and_sunday_are_never_working_days() {
        LocalDate friday = NYEPI_LEAVE.minusDays(5);

        assertThat(calendar.isWorkingDay(friday)).isTrue();
        assertThat(calendar.isWorkingDay(friday.plusDays(1))).isFalse();
        assertThat(calendar.isWorkingDay(friday.plusDays(2))).isFalse();
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(friday.plusDays(3));
        assertThat(calendar.addWorkingDays(friday.plusDays(1), 1)).isEqualTo(friday.plusDays(3));
    }

    @Test
    void national_holidays_and_cuti_bersama_joined_to_a_weekend_are_skipped_together() {
        LocalDate tuesdayBefore = NYEPI_LEAVE.minusDays(1);

        assertThat(calendar.isWorkingDay(NYEPI_LEAVE)).isFalse();
        assertThat(calendar.isWorkingDay(NYEPI_LEAVE.plusDays(6))).isFalse();
        assertThat(calendar.addWorkingDays(tuesdayBefore, 1)).isEqualTo(NYEPI_LEAVE.plusDays(7));
        assertThat(calendar.addWorkingDays(tuesdayBefore, 3)).isEqualTo(NYEPI_LEAVE.plusDays(9));
        assertThat(calendar.workingDaysBetween(tuesdayBefore, NYEPI_LEAVE.plusDays(6))).isZero();
    }

    @Test
    void the_start_day_never_counts_even_when_it_is_a_holiday() {
        assertThat(calendar.addWorkingDays(CHRISTMAS_LEAVE.plusDays(1), 1)).isEqualTo(CHRISTMAS_LEAVE.plusDays(4));
        assertThat(calendar.addWorkingDays(CHRISTMAS_LEAVE, 0)).isEqualTo(CHRISTMAS_LEAVE);
    }

    @Test
    void counting_crosses_christmas_and_new_year_into_the_next_year() {
        LocalDate wednesdayBefore = CHRISTMAS_LEAVE.minusDays(1);
        LocalDate lastDayOfYear = CHRISTMAS_LEAVE.plusDays(7);
        LocalDate firstMonday = CHRISTMAS_LEAVE.plusDays(11);

        assertThat(calendar.addWorkingDays(wednesdayBefore, 1)).isEqualTo(CHRISTMAS_LEAVE.plusDays(4));
        assertThat(calendar.addWorkingDays(lastDayOfYear, 1)).isEqualTo(firstMonday);
        assertThat(calendar.addWorkingDays(wednesdayBefore, 5)).isEqualTo(firstMonday);
        assertThat(calendar.addWorkingDays(wednesdayBefore, 6)).isEqualTo(firstMonday.plusDays(1));
        assertThat(calendar.isWorkingDay(CHRISTMAS_LEAVE.plusDays(8))).isFalse();
        assertThat(calendar.workingDaysBetween(wednesdayBefore, firstMonday)).isEqualTo(5);
    }

    @Test
    void counting_working_days_between_two_dates_undoes_adding_them() {
        for (LocalDate start = NYEPI_LEAVE.minusDays(10); start.isBefore(CHRISTMAS_LEAVE.plusDays(20));
             start = start.plusDays(9)) {
            for (int n = 0; n <= 300; n += 7) {
                LocalDate end = calendar.addWorkingDays(start, n);
                assertThat(calendar.workingDaysBetween(start, end)).as(start + " + " + n).isEqualTo(n);
                assertThat(calendar.workingDaysBetween(end, start)).as(end + " back to " + start).isEqualTo(-n);
            }
        }
    }

    @Test
    void working_days_per_month_leave_out_weekends_and_holidays() {
        var perMonth = calendar.workingDaysPerMonth(NYEPI_LEAVE.getYear());

        assertThat(perMonth).hasSize(12);
        assertThat(perMonth.get(Month.MARCH)).isEqualTo(weekdays(NYEPI_LEAVE.withDayOfMonth(1)) - 5);
        assertThat(perMonth.get(Month.DECEMBER)).isEqualTo(weekdays(CHRISTMAS_LEAVE.withDayOfMonth(1)) - 2);
        assertThat(perMonth.get(Month.FEBRUARY)).isEqualTo(weekdays(NYEPI_LEAVE.withMonth(2).withDayOfMonth(1)));
    }

    @Test
    void a_negative_number_of_working_days_is_refused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(NYEPI_LEAVE, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_year_is_read_once_and_again_after_it_was_edited() {
        AtomicInteger reads = new AtomicInteger();
        List<Holiday> stored = new ArrayList<>(HOLIDAYS);
        WorkingCalendar counted = new WorkingCalendar(year -> {
            reads.incrementAndGet();
            return HolidaySource.of(stored).holidays(year);
        });
        LocalDate monday = NYEPI_LEAVE.plusDays(12);

        for (int i = 0; i < 100; i++) {
            counted.addWorkingDays(NYEPI_LEAVE.minusDays(1), 3);
        }
        assertThat(reads).hasValue(1);
        assertThat(counted.isWorkingDay(monday)).isTrue();

        stored.add(Holiday.of(monday, "Libur daerah uji", HolidayKind.LIBUR_DAERAH));
        assertThat(counted.isWorkingDay(monday)).as("kept until forgotten").isTrue();
        counted.forget(monday.getYear());
        assertThat(counted.isWorkingDay(monday)).isFalse();
        assertThat(reads).hasValue(2);
    }

    /** Monday to Friday in the month of {@code first}, counted without the calendar. */
    private static int weekdays(LocalDate first) {
        return (int) first.datesUntil(first.plusMonths(1))
                .filter(d -> d.getDayOfWeek().getValue() <= 5).count();
    }
}
