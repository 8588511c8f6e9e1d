package id.musrenflow.danakelurahan;

import java.math.BigDecimal;
import java.util.List;

/**
 * The Rencana Kegiatan Kelurahan of a kelurahan and year (business key RKK-2027-3375011002).
 *
 * @param overrideReason why the Lurah departed from the suggestion; null when the plan follows it
 */
public record KelurahanPlan(int year, String kelurahanCode, String number, PlanStatus status, String submitter,
                            String overrideReason, int version, List<PlanItem> items, PaguSummary pagu) {

    public KelurahanPlan {
        items = List.copyOf(items);
    }

    public BigDecimal total(FundField field) {
        return items.stream().filter(i -> i.field() == field).map(PlanItem::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static String number(int year, String kelurahanCode) {
        return "RKK-" + year + "-" + kelurahanCode.replace(".", "");
    }
}
