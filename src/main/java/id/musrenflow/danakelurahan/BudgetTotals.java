package id.musrenflow.danakelurahan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** Money of a set of activities: allocated (the budget), released in stages, and realised (verified LPJ). */
public record BudgetTotals(BigDecimal allocated, BigDecimal released, BigDecimal realised) {

    public static final BudgetTotals ZERO = new BudgetTotals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public static BudgetTotals of(Collection<ActivityFigures> activities) {
        BudgetTotals sum = ZERO;
        for (ActivityFigures a : activities) {
            sum = sum.plus(new BudgetTotals(a.budget(), a.released(), a.realised()));
        }
        return sum;
    }

    public BudgetTotals plus(BudgetTotals other) {
        return new BudgetTotals(allocated.add(other.allocated), released.add(other.released),
                realised.add(other.realised));
    }

    /** Realised as a percentage of {@code base} (two decimals); zero when there is no base. */
    public static BigDecimal percent(BigDecimal part, BigDecimal base) {
        if (base == null || base.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(base, 2, RoundingMode.HALF_UP);
    }
}
