package id.musrenflow.danakelurahan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One theme of the configured split compared with the money asked for and already accepted.
 *
 * @param targetPercent the year's configured share, null when the theme has none
 * @param requested     this programme's requests for the theme
 * @param accepted      accepted candidates of the kelurahan for the year (all lembaga)
 */
public record ThemeShare(ProgrammeTheme theme, BigDecimal targetPercent, BigDecimal requested, BigDecimal accepted) {

    /** Share in percent of {@code amount} in {@code total}, one decimal; zero for an empty total. */
    public static BigDecimal percentOf(BigDecimal amount, BigDecimal total) {
        if (total.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    }
}
