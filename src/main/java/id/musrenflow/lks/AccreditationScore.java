package id.musrenflow.lks;

import id.musrenflow.base.BusinessException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The five component scores (0–100 each) and their weighted total (0–100, two decimals). A missing score or one
 * outside 0–100 is refused with lks.akreditasi.error.nilai-di-luar-skala.
 */
public record AccreditationScore(Map<AccreditationComponent, BigDecimal> scores, BigDecimal total,
                                 BigDecimal lowest) {

    public static final BigDecimal MIN = BigDecimal.ZERO;
    public static final BigDecimal MAX = BigDecimal.valueOf(100);

    public static AccreditationScore of(Map<AccreditationComponent, ? extends Number> raw,
                                        Map<AccreditationComponent, Integer> weights) {
        Map<AccreditationComponent, BigDecimal> scores = new EnumMap<>(AccreditationComponent.class);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal lowest = MAX;
        for (AccreditationComponent component : AccreditationComponent.values()) {
            Number value = raw.get(component);
            BigDecimal score = value == null ? null : new BigDecimal(value.toString());
            if (score == null || score.compareTo(MIN) < 0 || score.compareTo(MAX) > 0) {
                throw new BusinessException("lks.akreditasi.error.nilai-di-luar-skala", component.name(), 0, 100);
            }
            scores.put(component, score);
            sum = sum.add(score.multiply(BigDecimal.valueOf(weights.get(component))));
            lowest = lowest.min(score);
        }
        return new AccreditationScore(Map.copyOf(scores), sum.divide(MAX, 2, RoundingMode.HALF_UP), lowest);
    }
}
