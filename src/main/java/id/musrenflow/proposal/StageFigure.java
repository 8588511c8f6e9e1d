package id.musrenflow.proposal;

import java.math.BigDecimal;

/** How many usulan of one group ({@code key}: a territory or OPD code, a bidang, an origin; null for all) are at a stage, and their estimated cost. */
public record StageFigure(String key, ProposalStage stage, long count, BigDecimal cost) {
}
