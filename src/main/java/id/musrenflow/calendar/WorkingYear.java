package id.musrenflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * One year's days, counted once: how many working days have passed by the end of each day. Every question about the
 * year is then an array lookup or a binary search, cheap enough for each deadline an engine transaction computes.
 */
final class WorkingYear {

    private final int year;
    private final List<Holiday> holidays;
    /** {@code passed[i]}: working days from 1 January up to and including day-of-year {@code i + 1}. */
    private final int[] passed;
    private final long loadedAtNanos;

    private WorkingYear(int year, List<Holiday> holidays, int[] passed, long loadedAtNanos) {
        this.year = year;
        this.holidays = holidays;
        this.passed = passed;
        this.loadedAtNanos = loadedAtNanos;
    }

    static WorkingYear of(int year, List<Holiday> holidays, long loadedAtNanos) {
        List<Holiday> ofYear = holidays.stream().filter(h -> h.date().getYear() == year).toList();
        LocalDate first = LocalDate.of(year, 1, 1);
        boolean[] off = new boolean[first.lengthOfYear()];
        ofYear.forEach(h -> off[h.date().getDayOfYear() - 1] = true);
        int[] passed = new int[off.length];
        int count = 0;
        for (int i = 0; i < off.length; i++) {
            DayOfWeek day = first.plusDays(i).getDayOfWeek();
            if (!off[i] && day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                count++;
            }
            passed[i] = count;
        }
        return new WorkingYear(year, ofYear, passed, loadedAtNanos);
    }

    List<Holiday> holidays() {
        return holidays;
    }

    long loadedAtNanos() {
        return loadedAtNanos;
    }

    boolean isWorkingDay(LocalDate date) {
        int i = index(date);
        return passed[i] > (i == 0 ? 0 : passed[i - 1]);
    }

    /** Working days from 1 January up to and including {@code date}. */
    int upTo(LocalDate date) {
        return passed[index(date)];
    }

    int total() {
        return passed[passed.length - 1];
    }

    /** The {@code k}-th working day of the year, 1 ≤ k ≤ {@link #total()}. */
    LocalDate nth(int k) {
        int low = 0;
        int high = passed.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (passed[middle] < k) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return LocalDate.ofYearDay(year, low + 1);
    }

    private int index(LocalDate date) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException(date + " is not in " + year);
        }
        return date.getDayOfYear() - 1;
    }
}
