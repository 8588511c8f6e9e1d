package id.musrenflow.lks.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.ui.DatePickers;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.lks.Officer;
import id.musrenflow.lks.OfficerDraft;
import id.musrenflow.lks.RegistryService;

/**
 * Adds an officer ({@code officer} null) or edits one: name, role, NIK and term. The NIK is typed hidden and never
 * shown back (only masked); on an edit it may stay empty to keep the stored one.
 */
class OfficerDialog extends FormDialog {

    private final transient RegistryService registry;
    private final transient AuthenticatedUser user;
    private final long organisationId;
    private final transient Officer officer;
    private final transient Runnable onSaved;
    private final TextField name = new TextField();
    private final TextField role = new TextField();
    private final PasswordField nik = new PasswordField();
    private final DatePicker start = DatePickers.picker("lks.pengurus.mulai");
    private final DatePicker end = DatePickers.picker("lks.pengurus.selesai");
    private final TextArea reason = new TextArea();

    OfficerDialog(RegistryService registry, long organisationId, Officer officer, AuthenticatedUser user,
                  Runnable onSaved) {
        super(officer == null ? "" : officer.name(), officer == null ? "lks.pengurus.tambah" : "lks.pengurus.ubah");
        if (officer == null) {
            setHeaderTitle(getTranslation("lks.pengurus.tambah"));
        }
        this.registry = registry;
        this.organisationId = organisationId;
        this.officer = officer;
        this.user = user;
        this.onSaved = onSaved;
        setId("lks-pengurus-dialog");
        name.setId("lks-pengurus-nama");
        name.setLabel(getTranslation("lks.pengurus.nama"));
        name.setMaxLength(120);
        role.setId("lks-pengurus-jabatan");
        role.setLabel(getTranslation("lks.pengurus.jabatan"));
        role.setMaxLength(60);
        nik.setId("lks-pengurus-nik");
        nik.setLabel(getTranslation("lks.pengurus.nik-isian"));
        nik.setMaxLength(16);
        nik.setAllowedCharPattern("[0-9]");
        start.setId("lks-pengurus-mulai");
        end.setId("lks-pengurus-selesai");
        reason.setId("lks-pengurus-alasan");
        reason.setLabel(getTranslation("lks.registri.alasan"));
        TextLimits.counted(reason, 1000);
        if (officer != null) {
            name.setValue(officer.name());
            role.setValue(officer.role());
            nik.setHelperText(getTranslation("lks.pengurus.nik", officer.maskedNik()) + " · "
                    + getTranslation("lks.pengurus.nik-tetap"));
            start.setValue(officer.start());
            end.setValue(officer.end());
        }
        addFields(name, role, nik, start, end, reason);
    }

    @Override
    protected void save() {
        OfficerDraft draft = new OfficerDraft(name.getValue(), role.getValue(), nik.getValue(), start.getValue(),
                end.getValue());
        if (officer == null) {
            registry.addOfficer(organisationId, draft, reason.getValue(), user);
        } else {
            registry.updateOfficer(organisationId, officer.id(), officer.version(), draft, reason.getValue(), user);
        }
        Notices.success(getTranslation("lks.registri.tersimpan"));
        onSaved.run();
    }

    @Override
    protected HasValidation fieldFor(String messageKey) {
        return switch (messageKey) {
            case "lks.pengurus.error.nama" -> name;
            case "lks.pengurus.error.jabatan" -> role;
            case "lks.pengurus.error.nik" -> nik;
            case "lks.pengurus.error.mulai" -> start;
            case "lks.pengurus.error.masa-urutan" -> end;
            case "lks.registri.error.alasan" -> reason;
            default -> null;
        };
    }
}
