package id.musrenflow.workflow.forms;

import java.util.List;
import java.util.Map;

/**
 * One component of a Camunda Form. Input fields have a {@code key} (the process variable they fill); text blocks
 * have {@code text} (markdown) instead. {@code hide} is {@code null} when the component is always shown;
 * {@code prefix} is form-js's {@code appearance.prefixAdorner} ("Rp" makes a number a grouped Rupiah amount).
 */
public record FormComponent(String id, ComponentType type, String key, String label, String description,
        Object defaultValue, DateSubtype subtype, String text, List<Option> values, String valuesKey,
        FieldRules rules, Condition hide, String prefix) {

    public FormComponent {
        values = values == null ? List.of() : List.copyOf(values);
        rules = rules == null ? FieldRules.NONE : rules;
    }

    public boolean isField() {
        return type != ComponentType.TEXT;
    }

    /** Options come from the caller at run time (form-js {@code valuesKey}) instead of the form file. */
    public boolean hasDynamicOptions() {
        return valuesKey != null;
    }

    public boolean hiddenFor(Map<String, ?> values) {
        return hide != null && hide.test(values);
    }
}
