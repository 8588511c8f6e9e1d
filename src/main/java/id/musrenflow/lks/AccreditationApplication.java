package id.musrenflow.lks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An accreditation application (AK-2027-0001); grade fields are null until the assessor has scored. */
public record AccreditationApplication(long id, String number, long organisationId, String organisationCode,
                                       String organisationName, AccreditationStatus status, String submittedBy,
                                       LocalDateTime submittedAt, String dinsosRecommendation,
                                       String lkksRecommendation, String assessor, BigDecimal totalScore,
                                       AccreditationGrade grade, LocalDate validUntil) {
}
