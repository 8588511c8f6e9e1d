package id.musrenflow.monitoring;

import java.math.BigDecimal;

/**
 * A count of usulan and their estimated cost, with the register link that lists exactly those usulan ({@code link}
 * null for drafts, which are counted but never listed).
 */
public record Figure(long count, BigDecimal cost, String link) {

    public static Figure empty(String link) {
        return new Figure(0, BigDecimal.ZERO, link);
    }

    public Figure plus(long moreCount, BigDecimal moreCost) {
        return new Figure(count + moreCount, cost.add(moreCost), link);
    }
}
