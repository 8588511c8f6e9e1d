package id.musrenflow.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** The look shared by the user administration dialogs: full screen on phones, a refusal shown in place. */
abstract class AdminDialog extends Dialog {

    protected final FormMessage message = new FormMessage();

    protected AdminDialog(String titleKey) {
        setHeaderTitle(getTranslation(titleKey));
        addClassName("mf-users-dialog");
        setWidth("42rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
    }

    /**
     * A primary button and a cancel button in the footer; cancelling discards what was typed. A refusal appears
     * just above them, where the eye is after pressing the button, even at the end of a long form on a phone.
     */
    protected void footer(String primaryKey, Runnable primary) {
        add(message);
        Button save = new Button(getTranslation(primaryKey), click -> primary.run());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("dialog-save");
        Button cancel = new Button(getTranslation("umum.batal"), click -> close());
        cancel.setId("dialog-cancel");
        getFooter().add(cancel, save);
    }
}
