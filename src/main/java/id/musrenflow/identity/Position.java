package id.musrenflow.identity;

import java.time.LocalDate;

/** A position held by a user from {@code start} to {@code end} (inclusive; null = open-ended). */
public record Position(Long id, long userId, PositionType type, String territoryCode, String organisationCode,
                       PositionStatus status, LocalDate start, LocalDate end, String note) {

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    public String groupId() {
        return type.groupId(territoryCode, organisationCode);
    }
}
