package id.musrenflow.lks.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.lks.LegalForm;
import id.musrenflow.lks.Organisation;
import id.musrenflow.lks.OrganisationDraft;
import id.musrenflow.lks.RegistryEntry;
import id.musrenflow.lks.RegistryService;
import id.musrenflow.lks.ServiceField;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.ui.TerritoryPicker;
import java.util.List;

/**
 * Registers a new organisation ({@code entry} null) or edits one: name, legal form, legal document numbers, address
 * down to the kelurahan and field of service. An edit names the version it started from and asks why.
 */
class OrganisationDialog extends FormDialog {

    private final transient RegistryService registry;
    private final transient AuthenticatedUser user;
    private final transient RegistryEntry entry;
    private final transient Runnable onSaved;
    private final TextField name = field("lks-registri-nama", "lks.registri.nama", 200);
    private final Select<LegalForm> legalForm = new Select<>();
    private final TextField deed = field("lks-registri-akta", "lks.registri.akta", 100);
    private final TextField decree = field("lks-registri-sk", "lks.registri.sk", 100);
    private final TextField address = field("lks-registri-alamat", "lks.registri.alamat", 300);
    private final TerritoryPicker kelurahan;
    private final Select<ServiceField> serviceField = new Select<>();
    private final TextArea reason = new TextArea();

    OrganisationDialog(RegistryService registry, RegionService regions, RegistryEntry entry, AuthenticatedUser user,
                       Runnable onSaved) {
        super(entry == null ? "" : entry.organisation().name(),
                entry == null ? "lks.registri.daftarkan" : "lks.registri.ubah");
        if (entry == null) {
            setHeaderTitle(getTranslation("lks.registri.daftarkan"));
        }
        this.registry = registry;
        this.user = user;
        this.entry = entry;
        this.onSaved = onSaved;
        setId("lks-registri-dialog");
        legalForm.setId("lks-registri-bentuk");
        legalForm.setLabel(getTranslation("lks.registri.bentuk"));
        legalForm.setItems(LegalForm.values());
        legalForm.setItemLabelGenerator(f -> getTranslation("lks.bentuk." + f.name()));
        serviceField.setId("lks-registri-bidang");
        serviceField.setLabel(getTranslation("lks.registri.bidang"));
        serviceField.setItems(ServiceField.values());
        serviceField.setItemLabelGenerator(f -> getTranslation("lks.bidang." + f.name()));
        kelurahan = new TerritoryPicker(regions);
        kelurahan.setId("lks-registri-kelurahan");
        kelurahan.setLabel(getTranslation("lks.registri.kelurahan"));
        kelurahan.setTargetLevel(Level.KELURAHAN);
        reason.setId("lks-registri-alasan");
        reason.setLabel(getTranslation("lks.registri.alasan"));
        TextLimits.counted(reason, 1000);
        addFields(name, legalForm, deed, decree, address, kelurahan, serviceField);
        if (entry != null) {
            Organisation o = entry.organisation();
            name.setValue(o.name());
            legalForm.setValue(o.legalForm());
            deed.setValue(orEmpty(entry.deedNumber()));
            decree.setValue(orEmpty(entry.decreeNumber()));
            address.setValue(o.address());
            kelurahan.setValue(o.kelurahanCode());
            serviceField.setValue(o.serviceField());
            if (!registry.mayChangeLegalIdentity(user, o)) {
                for (var locked : List.of(name, deed, decree)) {
                    locked.setReadOnly(true);
                    locked.setHelperText(getTranslation("lks.registri.identitas-terkunci"));
                }
                legalForm.setReadOnly(true);
            }
            addFields(reason);
        }
    }

    @Override
    protected void save() {
        OrganisationDraft draft = new OrganisationDraft(name.getValue(), legalForm.getValue(), deed.getValue(),
                decree.getValue(), address.getValue(), kelurahan.getValue(), serviceField.getValue());
        if (entry == null) {
            Organisation created = registry.register(draft, user);
            Notices.success(getTranslation("lks.registri.terdaftar", created.code()));
        } else {
            registry.update(entry.organisation().id(), entry.version(), draft, reason.getValue(), user);
            Notices.success(getTranslation("lks.registri.tersimpan"));
        }
        onSaved.run();
    }

    @Override
    protected HasValidation fieldFor(String messageKey) {
        return switch (messageKey) {
            case "lks.registri.error.nama" -> name;
            case "lks.registri.error.bentuk" -> legalForm;
            case "lks.registri.error.akta" -> deed;
            case "lks.registri.error.sk" -> decree;
            case "lks.registri.error.alamat" -> address;
            case "lks.registri.error.kelurahan" -> kelurahan;
            case "lks.registri.error.bidang" -> serviceField;
            case "lks.registri.error.alasan" -> reason;
            default -> null;
        };
    }

    private TextField field(String id, String labelKey, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(max);
        return field;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
