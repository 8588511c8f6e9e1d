package id.musrenflow.danakelurahan;

import java.time.LocalDateTime;

/** One step of a plan's history: who (in which position) moved it from where to where, and why. */
public record PlanStatusChange(LocalDateTime at, String actor, String position, PlanStatus from, PlanStatus to,
                               String reasonCode, String reason, String note) {
}
