package id.musrenflow.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days of the city's offices: Monday to Friday, except the public holidays of the year (national holidays,
 * cuti bersama, regional holidays). Deadlines are computed inside engine transactions, so each year is read once
 * and kept; an admin's edit forgets its year, and a kept year is read again after {@link #MAX_AGE} so that the other
 * nodes of a cluster see the edit too.
 */
public class WorkingCalendar {

    static final Duration MAX_AGE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    private final HolidaySource source;
    private final Map<Integer, WorkingYear> years = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private long generation;

    public WorkingCalendar(HolidaySource source) {
        this.source = source;
    }

    /** A calendar of fixed holidays, for tests and tools. */
    public static WorkingCalendar of(Collection<Holiday> holidays) {
        return new WorkingCalendar(HolidaySource.of(holidays));
    }

    public boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).isWorkingDay(date);
    }

    /**
     * The {@code n}-th working day after {@code start}; the start day itself never counts, so 1 is the next working
     * day and 0 is {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        if (n == 0) {
            return start;
        }
        int y = start.getYear();
        WorkingYear days = year(y);
        int wanted = days.upTo(start) + n;
        while (wanted > days.total()) {
            wanted -= days.total();
            days = year(++y);
        }
        return days.nth(wanted);
    }

    /**
     * Working days after {@code from} up to and including {@code to}, the inverse of {@link #addWorkingDays}:
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (int y = from.getYear(); y < to.getYear(); y++) {
            count += year(y).total();
        }
        return count + year(to.getYear()).upTo(to) - year(from.getYear()).upTo(from);
    }

    /** The year's holidays in date order; an empty list means nobody has entered them yet. */
    public List<Holiday> holidays(int year) {
        return year(year).holidays();
    }

    public Map<Month, Integer> workingDaysPerMonth(int year) {
        WorkingYear days = year(year);
        Map<Month, Integer> perMonth = new EnumMap<>(Month.class);
        int before = 0;
        for (Month month : Month.values()) {
            int upTo = days.upTo(YearMonth.of(year, month).atEndOfMonth());
            perMonth.put(month, upTo - before);
            before = upTo;
        }
        return Collections.unmodifiableMap(perMonth);
    }

    /** Reads the year again on next use; called once an edit of its holidays has committed or rolled back. */
    void forget(int year) {
        synchronized (lock) {
            generation++;
            years.remove(year);
        }
    }

    private WorkingYear year(int year) {
        long now = System.nanoTime();
        WorkingYear kept = years.get(year);
        if (kept != null && now - kept.loadedAtNanos() < MAX_AGE.toNanos()) {
            return kept;
        }
        long seen;
        synchronized (lock) {
            seen = generation;
        }
        List<Holiday> holidays = source.holidays(year);
        if (holidays.isEmpty()) {
            log.warn("No public holidays recorded for {}: only weekends are days off until the admin enters them", year);
        }
        WorkingYear loaded = WorkingYear.of(year, holidays, now);
        synchronized (lock) {
            // an edit committed while we read: what we read may predate it, so it is not kept
            if (generation == seen) {
                years.put(year, loaded);
            }
        }
        return loaded;
    }
}
