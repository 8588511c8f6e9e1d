package id.musrenflow.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.BusinessProblems;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * A dialog whose input goes to a module service. When the service rejects it, the broken rule is shown next to the
 * field it concerns (or as a notification) and the dialog stays open with everything the user typed; it closes only
 * after the service accepted the input.
 */
public abstract class FormDialog extends Dialog {

    /** Id of the confirming button, so tests and assistive tools find it whatever its label. */
    public static final String SAVE_ID = "form-dialog-save";

    private final FormLayout form = new FormLayout();
    private final List<HasValidation> flagged = new ArrayList<>();

    /** {@code title} is already translated (it usually names the record); {@code saveLabelKey} is a message key. */
    protected FormDialog(String title, String saveLabelKey) {
        setHeaderTitle(title);
        // full width on phones, a comfortable column elsewhere
        setWidth("32rem");
        setMaxWidth("100%");
        // a stray tap next to the dialog must not throw away what was typed
        setCloseOnOutsideClick(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button cancel = new Button(getTranslation("umum.batal"), click -> close());
        Button save = new Button(getTranslation(saveLabelKey), click -> submit());
        save.setId(SAVE_ID);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    protected void addFields(Component... fields) {
        form.add(fields);
    }

    /** Hands the input to the service; a {@link BusinessException} keeps the dialog open. */
    protected abstract void save();

    /** The field a rule's message belongs next to, or {@code null} to show it as a notification. */
    protected HasValidation fieldFor(String messageKey) {
        return null;
    }

    private void submit() {
        flagged.forEach(field -> field.setInvalid(false));
        flagged.clear();
        try {
            save();
            close();
        } catch (BusinessProblems several) {
            several.problems().forEach(this::show);
        } catch (BusinessException rejected) {
            show(rejected);
        }
    }

    private void show(BusinessException rejected) {
        String message = getTranslation(rejected.messageKey(), rejected.arguments());
        HasValidation field = fieldFor(rejected.messageKey());
        if (field == null) {
            Notices.error(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
            flagged.add(field);
            clearWhenChanged(field);
        }
    }

    /** A corrected field loses the refusal's message at once, not at the next save. */
    private void clearWhenChanged(HasValidation field) {
        if (field instanceof HasValue<?, ?> input) {
            Registration[] once = new Registration[1];
            once[0] = input.addValueChangeListener(change -> {
                field.setInvalid(false);
                flagged.remove(field);
                once[0].remove();
            });
        }
    }
}
