package id.musrenflow.danakelurahan;

import java.math.BigDecimal;
import java.util.List;

/**
 * The budget board of one kelurahan and year: pagu, and per sub kegiatan what is allocated, released and realised.
 *
 * @param planStatus the Rencana Kegiatan Kelurahan's status; null before the Lurah saved one
 */
public record KelurahanBoard(int year, String kelurahanCode, String kelurahanName, String kecamatanName,
                             BigDecimal pagu, PlanStatus planStatus, List<ActivityFigures> activities) {

    public KelurahanBoard {
        activities = List.copyOf(activities);
    }

    public BudgetTotals totals() {
        return BudgetTotals.of(activities);
    }

    public BudgetTotals totals(FundField field) {
        return BudgetTotals.of(activities.stream().filter(a -> a.field() == field).toList());
    }

    public BigDecimal remaining() {
        return pagu.subtract(totals().allocated());
    }

    /** The same figures as one line of a kecamatan or city roll-up. */
    public RollUpRow asRow() {
        return new RollUpRow(kelurahanCode, kelurahanName, pagu, totals(), activities.size(),
                (int) activities.stream().filter(a -> a.status() == ActivityStatus.DITUTUP).count());
    }
}
