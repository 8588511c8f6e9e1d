package id.musrenflow.region.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.ui.FormDialog;
import java.util.function.Consumer;

/** A new name for an RW or RT, for example the name residents use for their neighbourhood. */
class RenameTerritoryDialog extends FormDialog {

    private final TextField name = new TextField();
    private final Consumer<String> handler;

    /** {@code handler} renames; a {@link id.musrenflow.base.BusinessException} keeps the dialog open. */
    RenameTerritoryDialog(String title, String currentName, Consumer<String> handler) {
        super(title, "umum.simpan");
        this.handler = handler;
        name.setId("territory-name");
        name.setLabel(getTranslation("wilayah.kolom.nama"));
        name.setValue(currentName);
        name.setMaxLength(120);
        addFields(name);
        name.focus();
    }

    @Override
    protected void save() {
        handler.accept(name.getValue());
    }

    @Override
    protected HasValidation fieldFor(String messageKey) {
        return "wilayah.error.nama-tidak-sah".equals(messageKey) ? name : null;
    }
}
