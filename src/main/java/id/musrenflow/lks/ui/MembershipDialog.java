package id.musrenflow.lks.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import id.musrenflow.base.ui.DatePickers;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.lks.RegistryEntry;
import id.musrenflow.lks.RegistryService;

/** LKKS membership of an organisation with the date it began, set by the LKKS board, Dinas Sosial or admin. */
class MembershipDialog extends FormDialog {

    private final transient RegistryService registry;
    private final transient RegistryEntry entry;
    private final transient AuthenticatedUser user;
    private final transient Runnable onSaved;
    private final Checkbox member = new Checkbox();
    private final DatePicker since = DatePickers.picker("lks.registri.sejak");
    private final TextArea reason = new TextArea();

    MembershipDialog(RegistryService registry, RegistryEntry entry, AuthenticatedUser user, Runnable onSaved) {
        super(entry.organisation().name(), "lks.registri.keanggotaan");
        this.registry = registry;
        this.entry = entry;
        this.user = user;
        this.onSaved = onSaved;
        setId("lks-keanggotaan-dialog");
        member.setId("lks-keanggotaan-anggota");
        member.setLabel(getTranslation("lks.registri.anggota"));
        member.setValue(entry.organisation().lkksMember());
        since.setId("lks-keanggotaan-sejak");
        since.setValue(entry.lkksSince());
        reason.setId("lks-keanggotaan-alasan");
        reason.setLabel(getTranslation("lks.registri.alasan"));
        TextLimits.counted(reason, 1000);
        addFields(member, since, reason);
    }

    @Override
    protected void save() {
        registry.setMembership(entry.organisation().id(), entry.version(), member.getValue(), since.getValue(),
                reason.getValue(), user);
        Notices.success(getTranslation("lks.registri.tersimpan"));
        onSaved.run();
    }

    @Override
    protected HasValidation fieldFor(String messageKey) {
        return switch (messageKey) {
            case "lks.registri.error.sejak-wajib", "lks.registri.error.sejak-masa-depan" -> since;
            case "lks.registri.error.alasan" -> reason;
            default -> null;
        };
    }
}
