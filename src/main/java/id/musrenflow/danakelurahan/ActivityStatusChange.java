package id.musrenflow.danakelurahan;

import java.time.LocalDateTime;

/** One line of an activity's history: who, in which position, from which status to which, why. */
public record ActivityStatusChange(LocalDateTime at, String actor, String position, ActivityStatus from,
                                   ActivityStatus to, String reasonCode, String reason, String note) {
}
