package id.musrenflow.season;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One stage's window in a season: inclusive dates, the end as first planned and, when the admin extended it, the
 * last reason; when the season process recorded it opening and closing.
 */
public record SeasonWindow(int planningYear, Stage stage, LocalDate start, LocalDate end, LocalDate plannedEnd,
                           String extensionReason, LocalDateTime openedAt, LocalDateTime closedAt) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean extended() {
        return end.isAfter(plannedEnd);
    }

    public boolean isOver(LocalDate today) {
        return today.isAfter(end);
    }
}
