package id.musrenflow.lks;

import java.time.LocalDateTime;

/** A registration application (permohonan tanda daftar), number TD-2027-0001. */
public record Application(long id, String number, long organisationId, String organisationCode,
                          String organisationName, ApplicationKind kind, RegistrationStatus status,
                          String submittedBy, LocalDateTime submittedAt, LocalDateTime decidedAt, String reasonCode,
                          String reason) {
}
