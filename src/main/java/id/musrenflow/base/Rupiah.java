package id.musrenflow.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Rupiah amounts in the customary Indonesian notation: "Rp 1.250.000", whatever the UI language. */
public final class Rupiah {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID"));

    private Rupiah() {
    }

    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0", SYMBOLS);
        String digits = format.format(amount.abs().setScale(0, RoundingMode.HALF_UP));
        return (amount.signum() < 0 ? "-Rp " : "Rp ") + digits;
    }

    public static String format(long amount) {
        return format(BigDecimal.valueOf(amount));
    }

    /** Reads "Rp 1.250.000", "1.250.000" or "1250000"; null for anything that is not a whole Rupiah amount. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace("Rp", "").replace(" ", "").replace(".", "").strip();
        if (cleaned.endsWith(",00")) {
            cleaned = cleaned.substring(0, cleaned.length() - 3);
        }
        return cleaned.matches("-?\\d{1,18}") ? new BigDecimal(cleaned) : null;
    }
}
