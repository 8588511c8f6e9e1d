package id.musrenflow.danakelurahan;

import java.math.BigDecimal;
import java.util.List;

/** A kecamatan's kelurahan (code = kecamatan) or the city's kecamatan (code = kota), with their total. */
public record RollUp(int year, String code, String name, List<RollUpRow> rows) {

    public RollUp {
        rows = List.copyOf(rows);
    }

    public RollUpRow total() {
        RollUpRow sum = new RollUpRow(code, name, BigDecimal.ZERO, BudgetTotals.ZERO, 0, 0);
        for (RollUpRow row : rows) {
            sum = sum.plus(row, code, name);
        }
        return sum;
    }
}
