package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.proposal.ProposalReceiptService;
import id.musrenflow.proposal.CatalogueItem;
import id.musrenflow.proposal.ProposalDetail;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalExecution;
import id.musrenflow.proposal.ProposalLimits;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.proposal.StatusChange;
import id.musrenflow.proposal.internal.DraftRules;
import id.musrenflow.region.RegionService;
import id.musrenflow.season.SeasonService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One usulan (/usulan/baru, /usulan/42): the proposer fills it in, saves a draft, submits, revises after a return,
 * or withdraws it; officials of its territory read it. Refused input stays in the form with the reason beside it.
 */
@Route("usulan/:id")
@RolesAllowed({"KETUA_RT", "KETUA_RW", "PENGURUS_LKK", "LURAH", "STAF_KELURAHAN", "DPRD"})
@StyleSheet("context://styles/usulan.css")
public class ProposalFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProposalService proposals;
    private final transient RegionService regions;
    private final transient PositionLabels labels;
    private final transient ProposalReceiptService receipts;
    private final ProposalLimits limits;
    private final AuthenticatedUser user;
    private final int planningYear;
    private final Div message = new Div();
    private final List<HasValidation> flagged = new ArrayList<>();
    private ProposalFields fields;
    private ProposalSummary usulan;
    private String title;

    public ProposalFormView(ProposalService proposals, RegionService regions, ProposalLimits limits, SeasonService seasons,
                            AuthenticationContext authentication, PositionLabels labels,
                            ProposalReceiptService receipts) {
        this.labels = labels;
        this.receipts = receipts;
        this.proposals = proposals;
        this.regions = regions;
        this.limits = limits;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        // usulan are for the RKPD of the season people work in now
        this.planningYear = seasons.planningYear();
        addClassNames("mf-page", "mf-usulan");
        message.setId("usulan-pesan");
        message.addClassName("mf-form-errors");
        message.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            if ("baru".equals(id)) {
                showNew();
            } else {
                show(proposals.readable(Long.parseLong(id), user));
            }
        } catch (BusinessException | NumberFormatException refused) {
            removeAll();
            title = getTranslation("usulan.judul-halaman");
            Paragraph text = new Paragraph(getTranslation("usulan.error.tidak-dapat-dibuka"));
            text.setId("usulan-ditolak");
            add(new H2(title), text, new Anchor("usulan", getTranslation("usulan.kembali")));
        }
    }

    private void showNew() {
        ProposerRole role = ProposerRole.of(user.positions())
                .orElseThrow(() -> new BusinessException("usulan.error.di-luar-wilayah"));
        usulan = null;
        title = getTranslation("usulan.baru");
        build(role, planningYear, true, proposals.catalogue(planningYear));
        fields.start();
    }

    private void show(ProposalDetail detail) {
        usulan = detail.summary();
        title = usulan.number();
        boolean own = usulan.proposer().equals(user.username());
        ProposerRole role = ProposerRole.of(user.positions()).filter(r -> own && r.origin() == detail.fields().origin())
                .orElse(ProposerRole.of(user.positions()).orElseThrow());
        boolean editable = own && usulan.editable();
        // once submitted, the usulan shows the item it was proposed with, whatever the catalogue says today
        List<CatalogueItem> catalogue = editable ? proposals.catalogue(usulan.year())
                : Optional.ofNullable(detail.proposedItem()).map(List::of).orElse(List.of());
        build(role, usulan.year(), editable, catalogue);
        fields.read(detail.fields(), catalogue);
    }

    private void build(ProposerRole role, int year, boolean editable, List<CatalogueItem> catalogue) {
        removeAll();
        fields = new ProposalFields(role, regions, catalogue, limits, year);
        message.setVisible(false);
        H2 heading = new H2(usulan == null ? title : usulan.displayTitle());
        heading.setId("usulan-judul-halaman");
        add(heading);
        if (usulan != null) {
            Span status = new Span(getTranslation("status." + usulan.status().name()));
            status.getElement().getThemeList().add("badge");
            status.setId("usulan-status");
            Div header = new Div(new Span(usulan.number()), status);
            header.addClassName("mf-toolbar");
            add(header);
        }
        add(message);
        if (usulan != null && usulan.status() == ProposalStatus.PERLU_REVISI) {
            add(returnReason());
        }
        Div history = usulan == null ? null : history();
        if (history != null && !editable) {
            // once it is on its way, what happened to it matters more to the proposer than what they wrote
            add(history);
        }
        Paragraph origin = new Paragraph(getTranslation("usulan.form.asal",
                getTranslation("usulan.asal." + role.origin().name()), year));
        origin.setId("usulan-asal");
        origin.addClassName("mf-muted");
        Div card = new Div(origin, fields, new H3(getTranslation("usulan.form.titik")), fields.point);
        card.addClassName("mf-card");
        PhotoSection photos = new PhotoSection(proposals, limits, user.username(), this::refused);
        photos.show(usulan == null ? null : usulan.id(), editable);
        photos.addClassName("mf-card");
        add(card, photos);
        fields.setReadOnly(!editable);
        add(actions(editable));
        if (history != null && editable) {
            add(history);
        }
    }

    private Div history() {
        Div history = new Div();
        history.addClassName("mf-card");
        ProposalExecution execution = proposals.execution(usulan.id());
        if (ExecutionFacts.worthShowing(execution)) {
            history.add(new ExecutionFacts(execution));
        }
        history.add(new H3(getTranslation("lacak.riwayat")), new ProposalTimeline(proposals.history(usulan.id()), labels));
        if (usulan.status() != ProposalStatus.DRAFT) {
            Anchor track = new Anchor("lacak/" + usulan.number(), getTranslation("usulan.lacak-publik"));
            track.setId("usulan-lacak");
            history.add(track);
            if (usulan.proposer().equals(user.username())) {
                Button receipt = new Button(getTranslation("usulan.tanda-terima.buka"), click -> showReceipt(usulan.id()));
                receipt.setId("usulan-tanda-terima-buka");
                receipt.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                history.add(new Div(receipt));
            }
        }
        return history;
    }

    private Div returnReason() {
        Div box = new Div(new H3(getTranslation("usulan.revisi.dikembalikan")));
        box.setId("usulan-alasan-kembali");
        box.addClassName("mf-return-reason");
        List<StatusChange> history = proposals.history(usulan.id());
        history.stream().filter(c -> c.to() == ProposalStatus.PERLU_REVISI).reduce((a, b) -> b).ifPresent(c -> {
            if (c.reasonCode() != null) {
                box.add(new Paragraph(getTranslation("alasan." + c.reasonCode())));
            }
            if (c.reason() != null) {
                box.add(new Paragraph(c.reason()));
            }
        });
        return box;
    }

    private Div actions(boolean editable) {
        Div bar = new Div();
        bar.addClassName("mf-toolbar");
        bar.setId("usulan-aksi");
        boolean own = usulan == null || usulan.proposer().equals(user.username());
        if (editable) {
            Button save = new Button(getTranslation("usulan.simpan-draf"), click -> save());
            save.setId("usulan-simpan");
            bar.add(save);
        }
        if (editable && (usulan == null || usulan.status() == ProposalStatus.DRAFT)) {
            Button submit = new Button(getTranslation("usulan.ajukan"), click -> submit());
            submit.setId("usulan-ajukan");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(submit);
        }
        if (editable && usulan != null && usulan.status() == ProposalStatus.PERLU_REVISI) {
            TextArea note = new TextArea(getTranslation("usulan.revisi.catatan"));
            note.setId("usulan-catatan-revisi");
            TextLimits.counted(note, 1000);
            note.setWidthFull();
            Button resubmit = new Button(getTranslation("usulan.revisi.ajukan"), click -> resubmit(note));
            resubmit.setId("usulan-ajukan-revisi");
            resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(note, resubmit);
        }
        java.util.Optional<id.musrenflow.proposal.Lineage> carriedFrom = usulan == null ? java.util.Optional.empty()
                : proposals.lineage(usulan.id());
        if (usulan != null && usulan.status() == ProposalStatus.DRAFT && carriedFrom.isPresent()) {
            Paragraph lineage = new Paragraph(getTranslation("usulan.lanjutan", carriedFrom.get().repeat(),
                    carriedFrom.get().from()));
            lineage.setId("usulan-lanjutan");
            lineage.addClassName("mf-muted");
            bar.add(lineage);
        }
        if (own && usulan != null && (usulan.status().withdrawable()
                || usulan.status() == ProposalStatus.DRAFT && carriedFrom.isPresent())) {
            Button withdraw = new Button(getTranslation("usulan.tarik"), click -> new WithdrawDialog(proposals, usulan,
                    user.username(), () -> reload("usulan.tarik.berhasil")).open());
            withdraw.setId("usulan-tarik");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(withdraw);
        }
        Button back = new Button(getTranslation("usulan.kembali"), click -> UI.getCurrent().navigate(MyProposalsView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bar.add(back);
        return bar;
    }

    private void save() {
        draft().ifPresent(d -> attempt(() -> {
            ProposalSummary saved = usulan == null ? proposals.createDraft(d, user.username())
                    : proposals.updateDraft(usulan.id(), d, usulan.version(), user.username());
            Notices.success(getTranslation("usulan.tersimpan", saved.number()));
            open(saved);
        }));
    }

    private void submit() {
        draft().ifPresent(d -> attempt(() -> {
            ProposalSummary submitted = proposals.saveAndSubmit(usulan == null ? null : usulan.id(), d,
                    usulan == null ? 0 : usulan.version(), user.username());
            Notices.success(getTranslation("usulan.terkirim", submitted.number()));
            open(submitted);
            showReceipt(submitted.id());
        }));
    }

    private void resubmit(TextArea note) {
        draft().ifPresent(d -> {
            if (DraftRules.hasMarkup(note.getValue())) {
                flag(note, getTranslation("usulan.error.html"));
                return;
            }
            try {
                proposals.resubmitRevision(usulan.id(), d, usulan.version(), note.getValue(), user.username());
                Notices.success(getTranslation("usulan.revisi.terkirim", usulan.number()));
                reload(null);
            } catch (BusinessException e) {
                if (e.messageKey().startsWith("usulan.revisi.error.catatan")) {
                    flag(note, getTranslation(e.messageKey(), e.arguments()));
                    showMessage(getTranslation(e.messageKey(), e.arguments()));
                } else {
                    refused(e);
                }
            }
        });
    }

    private Optional<ProposalDraft> draft() {
        clearMessages();
        Optional<ProposalDraft> draft = fields.draft();
        if (draft.isEmpty()) {
            showMessage(getTranslation("usulan.form.error.periksa"));
        }
        return draft;
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (BusinessException refused) {
            refused(refused);
        }
    }

    private void refused(BusinessException refused) {
        String text = getTranslation(refused.messageKey(), refused.arguments());
        fields.fieldFor(refused.messageKey()).ifPresent(field -> flag(field, text));
        showMessage(text);
        Notices.error(text);
    }

    private void flag(HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
        flagged.add(field);
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private void clearMessages() {
        flagged.forEach(f -> f.setInvalid(false));
        flagged.clear();
        message.setVisible(false);
    }

    private void open(ProposalSummary saved) {
        if (usulan == null) {
            UI.getCurrent().navigate("usulan/" + saved.id());
        } else {
            show(proposals.readable(saved.id(), user));
        }
    }

    /** The tanda terima: on screen with its QR code, and as a PDF to print. */
    private void showReceipt(long proposalId) {
        new ReceiptDialog(receipts, receipts.receipt(proposalId, user.username())).open();
    }

    private void reload(String noticeKey) {
        if (noticeKey != null) {
            Notices.success(getTranslation(noticeKey, usulan.number()));
        }
        show(proposals.readable(usulan.id(), user));
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("usulan.judul-halaman") : title;
    }
}
