package id.musrenflow.base.ui;

import com.vaadin.flow.component.textfield.IntegerField;

/**
 * Whole-number fields whose range the browser checks say what is wrong in words: a rank of -1 reads "Paling kecil
 * 1.", not a red field without a message.
 */
public final class NumberLimits {

    private NumberLimits() {
    }

    /** Sets the range (either end may be null) with its messages, and the message for text that is no number. */
    public static IntegerField range(IntegerField field, Integer min, Integer max) {
        IntegerField.IntegerFieldI18n i18n = new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(field.getTranslation("angka.bukan-bilangan-bulat"))
                .setRequiredErrorMessage(field.getTranslation("angka.wajib"));
        if (min != null) {
            field.setMin(min);
            i18n.setMinErrorMessage(field.getTranslation("angka.paling-kecil", min));
        }
        if (max != null) {
            field.setMax(max);
            i18n.setMaxErrorMessage(field.getTranslation("angka.paling-besar", max));
        }
        field.setI18n(i18n);
        return field;
    }
}
