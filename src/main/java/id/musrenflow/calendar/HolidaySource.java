package id.musrenflow.calendar;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Where a {@link WorkingCalendar} reads the holidays of a year from: the database, or a fixed list in tests. */
@FunctionalInterface
public interface HolidaySource {

    /** The year's holidays, in date order. */
    List<Holiday> holidays(int year);

    static HolidaySource of(Collection<Holiday> holidays) {
        List<Holiday> all = List.copyOf(holidays);
        return year -> all.stream().filter(h -> h.date().getYear() == year)
                .sorted(Comparator.comparing(Holiday::date)).toList();
    }
}
