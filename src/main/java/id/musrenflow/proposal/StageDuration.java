package id.musrenflow.proposal;

/**
 * Time spent in a stage by the usulan of one group ({@code key}: a territory or OPD code, null for all), from the
 * status history: how many stays were measured (left the stage, or are still in it, counted to now), their median
 * and 90th percentile in hours.
 */
public record StageDuration(String key, ProposalStage stage, long stays, double medianHours, double p90Hours) {
}
