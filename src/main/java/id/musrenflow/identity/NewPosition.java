package id.musrenflow.identity;

import java.time.LocalDate;

/** Command to give a user a position. */
public record NewPosition(PositionType type, String territoryCode, String organisationCode, PositionStatus status,
                          LocalDate start, LocalDate end, String note) {
}
