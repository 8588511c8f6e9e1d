package id.musrenflow.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Length limits that never cut a text without a word. A counter under the field appears as the text nears its
 * limit; {@link #counted} lets the browser stop at the limit and says so when it is reached (a pasted text that
 * was too long is visibly cut at that moment, not found cut after saving), {@link #checked} keeps whatever is typed
 * or pasted and marks the field until it is short enough, for forms whose check on sending refuses it.
 */
public final class TextLimits {

    /** The counter shows from this share of the limit on, so short notes are not cluttered. */
    private static final double SHOW_FROM = 0.8;

    private TextLimits() {
    }

    /** The browser stops at {@code max}; reaching it is said under the field. */
    public static void counted(TextArea field, int max) {
        field.setMaxLength(max);
        follow(field, max, false);
    }

    /** The browser stops at {@code max}; reaching it is said under the field. */
    public static void counted(TextField field, int max) {
        field.setMaxLength(max);
        follow(field, max, false);
    }

    /** No browser limit: a longer text stays as typed and the field says by how much it is over. */
    public static void checked(TextFieldBase<?, String> field, int max) {
        follow(field, max, true);
    }

    private static void follow(TextFieldBase<?, String> field, int max, boolean markOver) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> show(field, max, markOver));
        show(field, max, markOver);
    }

    private static void show(TextFieldBase<?, String> field, int max, boolean markOver) {
        String value = field.getValue();
        int length = value == null ? 0 : value.length();
        NumberFormat numbers = NumberFormat.getIntegerInstance(UI.getCurrent() == null
                ? Locale.getDefault() : UI.getCurrent().getLocale());
        if (length >= max && !markOver) {
            field.setHelperText(field.getTranslation("teks.batas-tercapai", numbers.format(max)));
        } else if (length > max) {
            field.setHelperText(field.getTranslation("teks.terlalu-panjang", numbers.format(length), numbers.format(max)));
        } else if (length >= max * SHOW_FROM) {
            field.setHelperText(field.getTranslation("teks.hitung", numbers.format(length), numbers.format(max)));
        } else {
            field.setHelperText(null);
        }
    }
}
