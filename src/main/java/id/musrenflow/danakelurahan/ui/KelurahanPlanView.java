package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.Rupiah;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.danakelurahan.CandidateRef;
import id.musrenflow.danakelurahan.FundField;
import id.musrenflow.danakelurahan.KelurahanPlan;
import id.musrenflow.danakelurahan.KelurahanPlanService;
import id.musrenflow.danakelurahan.LkkProgrammeService;
import id.musrenflow.danakelurahan.PaguService;
import id.musrenflow.danakelurahan.PaguSummary;
import id.musrenflow.danakelurahan.PlanCandidate;
import id.musrenflow.danakelurahan.PlanItem;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionType;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Lurah composes the Rencana Kegiatan Kelurahan: candidates by sub kegiatan with checkboxes, a live gauge of the
 * pagu left, the suggestion ("Isi otomatis"), a reason when departing from it, and the submission to the Camat.
 */
@Route("rencana-kegiatan-kelurahan")
@RolesAllowed("LURAH")
@Menu(title = "dana.nav.rkk", order = 16, icon = "vaadin:scale")
@StyleSheet("context://styles/dana.css")
public class KelurahanPlanView extends VerticalLayout implements HasDynamicTitle {

    private final KelurahanPlanService plans;
    private final PaguService pagu;
    private final AuthenticatedUser user;
    private final String kelurahan;
    private final int year;
    private final Map<CandidateRef, Checkbox> boxes = new LinkedHashMap<>();
    private final Map<CandidateRef, PlanCandidate> candidates = new LinkedHashMap<>();
    private final ProgressBar gauge = new ProgressBar();
    private final Span gaugeText = new Span();
    private final Span status = new Span();
    private final Span sarprasTotal = new Span();
    private final Span pemberdayaanTotal = new Span();
    private final TextArea reason = new TextArea();
    private final TextArea note = new TextArea();
    private final Button fill = new Button();
    private final Button save = new Button();
    private final Button submit = new Button();
    private final Span submitHint = new Span();
    private boolean editable;
    private Integer version;
    private BigDecimal outside = BigDecimal.ZERO;
    private BigDecimal limit = BigDecimal.ZERO;
    private Set<CandidateRef> suggested = Set.of();

    public KelurahanPlanView(KelurahanPlanService plans, PaguService pagu, LkkProgrammeService programmes,
                             AuthenticationContext authentication) {
        this.plans = plans;
        this.pagu = pagu;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        this.kelurahan = user.positions().stream().filter(p -> p.type() == PositionType.LURAH)
                .map(p -> p.territoryCode()).findFirst().orElseThrow();
        this.year = programmes.planningYear();
        addClassNames("mf-page", "mf-dana");
        gauge.setId("rkk-gauge");
        gauge.setMin(0);
        gauge.setMax(1);
        gaugeText.setId("rkk-sisa");
        status.setId("rkk-status");
        sarprasTotal.setId("rkk-total-sarpras");
        pemberdayaanTotal.setId("rkk-total-pemberdayaan");
        reason.setId("rkk-alasan");
        reason.setLabel(getTranslation("dana.rkk.alasan-penyesuaian"));
        reason.setHelperText(getTranslation("dana.rkk.alasan-penyesuaian.bantuan"));
        TextLimits.counted(reason, 1000);
        reason.setWidthFull();
        note.setId("rkk-catatan");
        note.setLabel(getTranslation("dana.rkk.catatan-perbaikan"));
        TextLimits.counted(note, 1000);
        note.setWidthFull();
        fill.setId("rkk-isi-otomatis");
        fill.setText(getTranslation("dana.rkk.isi-otomatis"));
        fill.addClickListener(e -> fillSuggestion());
        save.setId("rkk-simpan");
        save.setText(getTranslation("dana.rkk.simpan"));
        save.addClickListener(e -> save());
        submit.setId("rkk-ajukan");
        submit.setText(getTranslation("dana.rkk.ajukan"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        submitHint.setId("rkk-ajukan-alasan");
        submitHint.addClassName("mf-muted");
        load();
    }

    private void load() {
        removeAll();
        boxes.clear();
        candidates.clear();
        plans.candidates(year, kelurahan).forEach(c -> candidates.put(c.ref(), c));
        suggested = plans.suggestion(year, kelurahan).stream().map(PlanCandidate::ref).collect(Collectors.toSet());
        Optional<KelurahanPlan> plan = plans.plan(year, kelurahan, user);
        PaguSummary summary = pagu.summary(year, kelurahan);
        limit = summary.pagu();
        BigDecimal planned = plan.map(p -> p.items().stream().map(PlanItem::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).orElse(BigDecimal.ZERO);
        outside = summary.allocated().subtract(planned);
        version = plan.map(KelurahanPlan::version).orElse(null);
        Set<CandidateRef> chosen = plan.map(p -> p.items().stream().map(PlanItem::ref).collect(Collectors.toSet()))
                .orElse(Set.of());
        editable = plan.map(p -> p.status().editable()).orElse(true);
        status.setText(plan.map(p -> getTranslation("dana.rkk.status", p.number(),
                getTranslation("dana.rkk.status." + p.status().name()))).orElse(getTranslation("dana.rkk.belum-disusun")));
        reason.setValue(plan.map(KelurahanPlan::overrideReason).orElse(""));
        note.setVisible(plan.map(p -> p.status() == id.musrenflow.danakelurahan.PlanStatus.DIKEMBALIKAN).orElse(false));

        add(new H2(getTranslation("dana.nav.rkk")), status, new Div(gauge, gaugeText));
        if (candidates.isEmpty()) {
            add(new Paragraph(getTranslation("dana.rkk.tanpa-kandidat")));
        }
        for (FundField field : FundField.values()) {
            VerticalLayout section = new VerticalLayout();
            section.setPadding(false);
            section.setSpacing(false);
            section.add(new H3(getTranslation("dana.rkk.bidang." + field.name(), PlanCandidate.subActivityCode(field))),
                    field == FundField.SARANA_PRASARANA ? sarprasTotal : pemberdayaanTotal);
            candidates.values().stream().filter(c -> c.field() == field).forEach(c -> {
                Checkbox box = new Checkbox(c.title() + " · " + Rupiah.format(c.cost()) + " · " + c.reference());
                box.setId("rkk-kandidat-" + c.source().name() + "-" + c.id());
                box.setValue(chosen.contains(c.ref()));
                box.setEnabled(editable);
                box.addValueChangeListener(e -> updateGauge());
                boxes.put(c.ref(), box);
                section.add(box);
            });
            add(section);
        }
        fill.setEnabled(editable);
        save.setEnabled(editable);
        submit.setEnabled(editable);
        reason.setReadOnly(!editable);
        Div actions = new Div(fill, save, submit, submitHint);
        actions.addClassName("mf-dana-actions");
        add(reason, note, actions);
        updateGauge();
    }

    private List<CandidateRef> chosen() {
        return boxes.entrySet().stream().filter(e -> e.getValue().getValue()).map(Map.Entry::getKey).toList();
    }

    private void updateGauge() {
        BigDecimal sarpras = BigDecimal.ZERO;
        BigDecimal pemberdayaan = BigDecimal.ZERO;
        for (CandidateRef ref : chosen()) {
            PlanCandidate c = candidates.get(ref);
            if (c.field() == FundField.SARANA_PRASARANA) {
                sarpras = sarpras.add(c.cost());
            } else {
                pemberdayaan = pemberdayaan.add(c.cost());
            }
        }
        BigDecimal used = outside.add(sarpras).add(pemberdayaan);
        BigDecimal remaining = limit.subtract(used);
        gauge.setValue(limit.signum() == 0 ? (used.signum() > 0 ? 1 : 0)
                : Math.min(1, used.divide(limit, 4, RoundingMode.HALF_UP).doubleValue()));
        gauge.removeThemeVariants(ProgressBarVariant.LUMO_ERROR, ProgressBarVariant.LUMO_SUCCESS);
        gauge.addThemeVariants(remaining.signum() < 0 ? ProgressBarVariant.LUMO_ERROR : ProgressBarVariant.LUMO_SUCCESS);
        gaugeText.setText(remaining.signum() < 0
                ? getTranslation("dana.rkk.melebihi", Rupiah.format(remaining.negate()), Rupiah.format(limit))
                : getTranslation("dana.rkk.sisa", Rupiah.format(remaining), Rupiah.format(limit)));
        sarprasTotal.setText(getTranslation("dana.rkk.subtotal", Rupiah.format(sarpras)));
        pemberdayaanTotal.setText(getTranslation("dana.rkk.subtotal", Rupiah.format(pemberdayaan)));
        reason.setRequiredIndicatorVisible(!Set.copyOf(chosen()).equals(suggested));
        // an empty plan has nothing for the Camat to approve (the service refuses it too): say so before the click
        boolean empty = chosen().isEmpty();
        submit.setEnabled(editable && !empty);
        submit.setTooltipText(editable && empty ? getTranslation("dana.rkk.ajukan.kosong") : null);
        submitHint.setText(getTranslation("dana.rkk.ajukan.kosong"));
        submitHint.setVisible(editable && empty);
    }

    private void fillSuggestion() {
        boxes.forEach((ref, box) -> box.setValue(suggested.contains(ref)));
    }

    private void save() {
        reason.setInvalid(false);
        try {
            KelurahanPlan saved = plans.compose(year, kelurahan, version, chosen(), reason.getValue(), user);
            version = saved.version();
            Notices.success(getTranslation("dana.rkk.tersimpan"));
        } catch (BusinessException refused) {
            explain(refused);
        }
    }

    /** Saves the choice and sends it to the Camat in one transaction: nothing half-done on a refusal. */
    private void submit() {
        reason.setInvalid(false);
        note.setInvalid(false);
        try {
            plans.submit(year, kelurahan, version, chosen(), reason.getValue(), note.getValue(), user);
            Notices.success(getTranslation("dana.rkk.diajukan"));
            load();
        } catch (BusinessException refused) {
            explain(refused);
        }
    }

    private void explain(BusinessException refused) {
        String message = getTranslation(refused.messageKey(), refused.arguments());
        TextArea field = switch (refused.messageKey()) {
            case "dana.rkk.error.alasan-penyesuaian" -> reason;
            case "dana.rkk.error.catatan" -> note;
            default -> null;
        };
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
        Notices.error(message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dana.nav.rkk");
    }
}
