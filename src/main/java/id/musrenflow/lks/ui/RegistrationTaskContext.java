package id.musrenflow.lks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.lks.Application;
import id.musrenflow.lks.LksService;
import id.musrenflow.lks.RegistrationService;
import id.musrenflow.lks.process.PendaftaranLksProcess;
import id.musrenflow.region.RegionService;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskContextProvider;

/** Beside every pendaftaran-lks task: the organisation, its checklist documents (downloadable), the history. */
@org.springframework.stereotype.Component
class RegistrationTaskContext implements TaskContextProvider {

    private final LksService registry;
    private final RegistrationService registrations;
    private final RegionService regions;

    private final PositionLabels labels;

    RegistrationTaskContext(LksService registry, RegistrationService registrations, RegionService regions,
                            PositionLabels labels) {
        this.labels = labels;
        this.registry = registry;
        this.registrations = registrations;
        this.regions = regions;
    }

    @Override
    public boolean supports(InboxTask task) {
        return PendaftaranLksProcess.KEY.equals(task.processDefinitionKey())
                && task.variables().get(PendaftaranLksProcess.Var.PERMOHONAN_ID) instanceof Number;
    }

    @Override
    public Component context(InboxTask task, AuthenticatedUser user) {
        long id = ((Number) task.variables().get(PendaftaranLksProcess.Var.PERMOHONAN_ID)).longValue();
        Application application = registrations.application(id, user);
        Div panel = new Div();
        panel.setId("lks-konteks");
        panel.addClassName("mf-lks-konteks");
        panel.add(new H3(application.organisationName() + " · " + application.number()),
                new OrganisationProfile(registry.organisation(application.organisationId(), user), regions),
                new H3(panel.getTranslation("lks.saya.dokumen")),
                new DocumentList(registry, application.organisationId(), user, null),
                new H3(panel.getTranslation("lks.konteks.riwayat")),
                new ApplicationTimeline(registrations.history(id, user), labels));
        return panel;
    }
}
