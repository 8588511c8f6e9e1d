package id.musrenflow.calendar;

import java.time.LocalDate;

/** What the admin types for a holiday: its date, its name ("Hari Kemerdekaan RI") and its kind. */
public record HolidayDraft(LocalDate date, String name, HolidayKind kind) {
}
