package id.musrenflow.workflow.forms;

import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.ui.TextLimits;
import java.io.Serializable;

/** Text, multi-line text and number inputs with the form's length, pattern and range rules as constraints. */
final class TextInputs implements Serializable {

    private final FormTexts texts;

    TextInputs(FormTexts texts) {
        this.texts = texts;
    }

    TextField textField(FieldRules rules, Object initial) {
        TextField field = new TextField();
        TextField.TextFieldI18n i18n = new TextField.TextFieldI18n()
                .setRequiredErrorMessage(texts.translate(FieldError.REQUIRED))
                .setPatternErrorMessage(texts.translate(FieldError.PATTERN));
        if (rules.minLength() != null) {
            field.setMinLength(rules.minLength());
            i18n.setMinLengthErrorMessage(texts.translate(FieldError.MIN_LENGTH, rules.minLength()));
        }
        if (rules.maxLength() != null) {
            field.setMaxLength(rules.maxLength());
            i18n.setMaxLengthErrorMessage(texts.translate(FieldError.MAX_LENGTH, rules.maxLength()));
        }
        if (rules.pattern() != null) {
            field.setPattern(rules.pattern().pattern());
        }
        field.setI18n(i18n);
        field.setValue(initial instanceof String text ? text : "");
        return field;
    }

    TextArea textArea(FieldRules rules, Object initial) {
        TextArea field = new TextArea();
        TextArea.TextAreaI18n i18n = new TextArea.TextAreaI18n()
                .setRequiredErrorMessage(texts.translate(FieldError.REQUIRED))
                .setPatternErrorMessage(texts.translate(FieldError.PATTERN));
        if (rules.minLength() != null) {
            field.setMinLength(rules.minLength());
            i18n.setMinLengthErrorMessage(texts.translate(FieldError.MIN_LENGTH, rules.minLength()));
        }
        field.setI18n(i18n);
        if (rules.maxLength() != null) {
            // no browser limit on paragraphs: a pasted text stays whole, the counter and the server's check say
            // it is too long
            TextLimits.checked(field, rules.maxLength());
        }
        if (rules.pattern() != null) {
            field.setPattern(rules.pattern().pattern());
        }
        field.setMinRows(3);
        field.setValue(initial instanceof String text ? text : "");
        return field;
    }

    NumberField number(FieldRules rules, Object initial) {
        NumberField field = new NumberField();
        NumberField.NumberFieldI18n i18n = new NumberField.NumberFieldI18n()
                .setRequiredErrorMessage(texts.translate(FieldError.REQUIRED))
                .setBadInputErrorMessage(texts.translate(FieldError.NOT_A_NUMBER));
        if (rules.min() != null) {
            field.setMin(rules.min().doubleValue());
            i18n.setMinErrorMessage(texts.translate(FieldError.MIN, rules.min()));
        }
        if (rules.max() != null) {
            field.setMax(rules.max().doubleValue());
            i18n.setMaxErrorMessage(texts.translate(FieldError.MAX, rules.max()));
        }
        field.setI18n(i18n);
        FieldValues.number(initial).ifPresent(n -> field.setValue(n.doubleValue()));
        return field;
    }
}
