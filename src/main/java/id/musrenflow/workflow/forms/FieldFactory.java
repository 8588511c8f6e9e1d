package id.musrenflow.workflow.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.shared.InputField;
import id.musrenflow.base.ui.RupiahField;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Vaadin field per form-js component, carrying the form's rules as the component's own constraints (required,
 * min/max, length, pattern) so the browser gives immediate feedback with the same messages the server uses.
 * Choices are built here; typed text and numbers in {@link TextInputs}, dates and times in {@link DateFields}.
 */
final class FieldFactory implements Serializable {

    private static final String RUPIAH = "Rp";

    private final FormTexts texts;
    private final Map<String, List<Option>> dynamicOptions;
    private final TextInputs inputs;
    private final DateFields dates;

    FieldFactory(FormTexts texts, Map<String, List<Option>> dynamicOptions, FormContext context) {
        this.texts = texts;
        this.dynamicOptions = Map.copyOf(dynamicOptions);
        this.inputs = new TextInputs(texts);
        this.dates = new DateFields(texts, context);
    }

    RenderedField create(FormComponent field, Object initial) {
        return switch (field.type()) {
            case TEXTFIELD -> decorate(field, inputs.textField(field.rules(), initial));
            case TEXTAREA -> decorate(field, inputs.textArea(field.rules(), initial));
            case NUMBER -> RUPIAH.equals(field.prefix()) ? decorate(field, rupiah(initial))
                    : decorate(field, inputs.number(field.rules(), initial));
            case SELECT -> field.hasDynamicOptions() ? comboBox(field, initial) : select(field, initial);
            case RADIO -> radio(field, initial);
            case CHECKBOX -> checkbox(field, initial);
            case DATETIME -> switch (field.subtype()) {
                case DATE -> decorate(field, dates.date(field.rules(), initial));
                case DATETIME -> decorate(field, dates.dateTime(field.rules(), initial));
                case TIME -> decorate(field, dates.time(initial));
            };
            case TEXT -> throw new IllegalArgumentException("a text block is not a field: " + field.id());
        };
    }

    /** A Rupiah amount reads grouped the Indonesian way ("150.000.000"); the server checks its range. */
    private static RupiahField rupiah(Object initial) {
        RupiahField field = new RupiahField();
        FieldValues.number(initial).ifPresent(field::setValue);
        return field;
    }

    private RenderedField select(FormComponent definition, Object initial) {
        Select<String> field = new Select<>();
        Map<String, String> labels = labels(definition);
        field.setItems(List.copyOf(labels.keySet()));
        field.setItemLabelGenerator(value -> value == null ? "" : labels.get(value));
        field.setEmptySelectionAllowed(!definition.rules().required());
        field.setI18n(new Select.SelectI18n().setRequiredErrorMessage(texts.translate(FieldError.REQUIRED)));
        if (labels.containsKey(initial)) {
            field.setValue((String) initial);
        }
        return decorate(definition, field);
    }

    private RenderedField comboBox(FormComponent definition, Object initial) {
        ComboBox<String> field = new ComboBox<>();
        Map<String, String> labels = labels(definition);
        field.setItems(List.copyOf(labels.keySet()));
        field.setItemLabelGenerator(labels::get);
        field.setClearButtonVisible(true);
        field.setI18n(new ComboBox.ComboBoxI18n().setRequiredErrorMessage(texts.translate(FieldError.REQUIRED)));
        if (labels.containsKey(initial)) {
            field.setValue((String) initial);
        }
        return decorate(definition, field);
    }

    private RenderedField radio(FormComponent definition, Object initial) {
        RadioButtonGroup<String> field = new RadioButtonGroup<>();
        Map<String, String> labels = labels(definition);
        field.setItems(List.copyOf(labels.keySet()));
        field.setItemLabelGenerator(labels::get);
        // long Indonesian option labels read better one per line, on phones especially
        field.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        field.setI18n(new RadioButtonGroup.RadioButtonGroupI18n()
                .setRequiredErrorMessage(texts.translate(FieldError.REQUIRED)));
        if (labels.containsKey(initial)) {
            field.setValue((String) initial);
        }
        return decorate(definition, field);
    }

    private RenderedField checkbox(FormComponent definition, Object initial) {
        Checkbox field = new Checkbox(Boolean.TRUE.equals(initial));
        field.setI18n(new Checkbox.CheckboxI18n().setRequiredErrorMessage(texts.translate(FieldError.REQUIRED)));
        return decorate(definition, field);
    }

    /** Option value to its label in the user's language, in form order. */
    private Map<String, String> labels(FormComponent definition) {
        List<Option> options = definition.hasDynamicOptions()
                ? dynamicOptions.getOrDefault(definition.valuesKey(), List.of()) : definition.values();
        Map<String, String> labels = new LinkedHashMap<>();
        options.forEach(option -> labels.put(option.value(), texts.option(definition, option)));
        return labels;
    }

    private <F extends Component & InputField<?, ?> & HasValidationProperties> RenderedField decorate(
            FormComponent definition, F field) {
        field.setId(definition.id());
        field.setLabel(texts.label(definition));
        String description = texts.description(definition);
        if (description != null) {
            field.setHelperText(description);
        }
        field.setRequiredIndicatorVisible(definition.rules().required());
        field.setWidthFull();
        return RenderedField.of(definition, field);
    }
}
