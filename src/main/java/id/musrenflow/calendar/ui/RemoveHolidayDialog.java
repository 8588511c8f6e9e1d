package id.musrenflow.calendar.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.TextLimits;
import java.util.function.Consumer;

/** Asks why a holiday is removed; the day becomes a working day again if it is a weekday. */
class RemoveHolidayDialog extends FormDialog {

    private final TextArea reason = new TextArea();
    private final Consumer<String> handler;

    RemoveHolidayDialog(String title, String question, Consumer<String> handler) {
        super(title, "umum.hapus");
        this.handler = handler;
        reason.setId("kalender-alasan-hapus");
        reason.setLabel(getTranslation("umum.alasan"));
        reason.setHelperText(getTranslation("kalender.alasan.bantuan"));
        TextLimits.counted(reason, 500);
        reason.setRequiredIndicatorVisible(true);
        addFields(new Paragraph(question), reason);
        reason.focus();
    }

    @Override
    protected void save() {
        handler.accept(reason.getValue());
    }

    @Override
    protected HasValidation fieldFor(String messageKey) {
        return switch (messageKey) {
            case "umum.error.alasan-wajib", "kalender.error.alasan-terlalu-panjang" -> reason;
            default -> null;
        };
    }
}
