package id.musrenflow.monitoring;

import id.musrenflow.proposal.ProposalStage;

/**
 * Time usulan of one group spent in one stage, in days: how many stays were measured, their median and 90th
 * percentile, the stage's allowance in working days (null for forum stages, which follow the season's window), and
 * whether it stands out: {@code overAllowance} when the median passes the allowance (working days counted as 7/5
 * calendar days, the median being in calendar time), {@code slowest} for the slowest of its list.
 */
public record StageTime(String key, String name, ProposalStage stage, long stays, double medianDays, double p90Days,
                        Integer allowanceWorkingDays, boolean overAllowance, boolean slowest) {
}
