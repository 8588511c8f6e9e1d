package id.musrenflow.danakelurahan;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One release stage (tahap) and its LPJ.
 *
 * @param amount   planned: the stage's percentage of the budget
 * @param released null until the Lurah (KPA) approves the release
 * @param lpjStatus null until the LPJ of the stage is submitted
 */
public record ReleaseStage(int stage, int percent, BigDecimal amount, BigDecimal released, String releasedBy,
                           LocalDateTime releasedAt, LpjStatus lpjStatus, BigDecimal realised, Long lpjDocumentId,
                           String lpjSubmittedBy, LocalDateTime lpjSubmittedAt, String lpjCheckedBy,
                           LocalDateTime lpjCheckedAt, String revisionReason) {

    public boolean isReleased() {
        return releasedAt != null;
    }
}
