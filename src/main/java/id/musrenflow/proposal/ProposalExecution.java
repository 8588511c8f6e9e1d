package id.musrenflow.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What became of an usulan after the RKPD, as its final OPD recorded it; every part is null until recorded.
 *
 * @param budgetReference the budget document (DPA) number
 * @param budgetAmount    whole Rupiah budgeted
 * @param realisation     whole Rupiah spent
 * @param validUntil      last day an unfunded usulan stays valid for later cycles (carried over), else null
 */
public record ProposalExecution(String budgetReference, LocalDate budgetDate, BigDecimal budgetAmount,
                                LocalDate startDate, LocalDate completionDate, BigDecimal realisation,
                                LocalDate validUntil) {

    public boolean budgeted() {
        return budgetReference != null;
    }

    public boolean isEmpty() {
        return budgetReference == null && startDate == null && completionDate == null && validUntil == null;
    }
}
