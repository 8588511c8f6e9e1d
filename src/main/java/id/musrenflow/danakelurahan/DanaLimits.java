package id.musrenflow.danakelurahan;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sanity caps on dana kelurahan figures (musrenflow.dana.*), configurable per city: larger figures are typing
 * errors. A kelurahan's yearly pagu approaches Rp 1 milyar in Kota Pekalongan.
 */
@ConfigurationProperties("musrenflow.dana")
public record DanaLimits(BigDecimal maxActivityBudget, int maxActivities, BigDecimal maxPagu) {

    public DanaLimits {
        maxActivityBudget = maxActivityBudget == null ? new BigDecimal("1000000000") : maxActivityBudget;
        maxActivities = maxActivities <= 0 ? 50 : maxActivities;
        maxPagu = maxPagu == null ? new BigDecimal("100000000000") : maxPagu;
    }
}
