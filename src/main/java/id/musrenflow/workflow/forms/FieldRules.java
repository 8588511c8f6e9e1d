package id.musrenflow.workflow.forms;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The {@code validate} block of a form-js field, with the date rules of its custom properties ({@code tanggal}:
 * {@code terjadi} or {@code rencana}; {@code tanggalPalingAwal}: a process variable the date may not precede).
 * Absent limits are {@code null}. The pattern is compiled when the
 * form is read, so a broken regular expression fails at start-up rather than on a citizen's submission.
 */
public record FieldRules(boolean required, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength,
        Pattern pattern, DateRule dateRule, String notBefore) {

    public static final FieldRules NONE = new FieldRules(false, null, null, null, null, null);

    public FieldRules {
        dateRule = dateRule == null ? DateRule.ANY : dateRule;
    }

    /** Rules without date limits. */
    public FieldRules(boolean required, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength,
            Pattern pattern) {
        this(required, min, max, minLength, maxLength, pattern, DateRule.ANY, null);
    }
}
