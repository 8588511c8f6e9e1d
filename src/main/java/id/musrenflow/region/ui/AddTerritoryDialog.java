package id.musrenflow.region.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.region.Level;

/** Number and optional name of a new RW or RT; an empty number takes the next free one. */
class AddTerritoryDialog extends FormDialog {

    private static final String NUMBER_INVALID = "wilayah.error.nomor-tidak-sah";

    @FunctionalInterface
    interface Handler {
        /** Adds the territory; a {@link BusinessException} keeps the dialog open. */
        void add(Integer number, String label);
    }

    private final IntegerField number = new IntegerField();
    private final TextField label = new TextField();
    private final Handler handler;

    AddTerritoryDialog(String title, Level level, Handler handler) {
        super(title, "umum.tambah");
        this.handler = handler;
        number.setId("territory-number");
        number.setLabel(getTranslation("wilayah.nomor"));
        number.setHelperText(getTranslation("wilayah.nomor.bantuan"));
        number.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation(NUMBER_INVALID)));
        label.setId("territory-label");
        label.setLabel(getTranslation("wilayah.nama-opsional"));
        label.setHelperText(getTranslation("wilayah.nama.bantuan", level.name()));
        label.setMaxLength(120);
        addFields(number, label);
        number.focus();
    }

    @Override
    protected void save() {
        // text the browser could not read as a number reaches the server as an empty value: never "next free"
        if (number.isInvalid()) {
            throw new BusinessException(NUMBER_INVALID);
        }
        handler.add(number.getValue(), label.getValue());
    }

    @Override
    protected HasValidation fieldFor(String messageKey) {
        return switch (messageKey) {
            case NUMBER_INVALID, "wilayah.error.nomor-sudah-ada" -> number;
            case "wilayah.error.nama-tidak-sah" -> label;
            default -> null;
        };
    }
}
