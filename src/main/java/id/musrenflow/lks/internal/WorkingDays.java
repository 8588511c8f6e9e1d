package id.musrenflow.lks.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/** Working days of Dinas Sosial: Monday to Friday, except the configured public holidays. */
public final class WorkingDays {

    private final Set<LocalDate> holidays;

    public WorkingDays(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }

    /** The n-th working day after {@code start} (the day of submission itself does not count). */
    public LocalDate after(LocalDate start, int days) {
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }
}
