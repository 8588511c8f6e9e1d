package id.musrenflow.lks;

import java.time.LocalDateTime;

/** One step of an accreditation application: who, when, from → to, why; reminders keep the status. */
public record AccreditationStep(LocalDateTime at, String actor, String event, AccreditationStatus from,
                                AccreditationStatus to, String reasonCode, String reason) {
}
