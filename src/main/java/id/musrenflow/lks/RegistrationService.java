package id.musrenflow.lks;

import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionType;
import id.musrenflow.lks.internal.LksAccess;
import id.musrenflow.lks.internal.LksStore;
import id.musrenflow.lks.process.PendaftaranLksClient;
import id.musrenflow.lks.process.PendaftaranLksProcess;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration (tanda daftar) applications: the officer submits and resubmits; Dinas Sosial decides through the
 * inbox; the engine's listeners record every step here, in the step's own transaction.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationService {

    static final String SYSTEM = "sistem";
    private static final int MAX_NOTE = 1000;

    private final LksStore store;
    private final LksService registry;
    private final PendaftaranLksClient process;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationService(LksStore store, LksService registry, PendaftaranLksClient process,
                        ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.process = process;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Submits a new (or renewal) application once every required document is uploaded; starts its process. One
     * open application per organisation; a renewal only within the reminder window before expiry or after it.
     */
    @Transactional
    public Application submit(long organisationId, AuthenticatedUser user) {
        Organisation organisation = registry.organisation(organisationId, user);
        LksAccess.checkOfficer(user, organisation.code());
        if (store.applications(organisationId).stream().anyMatch(a -> a.status().open())) {
            throw new BusinessException("lks.permohonan.error.masih-berjalan");
        }
        List<String> missing = missingDocuments(organisationId, user);
        if (!missing.isEmpty()) {
            throw new BusinessException("lks.permohonan.error.dokumen-kurang", missing.size());
        }
        LocalDate today = LocalDate.now(clock);
        ApplicationKind kind = organisation.registrationValidUntil() == null ? ApplicationKind.BARU
                : ApplicationKind.PERPANJANGAN;
        if (kind == ApplicationKind.PERPANJANGAN
                && renewalReminderDate(organisation.registrationValidUntil()).isAfter(today)) {
            throw new BusinessException("lks.permohonan.error.masih-berlaku", organisation.registrationValidUntil());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String number = store.nextApplicationNumber(today.getYear());
        long id = store.insertApplication(number, organisationId, kind, user.username(), now);
        store.addStep(id, now, user.username(), PositionType.PENGURUS_LKS.name(), "STATUS", null,
                RegistrationStatus.DIAJUKAN, null, null);
        Application application = store.findApplication(id).orElseThrow();
        process.start(application, user.username());
        return application;
    }

    /** Required checklist types without a document, in checklist order. */
    public List<String> missingDocuments(long organisationId, AuthenticatedUser user) {
        Set<DocumentType> present = registry.checklist(organisationId, user).keySet();
        return Arrays.stream(DocumentType.values()).filter(DocumentType::required).filter(t -> !present.contains(t))
                .map(Enum::name).toList();
    }

    /** The officer sends the corrected application back to Dinas Sosial, with a note of what changed. */
    @Transactional
    public void resubmit(long applicationId, String note, AuthenticatedUser user) {
        Application application = application(applicationId, user);
        LksAccess.checkOfficer(user, application.organisationCode());
        if (application.status() != RegistrationStatus.PERLU_PERBAIKAN) {
            throw new BusinessException("lks.permohonan.error.tidak-perlu-perbaikan");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() < 10 || text.length() > MAX_NOTE) {
            throw new BusinessException("lks.permohonan.error.catatan", 10, MAX_NOTE);
        }
        process.resubmit(application.number(), user.username(), text);
    }

    public List<Application> applications(long organisationId, AuthenticatedUser user) {
        registry.organisation(organisationId, user);
        return store.applications(organisationId);
    }

    public Application application(long applicationId, AuthenticatedUser user) {
        Application application = store.findApplication(applicationId)
                .orElseThrow(() -> new BusinessException("lks.permohonan.error.tidak-ditemukan"));
        LksAccess.checkRead(user, application.organisationCode());
        return application;
    }

    public List<ApplicationStep> history(long applicationId, AuthenticatedUser user) {
        application(applicationId, user);
        return store.history(applicationId);
    }

    // ---- called by the engine's listeners (lks.process), inside the engine step's transaction ----

    @Transactional
    public void recordStatus(long applicationId, RegistrationStatus to, String actor, String reasonCode,
                             String reason) {
        Application application = store.findApplication(applicationId).orElseThrow();
        boolean decision = to == RegistrationStatus.DITOLAK || to == RegistrationStatus.PERLU_PERBAIKAN;
        LocalDateTime now = LocalDateTime.now(clock);
        if (!store.moveStatus(applicationId, application.status(), to, decision ? reasonCode : null,
                decision ? reason : null, to == RegistrationStatus.DITOLAK ? now : null)) {
            throw new BusinessException("lks.error.diubah-bersamaan");
        }
        PositionType position = positionFor(to);
        store.addStep(applicationId, now, actor, position == null ? null : position.name(), "STATUS", application.status(), to,
                decision ? reasonCode : null, reason);
    }

    /** Accepted: registration number and expiry on the organisation; returns the last valid day. */
    @Transactional
    public LocalDate register(long applicationId, String actor, String note) {
        Application application = store.findApplication(applicationId).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate validUntil = now.toLocalDate().plus(registry.settings().registrationValidity()).minusDays(1);
        String number = "LKS-3375-" + application.number().substring(3);
        if (!store.moveStatus(applicationId, application.status(), RegistrationStatus.TERDAFTAR, null, null, now)) {
            throw new BusinessException("lks.error.diubah-bersamaan");
        }
        store.register(application.organisationId(), number, validUntil);
        store.addStep(applicationId, now, actor, PositionType.DINSOS_VERIFIKATOR.name(), "STATUS",
                application.status(), RegistrationStatus.TERDAFTAR, null, note);
        return validUntil;
    }

    public LocalDate renewalReminderDate(LocalDate validUntil) {
        return validUntil.minus(registry.settings().renewalReminderBefore());
    }

    @Transactional
    public void remindVerifiers(long applicationId) {
        Application application = note(applicationId, "PENGINGAT", null);
        events.publishEvent(new LksNotice("lks.notifikasi.pengingat", List.of(application.number(),
                application.organisationName()), Set.of(PendaftaranLksProcess.GROUP_DINSOS), "tugas"));
    }

    @Transactional
    public void escalate(long applicationId) {
        Application application = note(applicationId, "ESKALASI", null);
        events.publishEvent(new LksNotice("lks.notifikasi.eskalasi", List.of(application.number(),
                application.organisationName()), registry.settings().escalationGroups(), "tugas"));
    }

    /** Reminds the officers to renew, unless the organisation has already been registered again since. */
    @Transactional
    public void remindRenewal(long applicationId, LocalDate validUntil) {
        Application application = store.findApplication(applicationId).orElseThrow();
        Organisation organisation = store.find(application.organisationId()).orElseThrow();
        if (!validUntil.equals(organisation.registrationValidUntil())) {
            return;
        }
        note(applicationId, "PENGINGAT_PERPANJANGAN", validUntil.toString());
        events.publishEvent(new LksNotice("lks.notifikasi.perpanjangan", List.of(organisation.name(),
                validUntil.toString()), Set.of(PositionType.PENGURUS_LKS.groupId(null, organisation.code()),
                PendaftaranLksProcess.GROUP_DINSOS), "lks/saya"));
    }

    /**
     * The registration's validity has passed: the application becomes KEDALUWARSA, and so does the organisation
     * unless it has been registered again since; recorded as done by "sistem".
     */
    @Transactional
    public void expire(long applicationId, LocalDate validUntil) {
        recordStatus(applicationId, RegistrationStatus.KEDALUWARSA, SYSTEM, null, validUntil.toString());
        Application application = store.findApplication(applicationId).orElseThrow();
        expireRegistration(application.organisationId(), validUntil);
    }

    /**
     * The registry side of an expiry: the organisation registered until {@code validUntil} becomes KEDALUWARSA
     * (unless registered again since), with a "sistem" line in its history. The demo's lapsed organisation takes
     * this path too.
     */
    @Transactional
    public void expireRegistration(long organisationId, LocalDate validUntil) {
        if (store.expireRegistration(organisationId, validUntil)) {
            store.addOrganisationHistory(organisationId, LocalDateTime.now(clock), SYSTEM,
                    "TANDA_DAFTAR_KEDALUWARSA", validUntil.toString(), null);
        }
    }

    private Application note(long applicationId, String event, String reason) {
        Application application = store.findApplication(applicationId).orElseThrow();
        store.addStep(applicationId, LocalDateTime.now(clock), SYSTEM, null, event, application.status(),
                application.status(), null, reason);
        return application;
    }

    private static PositionType positionFor(RegistrationStatus to) {
        if (to == RegistrationStatus.KEDALUWARSA) {
            return null;
        }
        return to == RegistrationStatus.DIAJUKAN || to == RegistrationStatus.DIAJUKAN_ULANG
                ? PositionType.PENGURUS_LKS : PositionType.DINSOS_VERIFIKATOR;
    }

}
