package id.musrenflow.lks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.ui.BoundedUploads;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.lks.AccreditationApplication;
import id.musrenflow.lks.AccreditationService;
import id.musrenflow.lks.CertificateService;
import id.musrenflow.lks.Application;
import id.musrenflow.lks.DocumentType;
import id.musrenflow.lks.LksService;
import id.musrenflow.lks.Organisation;
import id.musrenflow.lks.RegistrationService;
import id.musrenflow.lks.RegistrationStatus;
import id.musrenflow.lks.RegistryService;
import id.musrenflow.lks.SelfAssessmentService;
import id.musrenflow.region.RegionService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * The LKS officer's own organisation (/lks/saya): profile, officers (NIK masked), the document checklist with
 * uploads, the registration applications with their timelines, submission and resubmission after a return.
 */
@Route("lks/saya")
@RolesAllowed("PENGURUS_LKS")
@StyleSheet("context://styles/lks.css")
@Menu(title = "lks.nav.lembaga-saya", order = 40, icon = "vaadin:institution")
public class MyOrganisationView extends VerticalLayout implements HasDynamicTitle {

    private final transient LksService registry;
    private final transient RegistrationService registrations;
    private final transient RegionService regions;
    private final transient AccreditationService accreditations;
    private final transient CertificateService certificates;
    private final transient RegistryService entries;
    private final transient SelfAssessmentService selfAssessments;
    private final transient AuthenticatedUser user;
    private final transient PositionLabels labels;
    private final Div message = new Div();

    public MyOrganisationView(LksService registry, RegistrationService registrations, RegionService regions,
                              AccreditationService accreditations, CertificateService certificates,
                              RegistryService entries, SelfAssessmentService selfAssessments,
                              AuthenticationContext authentication, PositionLabels labels) {
        this.labels = labels;
        this.registry = registry;
        this.entries = entries;
        this.selfAssessments = selfAssessments;
        this.certificates = certificates;
        this.accreditations = accreditations;
        this.registrations = registrations;
        this.regions = regions;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        addClassNames("mf-page", "mf-lks-saya");
        message.setId("lks-pesan");
        message.getElement().setAttribute("role", "status");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(message);
        registry.organisationOf(user).ifPresentOrElse(this::show, () -> {
            Paragraph none = new Paragraph(getTranslation("lks.saya.tidak-ada"));
            none.setId("lks-tidak-ada");
            add(none);
        });
    }

    private void show(Organisation organisation) {
        add(new RegistryCard(entries.entry(organisation.id(), user), entries, regions, labels, user, true, this::refresh));
        add(new H3(getTranslation("lks.saya.dokumen")), new Paragraph(getTranslation("lks.saya.dokumen-petunjuk",
                registry.settings().maxDocumentSize().toMegabytes())));
        long max = registry.settings().maxDocumentSize().toBytes();
        add(new DocumentList(registry, organisation.id(), user, type -> new DocumentUpload(
                "lks-upload-" + type.name(), max, (name, content) -> upload(organisation, type, name, content),
                () -> refused(new BusinessException("lks.dokumen.error.ditolak-peramban",
                        registry.settings().maxDocumentSize().toMegabytes())))));
        List<Application> applications = registrations.applications(organisation.id(), user);
        add(new H3(getTranslation("lks.saya.permohonan")));
        if (applications.stream().noneMatch(a -> a.status().open())) {
            Button submit = new Button(getTranslation("lks.saya.ajukan"), click -> submit(organisation));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("lks-ajukan");
            add(submit);
        }
        applications.forEach(this::showApplication);
        showAccreditation(organisation);
    }

    /** Accreditation: apply with both recommendation letters while none is open; every application's timeline. */
    private void showAccreditation(Organisation organisation) {
        add(new H3(getTranslation("lks.akreditasi.judul")), new H3(getTranslation("lks.mandiri.judul")),
                new SelfAssessmentForm(selfAssessments.of(organisation.id(), user), (scores, evidence) -> act(
                        () -> selfAssessments.save(organisation.id(), scores, evidence, user), "lks.mandiri.tersimpan")));
        List<AccreditationApplication> applications = accreditations.applications(organisation.id(), user);
        Map<Long, String> certificateNumbers = accreditations.certificateNumbers(organisation.id(), user);
        if (applications.stream().noneMatch(a -> a.status().open())) {
            TextField dinsos = new TextField(getTranslation("lks.akreditasi.surat-dinsos"));
            dinsos.setId("lks-akreditasi-dinsos");
            dinsos.setMaxLength(100);
            TextField lkks = new TextField(getTranslation("lks.akreditasi.surat-lkks"));
            lkks.setId("lks-akreditasi-lkks");
            lkks.setMaxLength(100);
            FormLayout letters = new FormLayout(dinsos, lkks);
            letters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
            Button apply = new Button(getTranslation("lks.akreditasi.ajukan"), click -> act(() -> accreditations
                    .apply(organisation.id(), dinsos.getValue(), lkks.getValue(), user), "lks.akreditasi.diajukan"));
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            apply.setId("lks-akreditasi-ajukan");
            add(new Paragraph(getTranslation("lks.akreditasi.petunjuk")), letters, apply);
        }
        applications.forEach(a -> add(new AccreditationCard(a, certificateNumbers.get(a.id()),
                accreditations.history(a.id(), user), certificates, user, labels)));
    }

    private void showApplication(Application application) {
        Div card = new Div();
        card.addClassName("mf-card");
        card.setId("lks-permohonan-" + application.number());
        Span status = new Span(getTranslation("lks.status." + application.status().name()));
        status.getElement().getThemeList().add("badge");
        card.add(new H3(application.number() + " · " + getTranslation("lks.jenis." + application.kind().name())),
                new Paragraph(IndonesianDates.dateTime(application.submittedAt(), getLocale())), status,
                new ApplicationTimeline(registrations.history(application.id(), user), labels));
        if (application.status() == RegistrationStatus.PERLU_PERBAIKAN) {
            TextArea note = new TextArea(getTranslation("lks.saya.catatan-perbaikan"));
            note.setId("lks-catatan-perbaikan");
            note.setWidthFull();
            TextLimits.counted(note, 1000);
            Button resubmit = new Button(getTranslation("lks.saya.ajukan-ulang"),
                    click -> act(() -> registrations.resubmit(application.id(), note.getValue(), user),
                            "lks.saya.diajukan-ulang"));
            resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            resubmit.setId("lks-ajukan-ulang");
            card.add(note, resubmit);
        }
        add(card);
    }

    private void submit(Organisation organisation) {
        act(() -> registrations.submit(organisation.id(), user), "lks.saya.diajukan");
    }

    private void upload(Organisation organisation, DocumentType type, String fileName, byte[] content) {
        try {
            registry.upload(organisation.id(), type, fileName, content, user);
        } catch (BusinessException e) {
            BoundedUploads.refuse();
            refused(e);
            return;
        }
        refresh();
        message.setText(getTranslation("lks.dokumen.tersimpan"));
        message.setClassName("mf-success");
        Notices.success(getTranslation("lks.dokumen.tersimpan"));
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            refresh();
            message.setText(getTranslation(successKey));
            message.setClassName("mf-success");
            Notices.success(getTranslation(successKey));
        } catch (BusinessException e) {
            refused(e);
        }
    }

    private void refused(BusinessException e) {
        String text = getTranslation(e.messageKey(), e.arguments());
        message.setText(text);
        message.setClassName("mf-error");
        Notices.error(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lks.nav.lembaga-saya");
    }
}
