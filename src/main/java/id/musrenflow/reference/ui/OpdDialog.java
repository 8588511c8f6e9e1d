package id.musrenflow.reference.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.reference.Classification;
import id.musrenflow.reference.Opd;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** Creates an OPD ({@code existing} null) or edits one, with the bidang urusan it is responsible for. */
class OpdDialog extends FormDialog {

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField shortName = new TextField();
    private final Checkbox active = new Checkbox();
    private final MultiSelectComboBox<Classification> fields = new MultiSelectComboBox<>();
    private final Long id;
    private final long version;
    private final Consumer<Opd> handler;

    /** {@code handler} saves; a {@link id.musrenflow.base.BusinessException} keeps the dialog open. */
    OpdDialog(String title, Opd existing, List<Classification> fieldsOfGovernment, Consumer<Opd> handler) {
        super(title, "umum.simpan");
        this.id = existing == null ? null : existing.id();
        this.version = existing == null ? 0 : existing.version();
        this.handler = handler;
        code.setId("opd-code");
        code.setLabel(getTranslation("referensi.kode"));
        code.setHelperText(getTranslation("opd.kode.bantuan"));
        code.setMaxLength(30);
        name.setId("opd-name");
        name.setLabel(getTranslation("referensi.nama"));
        name.setMaxLength(200);
        shortName.setId("opd-short-name");
        shortName.setLabel(getTranslation("opd.singkatan"));
        shortName.setMaxLength(40);
        active.setId("opd-active");
        active.setLabel(getTranslation("umum.aktif"));
        fields.setId("opd-fields");
        fields.setLabel(getTranslation("opd.bidang"));
        fields.setItems(fieldsOfGovernment);
        fields.setItemLabelGenerator(field -> field.code() + " " + field.name());
        fields.setWidthFull();
        if (existing == null) {
            active.setValue(true);
        } else {
            code.setValue(existing.code());
            name.setValue(existing.name());
            shortName.setValue(existing.shortName());
            active.setValue(existing.active());
            fields.setValue(fieldsOfGovernment.stream().filter(f -> existing.fields().contains(f.code())).toList());
        }
        addFields(code, name, shortName, fields, active);
        code.focus();
    }

    @Override
    protected void save() {
        List<String> chosen = fields.getValue().stream().map(Classification::code).sorted(Comparator.naturalOrder())
                .toList();
        handler.accept(new Opd(id, code.getValue(), name.getValue(), shortName.getValue(), active.getValue(), chosen,
                version));
    }

    @Override
    protected HasValidation fieldFor(String messageKey) {
        return switch (messageKey) {
            case "opd.error.kode-tidak-sah", "opd.error.kode-sudah-ada" -> code;
            case "opd.error.nama-wajib" -> name.getValue().isBlank() ? name : shortName;
            case "opd.error.bidang-wajib" -> fields;
            default -> null;
        };
    }
}
