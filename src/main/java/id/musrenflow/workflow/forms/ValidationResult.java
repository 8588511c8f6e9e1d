package id.musrenflow.workflow.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server makes of a submission: the broken rules, and the cleaned values ready to become process
 * variables (visible fields only, text stripped, numbers as Long or Double, dates as ISO-8601 strings). An empty
 * optional field is present with {@code null}, as form-js submits it, so it overwrites an older value.
 */
public record ValidationResult(List<FieldError> errors, Map<String, Object> values) {

    public ValidationResult {
        errors = List.copyOf(errors);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
