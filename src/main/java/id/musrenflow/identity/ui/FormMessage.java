package id.musrenflow.identity.ui;

import com.vaadin.flow.component.html.Div;
import id.musrenflow.base.BusinessException;

/**
 * The reason a dialog refused its input, shown inside the dialog next to what was typed, so nothing is lost and the
 * user can correct it; screen readers announce it as an alert.
 */
class FormMessage extends Div {

    FormMessage() {
        addClassName("mf-users-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(BusinessException refused) {
        show(getTranslation(refused.messageKey(), refused.arguments()));
    }

    void show(String message) {
        setText(message);
        setVisible(true);
        scrollIntoView();
    }

    void clear() {
        setText("");
        setVisible(false);
    }
}
