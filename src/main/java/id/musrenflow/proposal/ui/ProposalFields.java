package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.musrenflow.base.IndonesianNumbers;
import id.musrenflow.base.Rupiah;
import id.musrenflow.base.ui.RupiahField;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.proposal.CatalogueItem;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalLimits;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.internal.DraftRules;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every field the proposer fills in (domain guide §1), validated field by field before the service sees them. */
class ProposalFields extends FormLayout {

    final ComboBox<Territory> kelurahan = new ComboBox<>();
    final TextField residentName = new TextField();
    final TextField residentPhone = new TextField();
    final MultiSelectComboBox<String> rts = new MultiSelectComboBox<>();
    final TextField address = new TextField();
    final RadioButtonGroup<ProposalKind> kind = new RadioButtonGroup<>();
    final Select<ProposalField> field = new Select<>();
    final Checkbox direct = new Checkbox();
    final ComboBox<CatalogueItem> item = new ComboBox<>();
    final TextField title = new TextField();
    final TextArea problem = new TextArea();
    final TextArea description = new TextArea();
    final TextArea expectedOutput = new TextArea();
    final IntegerField beneficiaries = new IntegerField();
    final TextField beneficiaryGroup = new TextField();
    final BigDecimalField volume = new BigDecimalField();
    final TextField unit = new TextField();
    final RupiahField unitCost = new RupiahField();
    final Span computedCost = new Span();
    final RupiahField cost = new RupiahField();
    final TextArea costReason = new TextArea();
    final TextArea contribution = new TextArea();
    final MapPointPicker point;

    private final Binder<ProposalFormData> binder = new Binder<>();
    private final ProposerRole role;
    private final RegionService regions;
    private static final int TITLE_LENGTH = 200;

    private final ProposalLimits limits;
    private final int year;

    ProposalFields(ProposerRole role, RegionService regions, List<CatalogueItem> catalogue, ProposalLimits limits,
                   int year) {
        this.role = role;
        this.regions = regions;
        this.limits = limits;
        this.year = year;
        this.point = new MapPointPicker(limits.mapBox());
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        setUp(kelurahan, "usulan-kelurahan", "usulan.form.kelurahan");
        setUp(residentName, "usulan-nama-warga", "usulan.form.nama-warga");
        setUp(residentPhone, "usulan-telepon-warga", "usulan.form.telepon-warga");
        setUp(rts, "usulan-rt", "usulan.form.rt");
        setUp(address, "usulan-alamat", "usulan.form.alamat");
        setUp(kind, "usulan-jenis", "usulan.form.jenis");
        setUp(field, "usulan-bidang", "usulan.form.bidang");
        setUp(item, "usulan-kamus", "usulan.form.kamus");
        setUp(title, "usulan-judul", "usulan.form.judul");
        setUp(problem, "usulan-masalah", "usulan.form.masalah");
        setUp(description, "usulan-deskripsi", "usulan.form.deskripsi");
        setUp(expectedOutput, "usulan-output", "usulan.form.output");
        setUp(beneficiaries, "usulan-penerima-jumlah", "usulan.form.penerima-jumlah");
        setUp(beneficiaryGroup, "usulan-penerima-kelompok", "usulan.form.penerima-kelompok");
        setUp(volume, "usulan-volume", "usulan.form.volume");
        setUp(unit, "usulan-satuan", "usulan.form.satuan");
        setUp(unitCost, "usulan-harga-satuan", "usulan.form.harga-satuan");
        setUp(cost, "usulan-biaya", "usulan.form.biaya");
        setUp(costReason, "usulan-alasan-biaya", "usulan.form.alasan-biaya");
        setUp(contribution, "usulan-swadaya", "usulan.form.swadaya");
        direct.setId("usulan-langsung");
        direct.setLabel(getTranslation("usulan.form.langsung"));
        computedCost.setId("usulan-biaya-hitung");
        computedCost.addClassName("mf-computed-cost");
        cost.setHelperText(getTranslation("usulan.form.biaya-petunjuk"));

        kelurahan.setItems(regions.byLevel(Level.KELURAHAN).stream().filter(Territory::active).toList());
        kelurahan.setItemLabelGenerator(Territory::name);
        kelurahan.addValueChangeListener(e -> refreshRtChoices());
        boolean pokir = role.origin() == ProposalOrigin.POKIR;
        kelurahan.setVisible(pokir);
        residentName.setVisible(role.origin() == ProposalOrigin.WARGA);
        residentPhone.setVisible(role.origin() == ProposalOrigin.WARGA);
        rts.setItemLabelGenerator(regions::describe);
        refreshRtChoices();
        kind.setItems(ProposalKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("usulan.jenis." + k.name()));
        field.setItems(ProposalField.values());
        field.setItemLabelGenerator(f -> getTranslation("usulan.bidang." + f.name()));
        item.setItems(catalogue);
        item.setItemLabelGenerator(c -> c.name() + " (" + c.unit() + ", " + Rupiah.format(c.unitCost()) + ")");
        item.addValueChangeListener(e -> applyItem(e.getValue()));
        direct.addValueChangeListener(e -> applyDirect(e.getValue()));
        volume.setValueChangeMode(ValueChangeMode.EAGER);
        volume.addValueChangeListener(e -> showComputedCost());
        // Rupiah amounts are grouped when the field is left ("3.000.000"); the computed cost follows then
        unitCost.addValueChangeListener(e -> showComputedCost());
        cost.addValueChangeListener(e -> showComputedCost());
        // no browser limit: a pasted text longer than allowed stays whole and is marked, never silently cut
        for (TextArea area : new TextArea[] {problem, description, expectedOutput, costReason, contribution}) {
            TextLimits.checked(area, limits.maxTextLength());
        }
        TextLimits.checked(title, TITLE_LENGTH);
        unit.setReadOnly(true);
        unitCost.setReadOnly(true);

        add(kelurahan, residentName, residentPhone, rts, address, kind, field, direct, item, title, problem,
                description, expectedOutput, beneficiaries, beneficiaryGroup, volume, unit, unitCost, computedCost,
                cost, costReason, contribution);
        setColspan(item, 2);
        setColspan(problem, 2);
        setColspan(description, 2);
        setColspan(expectedOutput, 2);
        setColspan(costReason, 2);
        setColspan(contribution, 2);
        bind();
    }

    private void bind() {
        binder.forField(kelurahan).withValidator(v -> role.origin() != ProposalOrigin.POKIR || v != null,
                        getTranslation("usulan.form.error.kelurahan"))
                .bind(d -> d.kelurahan, (d, v) -> d.kelurahan = v);
        binder.forField(residentName).withValidator(v -> role.origin() != ProposalOrigin.WARGA || !blank(v),
                        getTranslation("usulan.form.error.nama-warga")).withValidator(noMarkup())
                .bind(d -> d.residentName, (d, v) -> d.residentName = v);
        binder.forField(residentPhone).withValidator(v -> blank(v) || v.strip().matches("[+0-9 ()-]{6,20}"),
                getTranslation("usulan.form.error.telepon")).bind(d -> d.residentPhone, (d, v) -> d.residentPhone = v);
        binder.forField(rts).withValidator(v -> !v.isEmpty(), getTranslation("usulan.error.rt-wajib"))
                .bind(d -> d.rtCodes, (d, v) -> d.rtCodes = v);
        text(address, "usulan.error.alamat-wajib").bind(d -> d.address, (d, v) -> d.address = v);
        binder.forField(kind).asRequired(getTranslation("usulan.error.jenis-wajib")).bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(field).asRequired(getTranslation("usulan.error.jenis-wajib")).bind(d -> d.field, (d, v) -> d.field = v);
        binder.forField(direct).bind(d -> d.direct, (d, v) -> d.direct = v);
        binder.forField(item).withValidator(v -> v != null || direct.getValue(),
                getTranslation("usulan.form.error.kamus")).bind(d -> d.item, (d, v) -> d.item = v);
        text(title, "usulan.error.judul-wajib").bind(d -> d.title, (d, v) -> d.title = v);
        text(problem, "usulan.error.masalah-wajib").bind(d -> d.problem, (d, v) -> d.problem = v);
        text(description, null).bind(d -> d.description, (d, v) -> d.description = v);
        text(expectedOutput, null).bind(d -> d.expectedOutput, (d, v) -> d.expectedOutput = v);
        binder.forField(beneficiaries).withValidator(v -> v == null || v >= 0 && v <= 1_000_000,
                getTranslation("usulan.error.penerima-manfaat")).bind(d -> d.beneficiaries, (d, v) -> d.beneficiaries = v);
        text(beneficiaryGroup, null).bind(d -> d.beneficiaryGroup, (d, v) -> d.beneficiaryGroup = v);
        String volumeMessage = getTranslation("usulan.error.volume", IndonesianNumbers.format(limits.maxVolume()));
        binder.forField(volume).asRequired(volumeMessage)
                .withValidator(v -> v.signum() > 0 && v.compareTo(limits.maxVolume()) <= 0, volumeMessage)
                .bind(d -> d.volume, (d, v) -> d.volume = v);
        text(unit, "usulan.error.satuan-wajib").bind(d -> d.unit, (d, v) -> d.unit = v);
        binder.forField(unitCost).withValidator(v -> v == null || v.signum() >= 0 && v.compareTo(limits.maxCost()) <= 0,
                        getTranslation("usulan.error.biaya", Rupiah.format(limits.maxCost())))
                .withValidator(v -> v != null || cost.getValue() != null || !direct.getValue(),
                        getTranslation("usulan.error.biaya-wajib"))
                .bind(d -> d.unitCost, (d, v) -> d.unitCost = v);
        binder.forField(cost).withValidator(v -> v == null || v.signum() >= 0 && v.compareTo(limits.maxCost()) <= 0,
                getTranslation("usulan.error.biaya", Rupiah.format(limits.maxCost()))).bind(d -> d.cost, (d, v) -> d.cost = v);
        text(costReason, null).withValidator(v -> !blank(v) || !overridden(), getTranslation("usulan.error.alasan-biaya"))
                .bind(d -> d.costReason, (d, v) -> d.costReason = v);
        text(contribution, null).bind(d -> d.contribution, (d, v) -> d.contribution = v);
        // the pair is checked as one: a change of either field checks it again, so no stale message stays
        Binder.Binding<ProposalFormData, String> pointBinding = binder.forField(point.latitudeField())
                .withValidator((v, context) -> point.problem()
                        .map(key -> ValidationResult.error(getTranslation(key))).orElseGet(ValidationResult::ok))
                .bind(d -> null, (d, v) -> { });
        point.longitudeField().addValueChangeListener(changed -> pointBinding.validate());
    }

    private Binder.BindingBuilder<ProposalFormData, String> text(TextField field, String requiredKey) {
        Binder.BindingBuilder<ProposalFormData, String> builder = binder.forField(field);
        return (requiredKey == null ? builder : builder.asRequired(getTranslation(requiredKey))).withValidator(noMarkup())
                .withValidator(notLongerThan(field == title ? TITLE_LENGTH : limits.maxTextLength()));
    }

    private Binder.BindingBuilder<ProposalFormData, String> text(TextArea field, String requiredKey) {
        Binder.BindingBuilder<ProposalFormData, String> builder = binder.forField(field);
        return (requiredKey == null ? builder : builder.asRequired(getTranslation(requiredKey))).withValidator(noMarkup())
                .withValidator(notLongerThan(limits.maxTextLength()));
    }

    private Validator<String> notLongerThan(int max) {
        return (value, context) -> value == null || value.length() <= max ? ValidationResult.ok()
                : ValidationResult.error(getTranslation("teks.terlalu-panjang",
                        java.text.NumberFormat.getIntegerInstance(getLocale()).format(value.length()),
                        java.text.NumberFormat.getIntegerInstance(getLocale()).format(max)));
    }

    private Validator<String> noMarkup() {
        return Validator.from(v -> !DraftRules.hasMarkup(v), getTranslation("usulan.error.html"));
    }

    /** Fills the form from a stored usulan. */
    void read(ProposalDraft d, List<CatalogueItem> catalogue) {
        ProposalFormData data = new ProposalFormData();
        data.kelurahan = d.kelurahanCode() == null ? null : regions.find(d.kelurahanCode()).orElse(null);
        data.residentName = d.residentName();
        data.residentPhone = d.residentPhone();
        data.address = d.address();
        data.kind = d.kind();
        data.field = d.field();
        data.item = d.catalogueItemId() == null ? null
                : catalogue.stream().filter(c -> c.id() == d.catalogueItemId()).findFirst().orElse(null);
        data.direct = d.catalogueItemId() == null;
        data.title = d.title();
        data.problem = d.problem();
        data.description = d.description();
        data.expectedOutput = d.expectedOutput();
        data.beneficiaries = d.beneficiaries();
        data.beneficiaryGroup = d.beneficiaryGroup();
        data.volume = d.volume();
        data.unit = d.unit();
        data.unitCost = d.unitCost();
        data.contribution = d.communityContribution();
        data.costReason = d.costReason();
        binder.readBean(data);
        refreshRtChoices();
        rts.setValue(new java.util.LinkedHashSet<>(d.rtCodes()));
        point.setPoint(d.latitude(), d.longitude());
        // a stored cost that differs from volume × unit cost was an override; show it as one
        cost.setValue(d.cost() != null && computed() != null && d.cost().compareTo(computed()) != 0 ? d.cost() : null);
        showComputedCost();
    }

    /** A new usulan: an RT head's own RT is already chosen. */
    void start() {
        binder.readBean(new ProposalFormData());
        role.ownRt().ifPresent(rt -> rts.setValue(java.util.Set.of(rt)));
        showComputedCost();
    }

    /** The draft to send, or empty (with the messages next to the fields) when a field is not acceptable. */
    Optional<ProposalDraft> draft() {
        ProposalFormData d = new ProposalFormData();
        if (!binder.writeBeanIfValid(d)) {
            return Optional.empty();
        }
        List<String> rtCodes = new ArrayList<>(d.rtCodes);
        String kel = role.origin() == ProposalOrigin.POKIR ? (d.kelurahan == null ? null : d.kelurahan.code())
                : role.kelurahanCode();
        return Optional.of(new ProposalDraft(year, role.origin(), kel, role.rwFor(rtCodes), rtCodes, d.address,
                point.latitude(), point.longitude(), d.kind, d.field,
                d.direct || d.item == null ? null : d.item.id(), d.title, d.problem, blankToNull(d.description),
                blankToNull(d.expectedOutput), d.beneficiaries, blankToNull(d.beneficiaryGroup), d.volume, d.unit,
                d.unitCost, d.cost, blankToNull(d.costReason), blankToNull(d.contribution),
                blankToNull(d.residentName), blankToNull(d.residentPhone)));
    }

    /** The field a refusal of the service belongs next to, if any. */
    Optional<HasValidation> fieldFor(String messageKey) {
        Map<String, HasValidation> fields = Map.ofEntries(
                Map.entry("usulan.error.judul-wajib", title), Map.entry("usulan.error.masalah-wajib", problem),
                Map.entry("usulan.error.alamat-wajib", address), Map.entry("usulan.error.satuan-wajib", unit),
                Map.entry("usulan.error.volume", volume), Map.entry("usulan.error.biaya", cost),
                Map.entry("usulan.error.biaya-wajib", unitCost), Map.entry("usulan.error.alasan-biaya", costReason),
                Map.entry("usulan.error.penerima-manfaat", beneficiaries),
                Map.entry("usulan.error.koordinat", point.latitudeField()),
                Map.entry("usulan.error.koordinat-wajib", point.latitudeField()),
                Map.entry("usulan.error.koordinat-lengkap", point.latitudeField()),
                Map.entry("usulan.error.rt-wajib", rts), Map.entry("usulan.error.rt-di-luar-wilayah", rts),
                Map.entry("usulan.error.satu-rw", rts), Map.entry("usulan.error.kamus-tidak-dikenal", item));
        return Optional.ofNullable(fields.get(messageKey));
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        point.setReadOnly(readOnly);
        if (!readOnly) {
            applyDirect(direct.getValue());
        }
    }

    private void applyItem(CatalogueItem chosen) {
        if (chosen == null) {
            return;
        }
        unit.setValue(chosen.unit());
        unitCost.setValue(chosen.unitCost());
        field.setValue(chosen.field());
        kind.setValue(chosen.kind());
    }

    private void applyDirect(boolean isDirect) {
        if (isDirect) {
            item.clear();
        }
        item.setReadOnly(isDirect);
        unit.setReadOnly(!isDirect);
        unitCost.setReadOnly(!isDirect);
    }

    private void refreshRtChoices() {
        String kel = role.origin() == ProposalOrigin.POKIR
                ? (kelurahan.getValue() == null ? null : kelurahan.getValue().code()) : role.kelurahanCode();
        rts.setItems(role.rtChoices(regions, kel).stream().map(Territory::code).toList());
    }

    private BigDecimal computed() {
        BigDecimal v = volume.getValue();
        BigDecimal price = unitCost.getValue();
        return v == null || price == null ? null : v.multiply(price).setScale(0, RoundingMode.HALF_UP);
    }

    private boolean overridden() {
        return cost.getValue() != null && computed() != null && cost.getValue().compareTo(computed()) != 0;
    }

    private void showComputedCost() {
        BigDecimal value = computed();
        computedCost.setText(getTranslation("usulan.form.biaya-hitung",
                value == null ? "–" : Rupiah.format(value)));
    }

    private void setUp(com.vaadin.flow.component.HasLabel component, String id, String labelKey) {
        ((com.vaadin.flow.component.Component) component).setId(id);
        component.setLabel(getTranslation(labelKey));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
