package id.musrenflow.workflow.forms;

import java.util.Arrays;
import java.util.Optional;

/** The {@code subtype} of a form-js datetime component. */
public enum DateSubtype {
    DATE("date"),
    DATETIME("datetime"),
    TIME("time");

    private final String json;

    DateSubtype(String json) {
        this.json = json;
    }

    static Optional<DateSubtype> ofJson(String subtype) {
        return Arrays.stream(values()).filter(s -> s.json.equals(subtype)).findFirst();
    }
}
