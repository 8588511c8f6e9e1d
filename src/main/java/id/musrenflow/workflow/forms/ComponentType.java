package id.musrenflow.workflow.forms;

import java.util.Arrays;
import java.util.Optional;

/** The form-js component types this renderer supports; any other type is refused when the form is read. */
public enum ComponentType {
    TEXTFIELD("textfield"),
    TEXTAREA("textarea"),
    NUMBER("number"),
    SELECT("select"),
    RADIO("radio"),
    CHECKBOX("checkbox"),
    DATETIME("datetime"),
    TEXT("text");

    private final String json;

    ComponentType(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public boolean hasOptions() {
        return this == SELECT || this == RADIO;
    }

    public boolean isText() {
        return this == TEXTFIELD || this == TEXTAREA;
    }

    static Optional<ComponentType> ofJson(String type) {
        return Arrays.stream(values()).filter(t -> t.json.equals(type)).findFirst();
    }
}
