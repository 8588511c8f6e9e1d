package id.musrenflow.danakelurahan;

import java.time.LocalDateTime;

/** One step of a programme's history: who (and in which position) moved it from where to where, and why. */
public record ProgrammeStatusChange(LocalDateTime at, String actor, String position, ProgrammeStatus from,
                                    ProgrammeStatus to, String reasonCode, String reason, String note) {
}
