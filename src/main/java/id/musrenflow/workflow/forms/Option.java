package id.musrenflow.workflow.forms;

import java.util.Objects;

/** One choice of a select or radio field: the stored value and the text shown for it. */
public record Option(String value, String label) {

    public Option {
        Objects.requireNonNull(value, "value");
        label = label == null ? value : label;
    }
}
