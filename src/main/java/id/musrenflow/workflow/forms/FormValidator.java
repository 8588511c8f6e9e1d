package id.musrenflow.workflow.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a submission against its Camunda Form on the server, whatever the browser sent: the browser's checks are
 * a convenience, these are the ones that count. Only fields of the form that are visible for the submitted values
 * are read; anything else in the map (hidden fields, keys the form does not have) is left out of the result, so a
 * forged request cannot set other process variables.
 */
public final class FormValidator {

    private final FieldChecks checks = new FieldChecks();

    /**
     * @param dynamicOptions the options of fields with a form-js {@code valuesKey}, by that key; a value not offered
     *                       there is refused like a forged static option
     */
    public ValidationResult check(FormSchema schema, Map<String, ?> values,
            Map<String, List<Option>> dynamicOptions) {
        return check(schema, values, dynamicOptions, FormContext.NONE);
    }

    /**
     * @param context today, the process's first day and its variables, for the dates' meaning (a survey that
     *                happened cannot lie in the future)
     */
    public ValidationResult check(FormSchema schema, Map<String, ?> values,
            Map<String, List<Option>> dynamicOptions, FormContext context) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> cleaned = new LinkedHashMap<>();
        for (FormComponent field : schema.fields()) {
            if (field.hiddenFor(values)) {
                continue;
            }
            List<Option> options = field.hasDynamicOptions()
                    ? dynamicOptions.getOrDefault(field.valuesKey(), List.of()) : field.values();
            FieldChecks.Checked checked = checks.check(field, values.get(field.key()), options, context);
            if (checked.error() != null) {
                errors.add(checked.error());
            } else {
                cleaned.put(field.key(), checked.value());
            }
        }
        return new ValidationResult(errors, cleaned);
    }

    public List<FieldError> validate(FormSchema schema, Map<String, ?> values,
            Map<String, List<Option>> dynamicOptions) {
        return check(schema, values, dynamicOptions).errors();
    }
}
