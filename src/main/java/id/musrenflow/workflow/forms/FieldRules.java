package id.musrenflow.workflow.forms;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The {@code validate} block of a form-js field. Absent limits are {@code null}. The pattern is compiled when the
 * form is read, so a broken regular expression fails at start-up rather than on a citizen's submission.
 */
public record FieldRules(boolean required, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength,
        Pattern pattern) {

    public static final FieldRules NONE = new FieldRules(false, null, null, null, null, null);
}
