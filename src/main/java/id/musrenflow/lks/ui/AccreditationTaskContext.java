package id.musrenflow.lks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.lks.AccreditationApplication;
import id.musrenflow.lks.AccreditationComponent;
import id.musrenflow.lks.AccreditationService;
import id.musrenflow.lks.LksService;
import id.musrenflow.lks.SelfAssessmentService;
import id.musrenflow.lks.process.AkreditasiLksProcess;
import id.musrenflow.region.RegionService;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskContextProvider;
import id.musrenflow.workflow.forms.Option;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Beside every akreditasi-lks task: the organisation, its documents, the recommendation letters, the scores and
 * grade once the assessor has scored, and the history.
 */
@org.springframework.stereotype.Component
class AccreditationTaskContext implements TaskContextProvider {

    private final LksService registry;
    private final AccreditationService accreditations;
    private final RegionService regions;
    private final SelfAssessmentService selfAssessments;
    private final PositionLabels labels;

    AccreditationTaskContext(LksService registry, AccreditationService accreditations, RegionService regions,
                             SelfAssessmentService selfAssessments, PositionLabels labels) {
        this.labels = labels;
        this.registry = registry;
        this.accreditations = accreditations;
        this.regions = regions;
        this.selfAssessments = selfAssessments;
    }

    /** The assessor select of form-penugasan-asesor: who holds the ASESOR position today. */
    @Override
    public Map<String, List<Option>> formOptions(InboxTask task) {
        return Map.of(AkreditasiLksProcess.OPTIONS_ASESOR, accreditations.assessors().stream()
                .map(u -> new Option(u.username(), u.fullName() + " (" + u.username() + ")")).toList());
    }

    @Override
    public boolean supports(InboxTask task) {
        return AkreditasiLksProcess.KEY.equals(task.processDefinitionKey())
                && task.variables().get(AkreditasiLksProcess.Var.AKREDITASI_ID) instanceof Number;
    }

    @Override
    public Component context(InboxTask task, AuthenticatedUser user) {
        long id = ((Number) task.variables().get(AkreditasiLksProcess.Var.AKREDITASI_ID)).longValue();
        AccreditationApplication application = accreditations.application(id, user);
        Div panel = new Div();
        panel.setId("lks-akreditasi-konteks");
        panel.addClassName("mf-lks-konteks");
        panel.add(new H3(application.organisationName() + " · " + application.number()),
                new OrganisationProfile(registry.organisation(application.organisationId(), user), regions),
                new Paragraph(panel.getTranslation("lks.akreditasi.rekomendasi",
                        orDash(application.dinsosRecommendation()), orDash(application.lkksRecommendation()))));
        accreditations.visitSchedule(id, user).ifPresent(at -> {
            Paragraph visit = new Paragraph(panel.getTranslation("lks.akreditasi.jadwal-kunjungan",
                    IndonesianDates.dateTime(at, UI.getCurrent().getLocale())));
            visit.setId("lks-akreditasi-jadwal");
            panel.add(visit);
        });
        panel.add(new H3(panel.getTranslation("lks.mandiri.judul")),
                new SelfAssessmentList(selfAssessments.of(application.organisationId(), user)));
        Map<AccreditationComponent, BigDecimal> scores = accreditations.scores(id, user);
        if (!scores.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("lks-akreditasi-nilai");
            scores.forEach((component, score) -> list.add(new ListItem(panel.getTranslation(
                    "lks.akreditasi.komponen." + component.name()) + ": " + score.stripTrailingZeros().toPlainString())));
            panel.add(new H3(panel.getTranslation("lks.akreditasi.nilai")), list,
                    new Paragraph(panel.getTranslation("lks.akreditasi.nilai-akhir",
                            application.totalScore().toPlainString(),
                            panel.getTranslation("lks.akreditasi.peringkat." + application.grade().name()))));
        }
        panel.add(new H3(panel.getTranslation("lks.saya.dokumen")),
                new DocumentList(registry, application.organisationId(), user, null),
                new H3(panel.getTranslation("lks.konteks.riwayat")),
                new AccreditationTimeline(accreditations.history(id, user), labels));
        return panel;
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }
}
