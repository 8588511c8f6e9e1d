package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.TextLimits;
import java.util.function.Consumer;

/** Asks why an item is retired; the reason is kept with the item and in the audit trail. */
class RetireCatalogueItemDialog extends FormDialog {

    private final TextArea reason = new TextArea();
    private final Consumer<String> handler;

    RetireCatalogueItemDialog(String itemName, Consumer<String> handler) {
        super(itemName, "kamus.nonaktifkan");
        this.handler = handler;
        setId("kamus-nonaktif-dialog");
        reason.setId("kamus-alasan");
        reason.setLabel(getTranslation("umum.alasan"));
        TextLimits.counted(reason, 500);
        reason.setWidthFull();
        addFields(new Paragraph(getTranslation("kamus.nonaktif.petunjuk")), reason);
        reason.focus();
    }

    @Override
    protected void save() {
        handler.accept(reason.getValue());
    }

    @Override
    protected HasValidation fieldFor(String messageKey) {
        return "kamus.error.alasan".equals(messageKey) ? reason : null;
    }
}
