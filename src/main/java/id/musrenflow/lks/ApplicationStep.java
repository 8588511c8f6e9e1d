package id.musrenflow.lks;

import java.time.LocalDateTime;

/**
 * One step of an application's history: a status change ({@code event} STATUS) or a reminder/escalation the
 * engine's timers raised (PENGINGAT, ESKALASI, PENGINGAT_PERPANJANGAN; from = to).
 */
public record ApplicationStep(LocalDateTime at, String actor, String position, String event,
                              RegistrationStatus from, RegistrationStatus to, String reasonCode, String reason) {
}
