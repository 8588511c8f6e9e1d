package id.musrenflow.workflow.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules of one visible field, per component type. */
final class FieldChecks {

    /**
     * What an HTML parser treats as the start of a tag: '<' followed by a letter, '/', '!' or '?'. "nilai < 5"
     * stays allowed; "<b>", "</p>", "<!--" and "<script" are refused.
     */
    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!?]");

    record Checked(Object value, FieldError error) {
    }

    Checked check(FormComponent field, Object raw, List<Option> options) {
        return check(field, raw, options, FormContext.NONE);
    }

    Checked check(FormComponent field, Object raw, List<Option> options, FormContext context) {
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> text(field, raw);
            case NUMBER -> number(field, raw);
            case SELECT, RADIO -> choice(field, raw, options);
            case CHECKBOX -> checkbox(field, raw);
            case DATETIME -> dateTime(field, raw, context);
            case TEXT -> throw new IllegalArgumentException("a text block has no value: " + field.id());
        };
    }

    private Checked text(FormComponent field, Object raw) {
        if (raw != null && !(raw instanceof CharSequence)) {
            return error(field, FieldError.INVALID_VALUE);
        }
        String value = raw == null ? "" : raw.toString().strip();
        FieldRules rules = field.rules();
        if (value.isEmpty()) {
            return empty(field);
        }
        if (MARKUP.matcher(value).find()) {
            return error(field, FieldError.HTML);
        }
        if (rules.minLength() != null && value.length() < rules.minLength()) {
            return error(field, FieldError.MIN_LENGTH, rules.minLength());
        }
        if (rules.maxLength() != null && value.length() > rules.maxLength()) {
            return error(field, FieldError.MAX_LENGTH, rules.maxLength());
        }
        // matches(), not find(): form-js anchors the pattern to the whole value
        if (rules.pattern() != null && !rules.pattern().matcher(value).matches()) {
            return error(field, FieldError.PATTERN);
        }
        return new Checked(value, null);
    }

    private Checked number(FormComponent field, Object raw) {
        if (FieldValues.isBlank(raw)) {
            return empty(field);
        }
        Optional<BigDecimal> parsed = FieldValues.number(raw);
        if (parsed.isEmpty()) {
            return error(field, FieldError.NOT_A_NUMBER);
        }
        BigDecimal value = parsed.get();
        FieldRules rules = field.rules();
        if (rules.min() != null && value.compareTo(rules.min()) < 0) {
            return error(field, FieldError.MIN, rules.min());
        }
        if (rules.max() != null && value.compareTo(rules.max()) > 0) {
            return error(field, FieldError.MAX, rules.max());
        }
        return new Checked(FieldValues.toVariable(value), null);
    }

    private Checked choice(FormComponent field, Object raw, List<Option> options) {
        if (FieldValues.isBlank(raw)) {
            return empty(field);
        }
        boolean offered = raw instanceof String value && options.stream().anyMatch(o -> o.value().equals(value));
        return offered ? new Checked(raw, null) : error(field, FieldError.INVALID_CHOICE);
    }

    private Checked checkbox(FormComponent field, Object raw) {
        Object value = raw == null ? Boolean.FALSE : raw;
        if (!(value instanceof Boolean checked)) {
            return error(field, FieldError.INVALID_VALUE);
        }
        // form-js: a required checkbox must be ticked
        return field.rules().required() && !checked ? error(field, FieldError.REQUIRED) : new Checked(checked, null);
    }

    private Checked dateTime(FormComponent field, Object raw, FormContext context) {
        if (FieldValues.isBlank(raw)) {
            return empty(field);
        }
        Optional<?> parsed = switch (field.subtype()) {
            case DATE -> FieldValues.date(raw);
            case DATETIME -> FieldValues.dateTime(raw);
            case TIME -> FieldValues.time(raw);
        };
        if (parsed.isEmpty()) {
            return error(field, FieldError.INVALID_DATE);
        }
        Object value = parsed.get();
        LocalDate day = value instanceof LocalDateTime moment ? moment.toLocalDate()
                : value instanceof LocalDate date ? date : null;
        if (day != null) {
            Optional<FormContext.Limit> earliest = context.earliest(field.rules());
            if (earliest.isPresent() && day.isBefore(earliest.get().day())) {
                return error(field, earliest.get().messageKey(), earliest.get().shown());
            }
            Optional<FormContext.Limit> latest = context.latest(field.rules());
            if (latest.isPresent() && day.isAfter(latest.get().day())) {
                return error(field, latest.get().messageKey(), latest.get().shown());
            }
        }
        return new Checked(value.toString(), null);
    }

    private static Checked empty(FormComponent field) {
        return field.rules().required() ? error(field, FieldError.REQUIRED) : new Checked(null, null);
    }

    private static Checked error(FormComponent field, String messageKey, Object... args) {
        return new Checked(null, new FieldError(field.key(), messageKey, args));
    }
}
