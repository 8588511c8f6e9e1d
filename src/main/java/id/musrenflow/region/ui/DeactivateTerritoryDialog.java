package id.musrenflow.region.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.TextLimits;
import java.util.function.Consumer;

/** Deactivation of an RW or RT; the reason goes to the audit trail, so it is required. */
class DeactivateTerritoryDialog extends FormDialog {

    private final TextArea reason = new TextArea();
    private final Consumer<String> handler;

    /** {@code handler} deactivates; a {@link id.musrenflow.base.BusinessException} keeps the dialog open. */
    DeactivateTerritoryDialog(String title, Consumer<String> handler) {
        super(title, "wilayah.nonaktifkan");
        this.handler = handler;
        reason.setId("deactivation-reason");
        reason.setLabel(getTranslation("umum.alasan"));
        reason.setRequiredIndicatorVisible(true);
        reason.setI18n(new TextArea.TextAreaI18n().setRequiredErrorMessage(getTranslation("umum.error.alasan-wajib")));
        TextLimits.counted(reason, 500);
        Paragraph explanation = new Paragraph(getTranslation("wilayah.nonaktifkan.teks"));
        explanation.addClassName("mf-muted");
        addFields(explanation, reason);
        reason.focus();
    }

    @Override
    protected void save() {
        handler.accept(reason.getValue());
    }

    @Override
    protected HasValidation fieldFor(String messageKey) {
        return "umum.error.alasan-wajib".equals(messageKey) ? reason : null;
    }
}
