package id.musrenflow.calendar.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.ui.DatePickers;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.calendar.Holiday;
import id.musrenflow.calendar.HolidayDraft;
import id.musrenflow.calendar.HolidayKind;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/** Adds a holiday to the year being edited ({@code existing} null) or changes one, always with a reason. */
class HolidayDialog extends FormDialog {

    private final DatePicker date = DatePickers.picker("kalender.tanggal");
    private final TextField name = new TextField();
    private final Select<HolidayKind> kind = new Select<>();
    private final TextArea reason = new TextArea();
    private final BiConsumer<HolidayDraft, String> handler;

    /** {@code handler} saves the draft with the reason; a rejection keeps the dialog open with what was typed. */
    HolidayDialog(String title, int year, Holiday existing, BiConsumer<HolidayDraft, String> handler) {
        super(title, "umum.simpan");
        this.handler = handler;
        date.setId("kalender-tanggal");
        date.setRequiredIndicatorVisible(true);
        date.setInitialPosition(LocalDate.of(year, 1, 1));
        name.setId("kalender-nama");
        name.setLabel(getTranslation("kalender.nama"));
        name.setPlaceholder(getTranslation("kalender.nama.contoh"));
        name.setMaxLength(150);
        name.setRequiredIndicatorVisible(true);
        kind.setId("kalender-jenis");
        kind.setLabel(getTranslation("kalender.jenis"));
        kind.setItems(HolidayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kalender.jenis." + k.name()));
        kind.setValue(HolidayKind.LIBUR_NASIONAL);
        reason.setId("kalender-alasan");
        reason.setLabel(getTranslation("umum.alasan"));
        reason.setHelperText(getTranslation("kalender.alasan.bantuan"));
        TextLimits.counted(reason, 500);
        reason.setRequiredIndicatorVisible(true);
        if (existing != null) {
            date.setValue(existing.date());
            name.setValue(existing.name());
            kind.setValue(existing.kind());
        }
        addFields(date, name, kind, reason);
        date.focus();
    }

    @Override
    protected void save() {
        handler.accept(new HolidayDraft(date.getValue(), name.getValue(), kind.getValue()), reason.getValue());
    }

    @Override
    protected HasValidation fieldFor(String messageKey) {
        return switch (messageKey) {
            case "kalender.error.tanggal-wajib", "kalender.error.di-luar-tahun", "kalender.error.tanggal-sudah-ada",
                 "kalender.error.tanggal-baru-ditambahkan" -> date;
            case "kalender.error.nama-wajib", "kalender.error.nama-terlalu-panjang" -> name;
            case "kalender.error.jenis-wajib" -> kind;
            case "umum.error.alasan-wajib", "kalender.error.alasan-terlalu-panjang" -> reason;
            default -> null;
        };
    }
}
