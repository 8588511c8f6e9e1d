package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.Rupiah;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.danakelurahan.ActivityDetail;
import id.musrenflow.danakelurahan.ActivityDocument;
import id.musrenflow.danakelurahan.DocumentKind;
import id.musrenflow.danakelurahan.ExecutionService;
import id.musrenflow.danakelurahan.ImplementationMode;
import id.musrenflow.danakelurahan.ProgressReport;
import id.musrenflow.danakelurahan.process.PelaksanaanKegiatanProcess;
import id.musrenflow.identity.AuthenticatedUser;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An activity's page: mode and money, stages with release and LPJ, the progress timeline with photos, the history,
 * and the entry its current step needs from this user (report, preparation, contract, LPJ, handover).
 */
@Route("kegiatan-kelurahan/:id")
@RolesAllowed({"LURAH", "STAF_KELURAHAN", "CAMAT", "STAF_KECAMATAN", "POKMAS", "PEMANTAU", "BAPPEDA", "BAPPEDA_ADMIN"})
@StyleSheet("context://styles/dana.css")
public class ActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ExecutionService execution;
    private final transient AuthenticatedUser user;
    private final transient PositionLabels labels;
    private final Paragraph message = new Paragraph();
    private long id;
    private String title = "";

    public ActivityView(ExecutionService execution, AuthenticationContext authentication, PositionLabels labels) {
        this.execution = execution;
        this.labels = labels;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        addClassNames("mf-page", "mf-dana");
        message.setId("kegiatan-pesan");
        message.getElement().setAttribute("role", "alert");
        message.addClassName("mf-form-errors");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        show();
    }

    private void show() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("kegiatan.ui.kembali"), ActivityListView.class);
        back.setId("kegiatan-kembali");
        add(back);
        ActivityDetail a;
        try {
            a = execution.activity(id, user);
        } catch (BusinessException refused) {
            title = getTranslation("kegiatan.nav");
            message.setText(getTranslation(refused.messageKey(), refused.arguments()));
            message.setVisible(true);
            add(message);
            return;
        }
        title = a.number();
        message.setVisible(false);
        add(ActivitySummary.header(a, this), message);
        addEntries(a, execution.openSteps(id, user));
        add(ActivitySummary.stages(a, this, getLocale(), labels), timeline(a), documents(a),
                ActivitySummary.history(execution.history(id, user), this, getLocale(), labels));
    }

    private void addEntries(ActivityDetail a, Set<String> open) {
        long max = execution.maxFileBytes();
        boolean implementer = execution.isImplementer(a, user);
        boolean staff = user.groups().contains("staf-kelurahan:" + a.kelurahanCode());
        if (implementer && (open.contains(PelaksanaanKegiatanProcess.TASK_PERSIAPAN_POKMAS)
                || staff && open.contains(PelaksanaanKegiatanProcess.TASK_PERSIAPAN_SWAKELOLA))) {
            boolean pokmas = a.mode() == ImplementationMode.SWAKELOLA_TIPE_IV;
            add(new ActivityStepForms.Preparation(a, pokmas, max, f -> act(() -> execution.recordPreparation(id,
                    f.members(), f.proposal.file(), f.rab.file(), user))));
        }
        if (staff && open.contains(PelaksanaanKegiatanProcess.TASK_KONTRAK)) {
            add(new ActivityStepForms.Contract(max, f -> act(() -> execution.recordContract(id, f.contract(),
                    f.document.file(), user))));
        }
        if (implementer && !a.closed() && a.stages().stream().anyMatch(s -> s.isReleased())
                && a.documents().stream().noneMatch(d -> d.kind() == DocumentKind.BAST)) {
            add(new ProgressReportForm(a, max, report()));
        }
        if (implementer && open.contains(PelaksanaanKegiatanProcess.TASK_LPJ)) {
            add(new ActivityStepForms.Document("lpj", getTranslation("kegiatan.ui.lpj-judul"), DocumentKind.LPJ, true, max,
                    f -> act(() -> execution.submitLpj(id, Rupiah.parse(f.amount.getValue()), f.file.file(), user))));
        }
        if (staff && open.contains(PelaksanaanKegiatanProcess.TASK_SERAH_TERIMA)) {
            add(new ActivityStepForms.Document("bast", getTranslation("kegiatan.ui.bast-judul"), DocumentKind.BAST, false,
                    max, f -> act(() -> execution.handover(id, f.file.file(), f.note.getValue(), user))));
        }
    }

    private Consumer<ProgressReportForm.Report> report() {
        return r -> {
            try {
                execution.report(id, r.physical(), r.financial(), r.note(), r.photos(), user);
                Notices.success(getTranslation("kegiatan.ui.tersimpan"));
                show();
            } catch (BusinessException refused) {
                String text = refuse(refused);
                getChildren().filter(ProgressReportForm.class::isInstance).map(ProgressReportForm.class::cast)
                        .findFirst().ifPresent(f -> f.refused(refused.messageKey(), text));
            }
        };
    }

    /** Runs the step; on success the page shows the new state, on refusal the message while the entry keeps its values. */
    private void act(Runnable step) {
        try {
            step.run();
            Notices.success(getTranslation("kegiatan.ui.tersimpan"));
            show();
        } catch (BusinessException refused) {
            refuse(refused);
        }
    }

    private String refuse(BusinessException refused) {
        String text = getTranslation(refused.messageKey(), refused.arguments());
        message.setText(text);
        message.setVisible(true);
        Notices.error(text);
        return text;
    }

    private Component timeline(ActivityDetail a) {
        Div card = card("kegiatan-laporan", "kegiatan.ui.laporan-daftar");
        OrderedList list = new OrderedList();
        for (ProgressReport r : a.reports()) {
            ListItem item = new ListItem(new Paragraph(getTranslation("kegiatan.ui.laporan-baris",
                    IndonesianDates.dateTime(r.at(), getLocale()), r.reporter(), r.physicalPercent(), r.financialPercent())));
            if (r.note() != null) {
                item.add(new Paragraph(r.note()));
            }
            Div photos = new Div();
            photos.addClassName("mf-dana-actions");
            for (ActivityDocument photo : r.photos()) {
                Image thumbnail = new Image(resource(photo), getTranslation("kegiatan.ui.foto-alt", photo.tag()));
                thumbnail.setWidth("96px");
                photos.add(new Div(thumbnail, new Paragraph(photo.tag() + " %")));
            }
            item.add(photos);
            list.add(item);
        }
        card.add(list);
        return card;
    }

    private Component documents(ActivityDetail a) {
        Div card = card("kegiatan-dokumen", "kegiatan.ui.dokumen-daftar");
        for (ActivityDocument d : a.documents()) {
            if (d.kind() != DocumentKind.FOTO) {
                Anchor link = new Anchor(resource(d), getTranslation("kegiatan.ui.dokumen." + d.kind().name()) + ": "
                        + d.fileName());
                link.setTarget(AnchorTarget.BLANK);
                card.add(new Div(link));
            }
        }
        return card;
    }

    private StreamResource resource(ActivityDocument d) {
        long documentId = d.id();
        return new StreamResource(d.fileName(), () -> new ByteArrayInputStream(execution.document(documentId, user)
                .content()));
    }

    private Div card(String id, String titleKey) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.addClassName("mf-card");
        card.setId(id);
        return card;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
