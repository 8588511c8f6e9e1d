package id.musrenflow.lks;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One component of the organisation's self-assessment instrument: its own score (0–100) and the evidence. */
public record SelfAssessment(AccreditationComponent component, BigDecimal score, String evidence, String filledBy,
                             LocalDateTime filledAt) {
}
