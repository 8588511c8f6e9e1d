package id.musrenflow.identity.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import id.musrenflow.base.ui.DatePickers;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.identity.Position;

/** Ends a position on a last day, with the reason (term over, transfer, resignation) kept in the audit trail. */
class EndPositionDialog extends AdminDialog {

    private final DatePicker lastDay = DatePickers.picker("admin.jabatan.hari-terakhir");
    private final TextArea reason = new TextArea();

    EndPositionDialog(AdminContext context, Position position, Runnable changed) {
        super("admin.jabatan.akhiri");
        Paragraph what = new Paragraph(context.labels().label(position, getLocale(), this::getTranslation));
        what.setId("end-position-label");
        lastDay.setId("end-position-last-day");
        lastDay.setRequiredIndicatorVisible(true);
        lastDay.setValue(context.users().today());
        reason.setLabel(getTranslation("umum.alasan"));
        reason.setId("end-position-reason");
        reason.setRequiredIndicatorVisible(true);
        TextLimits.counted(reason, 250);
        reason.setWidthFull();
        add(what, lastDay, reason);
        footer("admin.jabatan.akhiri", () -> {
            message.clear();
            if (lastDay.getValue() == null) {
                message.show(getTranslation("admin.jabatan.error.hari-terakhir-wajib"));
                return;
            }
            try {
                context.users().endPosition(position.id(), lastDay.getValue(), reason.getValue(), context.actor());
                close();
                changed.run();
            } catch (BusinessException refused) {
                message.show(refused);
            }
        });
    }
}
