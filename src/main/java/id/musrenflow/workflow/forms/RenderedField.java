package id.musrenflow.workflow.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.shared.InputField;

/** One input of a rendered form: its definition and the Vaadin field editing it (three views of one object). */
record RenderedField(FormComponent definition, Component component, InputField<?, ?> input,
        HasValidationProperties validation) {

    static <F extends Component & InputField<?, ?> & HasValidationProperties> RenderedField of(
            FormComponent definition, F field) {
        return new RenderedField(definition, field, field, field);
    }

    String key() {
        return definition.key();
    }

    Object value() {
        return input.getValue();
    }

    boolean isShown() {
        return component.isVisible();
    }

    /** Marks the field invalid with the message; the value stays as the user left it. */
    void showError(String message) {
        validation.setErrorMessage(message);
        validation.setInvalid(true);
    }

    void clearError() {
        validation.setErrorMessage(null);
        validation.setInvalid(false);
    }

    void focus() {
        if (component instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
