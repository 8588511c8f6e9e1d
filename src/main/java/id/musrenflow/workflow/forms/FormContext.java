package id.musrenflow.workflow.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a submission is checked against besides its own values: today (from the application clock, in Jakarta),
 * the day the process began, and the process variables that a field's {@code tanggalPalingAwal} names.
 *
 * @param started   the day the process instance began; null when unknown (a form shown outside a process)
 * @param variables process variables by name; only those named by the form's date rules are needed
 */
public record FormContext(LocalDate today, LocalDate started, Map<String, ?> variables) {

    /** No limits: dates are only checked for being dates. */
    public static final FormContext NONE = new FormContext(null, null, Map.of());

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public FormContext {
        variables = variables == null ? Map.of() : new HashMap<>(variables);
    }

    /** A limit on a date field: the day and the message key explaining it. */
    record Limit(LocalDate day, String messageKey) {

        String shown() {
            return DAY.format(day);
        }
    }

    /** The earliest acceptable day for the field, with the reason; empty when there is none. */
    Optional<Limit> earliest(FieldRules rules) {
        Limit limit = null;
        if (rules.dateRule() == DateRule.HAPPENED && started != null) {
            limit = new Limit(started, FieldError.DATE_BEFORE_PROCESS);
        }
        if (rules.dateRule() == DateRule.PLANNED && today != null) {
            limit = later(limit, new Limit(today, FieldError.DATE_PASSED));
        }
        if (rules.notBefore() != null) {
            Optional<LocalDate> other = FieldValues.date(variables.get(rules.notBefore()))
                    .or(() -> FieldValues.dateTime(variables.get(rules.notBefore())).map(t -> t.toLocalDate()));
            if (other.isPresent()) {
                limit = later(limit, new Limit(other.get(), FieldError.DATE_BEFORE));
            }
        }
        return Optional.ofNullable(limit);
    }

    /** The latest acceptable day for the field, with the reason; empty when there is none. */
    Optional<Limit> latest(FieldRules rules) {
        return rules.dateRule() == DateRule.HAPPENED && today != null
                ? Optional.of(new Limit(today, FieldError.DATE_IN_FUTURE)) : Optional.empty();
    }

    private static Limit later(Limit a, Limit b) {
        return a == null || b.day().isAfter(a.day()) ? b : a;
    }
}
