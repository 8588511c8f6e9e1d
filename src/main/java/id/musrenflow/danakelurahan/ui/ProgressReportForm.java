package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import id.musrenflow.base.ui.NumberLimits;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.danakelurahan.ActivityDetail;
import id.musrenflow.danakelurahan.DocumentKind;
import id.musrenflow.danakelurahan.TaggedPhoto;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The implementer's progress report: physical and financial %, a note, photos tagged 0 / 50 / 100 %. A refused
 * report keeps everything entered (numbers, note and received photos) so it can be corrected and sent again.
 */
class ProgressReportForm extends Div {

    /** What the form sends. */
    record Report(Integer physical, Integer financial, String note, List<TaggedPhoto> photos) {
    }

    final IntegerField physical = new IntegerField();
    final IntegerField financial = new IntegerField();
    final TextArea note = new TextArea();
    final List<FileField> photos = new ArrayList<>();
    final Button send;

    ProgressReportForm(ActivityDetail activity, long maxBytes, Consumer<Report> sender) {
        addClassName("mf-card");
        setId("laporan-form");
        add(new H3(getTranslation("kegiatan.ui.laporan-judul")));
        physical.setId("laporan-fisik");
        physical.setLabel(getTranslation("kegiatan.ui.laporan-fisik"));
        physical.setHelperText(getTranslation("kegiatan.ui.laporan-terakhir", activity.physicalPercent()));
        financial.setId("laporan-keuangan");
        financial.setLabel(getTranslation("kegiatan.ui.laporan-keuangan"));
        financial.setHelperText(getTranslation("kegiatan.ui.laporan-terakhir", activity.financialPercent()));
        for (IntegerField field : List.of(physical, financial)) {
            NumberLimits.range(field, 0, 100);
            field.setStepButtonsVisible(true);
            field.setSuffixComponent(new Span("%"));
        }
        note.setId("laporan-catatan");
        note.setLabel(getTranslation("kegiatan.ui.laporan-catatan"));
        TextLimits.counted(note, 1000);
        note.setWidthFull();
        Div fields = new Div(physical, financial);
        fields.addClassName("mf-dana-actions");
        add(fields, note);
        for (int tag : new int[] {0, 50, 100}) {
            FileField photo = new FileField("laporan-foto-" + tag, DocumentKind.FOTO, maxBytes);
            photos.add(photo);
            add(new Span(getTranslation("kegiatan.ui.laporan-foto", tag)), photo);
        }
        send = new Button(getTranslation("kegiatan.ui.laporan-kirim"), click -> sender.accept(current()));
        send.setId("laporan-kirim");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(send);
    }

    Report current() {
        List<TaggedPhoto> tagged = new ArrayList<>();
        int[] tags = {0, 50, 100};
        for (int i = 0; i < photos.size(); i++) {
            if (photos.get(i).file() != null) {
                tagged.add(new TaggedPhoto(tags[i], photos.get(i).file()));
            }
        }
        return new Report(physical.getValue(), financial.getValue(), note.getValue(), tagged);
    }

    /** Marks the field the refusal is about; everything entered stays. */
    void refused(String messageKey, String message) {
        physical.setInvalid(messageKey.contains("fisik") || messageKey.contains("foto-100"));
        physical.setErrorMessage(physical.isInvalid() ? message : null);
        financial.setInvalid(messageKey.contains("keuangan"));
        financial.setErrorMessage(financial.isInvalid() ? message : null);
        note.setInvalid(messageKey.endsWith("catatan"));
        note.setErrorMessage(note.isInvalid() ? message : null);
    }
}
