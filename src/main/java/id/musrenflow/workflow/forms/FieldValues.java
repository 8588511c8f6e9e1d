package id.musrenflow.workflow.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Optional;
import java.util.function.Function;

/** Reads field values in the shapes they arrive in: Vaadin's Java types or form-js's JSON strings. */
final class FieldValues {

    /**
     * form-js stores dates as yyyy-MM-dd: exactly four year digits (ISO_LOCAL_DATE would take "+12026"), and
     * strict, so 2026-02-30 is refused rather than rolled over.
     */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private FieldValues() {
    }

    static boolean isBlank(Object raw) {
        return raw == null || raw instanceof CharSequence text && text.toString().isBlank();
    }

    static Optional<BigDecimal> number(Object raw) {
        try {
            BigDecimal number = null;
            if (raw instanceof BigDecimal decimal) {
                number = decimal;
            } else if (raw instanceof Double || raw instanceof Float) {
                number = BigDecimal.valueOf(((Number) raw).doubleValue());
            } else if (raw instanceof Number || raw instanceof CharSequence) {
                number = new BigDecimal(raw.toString().strip());
            }
            return Optional.ofNullable(number).filter(n -> Double.isFinite(n.doubleValue()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * Whole numbers become Long, others Double: Camunda stores both as primitive variables, whereas a BigDecimal
     * would be stored as a serialized Java object.
     */
    static Number toVariable(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        boolean whole = stripped.scale() <= 0 && stripped.compareTo(LONG_MIN) >= 0
                && stripped.compareTo(LONG_MAX) <= 0;
        if (whole) {
            return stripped.longValueExact();
        }
        return number.doubleValue();
    }

    static Optional<LocalDate> date(Object raw) {
        return parse(raw, LocalDate.class, text -> LocalDate.parse(text, DATE));
    }

    static Optional<LocalDateTime> dateTime(Object raw) {
        return parse(raw, LocalDateTime.class, LocalDateTime::parse);
    }

    static Optional<LocalTime> time(Object raw) {
        return parse(raw, LocalTime.class, LocalTime::parse);
    }

    private static <T> Optional<T> parse(Object raw, Class<T> type, Function<String, T> parser) {
        if (type.isInstance(raw)) {
            return Optional.of(type.cast(raw));
        }
        if (raw instanceof CharSequence text) {
            try {
                return Optional.of(parser.apply(text.toString().strip()));
            } catch (DateTimeParseException invalid) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
