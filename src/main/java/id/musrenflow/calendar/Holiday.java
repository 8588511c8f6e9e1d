package id.musrenflow.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A public holiday as stored: who changed it last, when, and the version an edit must name. */
public record Holiday(Long id, LocalDate date, String name, HolidayKind kind, String changedBy,
                      LocalDateTime changedAt, int version) {

    /** A holiday not stored anywhere, for calendars built in tests and tools. */
    public static Holiday of(LocalDate date, String name, HolidayKind kind) {
        return new Holiday(null, date, name, kind, null, null, 0);
    }
}
