package id.musrenflow.workflow.forms;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Camunda Form rendered with Vaadin fields: one column on phones, two from 40em. Fields hide and show as their
 * {@code conditional.hide} changes; {@link #values()} returns what the user would submit, for
 * {@link FormValidator} to check on the server, and {@link #showErrors(List)} puts its findings on the fields.
 */
public class CamundaFormView extends Composite<FormLayout> {

    private static final int FULL_WIDTH = 2;

    private final FormSchema schema;
    private final FormTexts texts;
    private final Map<String, RenderedField> fields = new LinkedHashMap<>();
    private final Div formErrors = new Div();

    public CamundaFormView(FormSchema schema) {
        this(schema, Map.of(), Map.of());
    }

    /**
     * @param initialValues  current values by field key (process variables, say); a field without one starts with
     *                       the form's defaultValue
     * @param dynamicOptions options of fields with a {@code valuesKey}, by that key
     */
    public CamundaFormView(FormSchema schema, Map<String, ?> initialValues,
            Map<String, List<Option>> dynamicOptions) {
        this(schema, initialValues, dynamicOptions, FormContext.NONE);
    }

    /** @param context today and the process's dates, so date pickers offer only the days the server accepts */
    public CamundaFormView(FormSchema schema, Map<String, ?> initialValues,
            Map<String, List<Option>> dynamicOptions, FormContext context) {
        this.schema = schema;
        this.texts = new FormTexts(schema.id(), this::getTranslation);
        FormLayout layout = getContent();
        layout.addClassName("mf-camunda-form");
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", FULL_WIDTH));
        formErrors.addClassName("mf-form-errors");
        formErrors.getElement().setAttribute("role", "alert");
        formErrors.setVisible(false);
        layout.add(formErrors, FULL_WIDTH);
        FieldFactory factory = new FieldFactory(texts, dynamicOptions, context);
        for (FormComponent component : schema.components()) {
            if (!component.isField()) {
                layout.add(MarkdownText.render(texts.text(component)), FULL_WIDTH);
                continue;
            }
            Object initial = initialValues.containsKey(component.key()) ? initialValues.get(component.key())
                    : component.defaultValue();
            RenderedField field = factory.create(component, initial);
            fields.put(component.key(), field);
            layout.add(field.component(), isWide(component) ? FULL_WIDTH : 1);
            field.input().addValueChangeListener(change -> updateVisibility());
        }
        updateVisibility();
    }

    public FormSchema schema() {
        return schema;
    }

    /** The visible fields' values by key, as the Vaadin fields hold them; hidden fields are left out. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.values().stream().filter(RenderedField::isShown).forEach(f -> values.put(f.key(), f.value()));
        return values;
    }

    /**
     * Shows the server's verdict: each message on its field (values untouched), anything for a field not on screen
     * above the form, and focus on the first field in error. Earlier messages are cleared first.
     *
     * @return whether there was anything to show, so {@code if (!form.showErrors(errors)) complete()} reads right
     */
    public boolean showErrors(List<FieldError> errors) {
        fields.values().forEach(RenderedField::clearError);
        formErrors.removeAll();
        RenderedField first = null;
        for (FieldError error : errors) {
            String message = texts.translate(error.messageKey(), error.args().toArray());
            RenderedField field = fields.get(error.fieldKey());
            if (field != null && field.isShown()) {
                field.showError(message);
                first = first == null ? field : first;
            } else {
                String label = field == null ? error.fieldKey() : texts.label(field.definition());
                formErrors.add(new Paragraph(label + ": " + message));
            }
        }
        formErrors.setVisible(formErrors.getChildren().findAny().isPresent());
        if (first != null) {
            first.focus();
        }
        return !errors.isEmpty();
    }

    /**
     * Applies conditional.hide until nothing changes, each time on the values the form would submit: the server
     * decides visibility from the submitted values alone, so the view must hide exactly the fields it will skip.
     */
    private void updateVisibility() {
        fields.values().forEach(f -> f.component().setVisible(true));
        for (int round = 0; round <= fields.size(); round++) {
            Map<String, Object> submitted = values();
            boolean changed = false;
            for (RenderedField field : fields.values()) {
                boolean shown = !field.definition().hiddenFor(submitted);
                changed |= shown != field.isShown();
                field.component().setVisible(shown);
            }
            if (!changed) {
                return;
            }
        }
    }

    private static boolean isWide(FormComponent component) {
        return switch (component.type()) {
            case TEXTAREA, RADIO, CHECKBOX, TEXT -> true;
            default -> false;
        };
    }
}
