package id.musrenflow.danakelurahan;

import java.math.BigDecimal;

/**
 * One allocation of a kelurahan's year as the budget board shows it: planned, then budgeted and carried out.
 *
 * @param activityId   0 while the allocation has no activity yet (status DIRENCANAKAN)
 * @param number       the activity number, or null while DIRENCANAKAN
 * @param mode         null until the implementation mode is decided
 * @param contractForm null until decided, and for swakelola
 * @param released     sum of the released stages
 * @param realised     sum of the verified LPJ amounts
 * @param proposalId   the usulan the allocation funds, null for LKK activities and allocations outside the plan
 */
public record ActivityFigures(long activityId, String number, long allocationId, FundField field,
                              String subActivityCode, String description, ImplementationMode mode,
                              ContractForm contractForm, ActivityStatus status, BigDecimal budget,
                              BigDecimal released, BigDecimal realised, int physicalPercent, int financialPercent,
                              Long proposalId) {
}
