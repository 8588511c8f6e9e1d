package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.Rupiah;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.RupiahInputs;
import id.musrenflow.proposal.CatalogueColumn;
import id.musrenflow.proposal.CatalogueEntry;
import id.musrenflow.proposal.CatalogueItem;
import id.musrenflow.proposal.CatalogueItemDraft;
import id.musrenflow.proposal.CatalogueProblem;
import id.musrenflow.proposal.CatalogueRejected;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.reference.Classification;
import id.musrenflow.reference.Opd;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Adds a catalogue item ({@code existing} null) or edits one. A refusal marks every field it concerns and keeps
 * all that was typed, also when another admin changed the item meanwhile.
 */
class CatalogueItemDialog extends FormDialog {

    /** The OPD, bidang urusan and sub kegiatan the fields offer. */
    record Choices(List<Opd> opds, List<Classification> fieldsOfGovernment, List<Classification> subActivities) {
    }

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final RadioButtonGroup<ProposalKind> kind = new RadioButtonGroup<>();
    private final Select<ProposalField> field = new Select<>();
    private final TextField unit = new TextField();
    private final TextField unitCost = new TextField();
    private final ComboBox<Opd> opd = new ComboBox<>();
    private final ComboBox<Classification> fieldOfGovernment = new ComboBox<>();
    private final ComboBox<Classification> subActivity = new ComboBox<>();
    private final Checkbox danaKelurahan = new Checkbox();
    private final Checkbox photo = new Checkbox();
    private final Checkbox coordinates = new Checkbox();
    private final Checkbox landEvidence = new Checkbox();
    private final Map<CatalogueColumn, HasValidation> byColumn = new EnumMap<>(CatalogueColumn.class);
    private final List<HasValidation> marked = new ArrayList<>();
    private final Consumer<CatalogueItemDraft> handler;
    private List<CatalogueProblem> problems = List.of();

    /** {@code handler} stores the item; a refusal keeps the dialog open. */
    CatalogueItemDialog(String title, CatalogueEntry existing, Choices choices, Consumer<CatalogueItemDraft> handler) {
        super(title, "umum.simpan");
        this.handler = handler;
        setId("kamus-dialog");
        text(code, "kamus-kode", CatalogueColumn.KODE, 30);
        code.setHelperText(getTranslation("kamus.kode.bantuan"));
        text(name, "kamus-nama", CatalogueColumn.NAMA, 200);
        kind.setId("kamus-jenis");
        kind.setLabel(getTranslation(CatalogueColumn.JENIS.labelKey()));
        kind.setItems(ProposalKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("usulan.jenis." + k.name()));
        field.setId("kamus-bidang");
        field.setLabel(getTranslation(CatalogueColumn.BIDANG.labelKey()));
        field.setItems(ProposalField.values());
        field.setItemLabelGenerator(f -> getTranslation("usulan.bidang." + f.name()));
        text(unit, "kamus-satuan", CatalogueColumn.SATUAN, 30);
        text(unitCost, "kamus-harga", CatalogueColumn.HARGA_SATUAN, 25);
        RupiahInputs.grouped(unitCost);
        combo(opd, "kamus-opd", CatalogueColumn.OPD, choices.opds());
        opd.setItemLabelGenerator(Opd::name);
        opd.setLabel(getTranslation("kamus.opd"));
        combo(fieldOfGovernment, "kamus-bidang-urusan", CatalogueColumn.BIDANG_URUSAN, choices.fieldsOfGovernment());
        combo(subActivity, "kamus-sub-kegiatan", CatalogueColumn.SUB_KEGIATAN, choices.subActivities());
        fieldOfGovernment.setItemLabelGenerator(c -> c.code() + " " + c.name());
        subActivity.setItemLabelGenerator(c -> c.code() + " " + c.name());
        subActivity.setClearButtonVisible(true);
        subActivity.setHelperText(getTranslation("kamus.sub-kegiatan.bantuan"));
        check(danaKelurahan, "kamus-dana-kelurahan", CatalogueColumn.DANA_KELURAHAN);
        check(photo, "kamus-wajib-foto", CatalogueColumn.WAJIB_FOTO);
        check(coordinates, "kamus-wajib-koordinat", CatalogueColumn.WAJIB_KOORDINAT);
        check(landEvidence, "kamus-wajib-bukti-lahan", CatalogueColumn.WAJIB_BUKTI_LAHAN);
        byColumn.put(CatalogueColumn.KODE, code);
        byColumn.put(CatalogueColumn.NAMA, name);
        byColumn.put(CatalogueColumn.JENIS, kind);
        byColumn.put(CatalogueColumn.BIDANG, field);
        byColumn.put(CatalogueColumn.SATUAN, unit);
        byColumn.put(CatalogueColumn.HARGA_SATUAN, unitCost);
        byColumn.put(CatalogueColumn.OPD, opd);
        byColumn.put(CatalogueColumn.BIDANG_URUSAN, fieldOfGovernment);
        byColumn.put(CatalogueColumn.SUB_KEGIATAN, subActivity);
        // the checkbox has no error slot: a dana kelurahan problem is shown where it is fixed, on the sub kegiatan
        byColumn.put(CatalogueColumn.DANA_KELURAHAN, subActivity);
        if (existing != null) {
            show(existing.item(), choices);
        }
        addFields(code, name, kind, field, unit, unitCost, opd, fieldOfGovernment, subActivity, danaKelurahan, photo,
                coordinates, landEvidence);
        (existing == null ? code : name).focus();
    }

    private void show(CatalogueItem item, Choices choices) {
        code.setValue(item.code());
        code.setReadOnly(true);
        name.setValue(item.name());
        kind.setValue(item.kind());
        field.setValue(item.field());
        unit.setValue(item.unit());
        unitCost.setValue(Rupiah.format(item.unitCost()).replace("Rp ", ""));
        opd.setValue(choices.opds().stream().filter(o -> o.code().equals(item.opdCode())).findFirst().orElse(null));
        fieldOfGovernment.setValue(choices.fieldsOfGovernment().stream()
                .filter(c -> c.code().equals(item.fieldOfGovernment())).findFirst().orElse(null));
        subActivity.setValue(choices.subActivities().stream()
                .filter(c -> c.code().equals(item.subActivityCode())).findFirst().orElse(null));
        danaKelurahan.setValue(item.danaKelurahan());
        photo.setValue(item.photoRequired());
        coordinates.setValue(item.coordinatesRequired());
        landEvidence.setValue(item.landEvidenceRequired());
    }

    @Override
    protected void save() {
        marked.forEach(f -> f.setInvalid(false));
        marked.clear();
        problems = List.of();
        // text that is not a Rupiah amount reaches the rules as "no amount", which they explain on this field
        CatalogueItemDraft draft = new CatalogueItemDraft(code.getValue(), name.getValue(), kind.getValue(),
                field.getValue(), unit.getValue(), Rupiah.parse(unitCost.getValue()),
                opd.getValue() == null ? null : opd.getValue().code(),
                fieldOfGovernment.getValue() == null ? null : fieldOfGovernment.getValue().code(),
                subActivity.getValue() == null ? null : subActivity.getValue().code(), danaKelurahan.getValue(),
                photo.getValue(), coordinates.getValue(), landEvidence.getValue());
        try {
            handler.accept(draft);
        } catch (CatalogueRejected rejected) {
            problems = rejected.problems();
            // the first problem is marked by FormDialog; the others here, so every wrong field shows at once
            problems.stream().skip(1).forEach(p -> {
                HasValidation target = byColumn.get(p.column());
                if (target != null) {
                    target.setErrorMessage(getTranslation(p.messageKey(), p.arguments()));
                    target.setInvalid(true);
                    marked.add(target);
                }
            });
            throw rejected;
        }
    }

    @Override
    protected HasValidation fieldFor(String messageKey) {
        return problems.stream().filter(p -> p.messageKey().equals(messageKey)).map(CatalogueProblem::column)
                .filter(Objects::nonNull).map(byColumn::get).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private void text(TextField text, String id, CatalogueColumn column, int maxLength) {
        text.setId(id);
        text.setLabel(getTranslation(column.labelKey()));
        text.setMaxLength(maxLength);
        text.setWidthFull();
    }

    private <T> void combo(ComboBox<T> combo, String id, CatalogueColumn column, List<T> items) {
        combo.setId(id);
        combo.setLabel(getTranslation(column.labelKey()));
        combo.setItems(items);
        combo.setWidthFull();
    }

    private void check(Checkbox box, String id, CatalogueColumn column) {
        box.setId(id);
        box.setLabel(getTranslation(column.labelKey()));
    }
}
