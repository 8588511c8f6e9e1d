package id.musrenflow.danakelurahan;

import java.math.BigDecimal;

/** One kelurahan (in a kecamatan roll-up) or one kecamatan (in the city roll-up), or the total line. */
public record RollUpRow(String code, String name, BigDecimal pagu, BudgetTotals totals, int activities,
                        int closed) {

    public RollUpRow plus(RollUpRow other, String totalCode, String totalName) {
        return new RollUpRow(totalCode, totalName, pagu.add(other.pagu), totals.plus(other.totals),
                activities + other.activities, closed + other.closed);
    }
}
