package id.musrenflow.lks;

import id.musrenflow.base.BusinessException;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.lks.internal.AccreditationStore;
import id.musrenflow.lks.internal.AssessorConflict;
import id.musrenflow.lks.internal.LksAccess;
import id.musrenflow.lks.internal.LksStore;
import id.musrenflow.lks.internal.SelfAssessmentStore;
import id.musrenflow.identity.UserAccount;
import id.musrenflow.lks.process.AkreditasiLksClient;
import id.musrenflow.lks.process.AkreditasiLksProcess;
import id.musrenflow.lks.process.PeringkatAkreditasi;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accreditation applications (akreditasi-lks.bpmn): the officer applies with the Dinas Sosial and LKKS
 * recommendation letters; LKKS pre-screens, BALKS reviews, assigns an assessor (never one linked to the
 * organisation), the assessor scores, the DMN grades and BALKS decides. The engine's listeners record every step
 * here, in the step's own transaction.
 */
@Service
@Transactional(readOnly = true)
public class AccreditationService {

    static final String SYSTEM = "sistem";
    private static final int MAX_LETTER = 100;

    private final AccreditationStore store;
    private final LksStore registry;
    private final SelfAssessmentStore selfAssessments;
    private final UserService users;
    private final AkreditasiLksClient process;
    private final PeringkatAkreditasi grades;
    private final AccreditationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccreditationService(AccreditationStore store, LksStore registry, SelfAssessmentStore selfAssessments,
                         UserService users, AkreditasiLksClient process, PeringkatAkreditasi grades,
                         AccreditationSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.selfAssessments = selfAssessments;
        this.users = users;
        this.process = process;
        this.grades = grades;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** The officer applies; eligibility is checked by the process's first step and recorded there. */
    @Transactional
    public AccreditationApplication apply(long organisationId, String dinsosLetter, String lkksLetter,
                                          AuthenticatedUser user) {
        Organisation organisation = registry.find(organisationId)
                .orElseThrow(() -> new BusinessException("lks.error.bukan-lembaga-anda"));
        LksAccess.checkOfficer(user, organisation.code());
        if (store.ofOrganisation(organisationId).stream().anyMatch(a -> a.status().open())) {
            throw new BusinessException("lks.akreditasi.error.masih-berjalan");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String number = store.nextNumber(now.getYear());
        long id = store.insert(number, organisationId, user.username(), now, letter(dinsosLetter),
                letter(lkksLetter));
        store.addStep(id, now, user.username(), "STATUS", null, AccreditationStatus.DIAJUKAN, null, null);
        AccreditationApplication application = store.find(id).orElseThrow();
        process.start(application, user.username());
        return application;
    }

    public List<AccreditationApplication> applications(long organisationId, AuthenticatedUser user) {
        Organisation organisation = registry.find(organisationId)
                .orElseThrow(() -> new BusinessException("lks.error.bukan-lembaga-anda"));
        LksAccess.checkRead(user, organisation.code());
        return store.ofOrganisation(organisationId);
    }

    // ---- called by the engine's listeners (lks.process), inside the engine step's transaction ----

    /**
     * Null when eligible, else the reason code: registration not valid today, a recommendation letter missing, or
     * the structured self-assessment instrument not filled for every component (an uploaded instrument document is
     * optional supporting evidence).
     */
    public String ineligibility(long id) {
        AccreditationApplication application = store.find(id).orElseThrow();
        Organisation organisation = registry.find(application.organisationId()).orElseThrow();
        if (!organisation.registeredOn(LocalDate.now(clock))) {
            return "TANDA_DAFTAR_TIDAK_BERLAKU";
        }
        if (application.dinsosRecommendation() == null) {
            return "TANPA_REKOMENDASI_DINSOS";
        }
        if (application.lkksRecommendation() == null) {
            return "TANPA_REKOMENDASI_LKKS";
        }
        if (selfAssessments.of(organisation.id()).size() < AccreditationComponent.values().length) {
            return "TANPA_INSTRUMEN_MANDIRI";
        }
        return null;
    }

    @Transactional
    public void recordStatus(long id, AccreditationStatus to, String actor, String reasonCode, String reason) {
        AccreditationApplication application = store.find(id).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        boolean decided = !to.open();
        if (!store.moveStatus(id, application.status(), to, reasonCode, reason, decided ? now : null)) {
            throw new BusinessException("lks.error.diubah-bersamaan");
        }
        store.addStep(id, now, actor, "STATUS", application.status(), to, reasonCode, reason);
    }

    /**
     * BALKS assigns the assessor: refused (nothing saved) when the user is unknown, not an active assessor, or
     * linked to the organisation (holds a position there or is one of its officers).
     */
    @Transactional
    public void assignAssessor(long id, String assessor, String actor) {
        AccreditationApplication application = store.find(id).orElseThrow();
        Organisation organisation = registry.find(application.organisationId()).orElseThrow();
        String username = assessor == null ? "" : assessor.strip();
        String refusal = AssessorConflict.refusal(users.findUser(username).orElse(null), organisation,
                registry.officers(organisation.id()), LocalDate.now(clock));
        if (refusal != null) {
            throw new BusinessException(refusal, username);
        }
        store.setAssessor(id, username);
        recordStatus(id, AccreditationStatus.ASESOR_DITUGASKAN, actor, null, username);
    }

    /**
     * Scores on 0–100 are weighted and graded by peringkat-akreditasi.dmn; out-of-scale scores and a visit reported
     * before the day it was scheduled for are refused.
     */
    @Transactional
    public PeringkatAkreditasi.Result grade(long id, Map<AccreditationComponent, ? extends Number> scores,
                                            LocalDate visit, String report, String actor) {
        java.util.Optional<LocalDateTime> scheduled = store.visitSchedule(id);
        if (visit != null && scheduled.isPresent() && visit.isBefore(scheduled.get().toLocalDate())) {
            throw new BusinessException("lks.akreditasi.error.laporan-sebelum-jadwal",
                    IndonesianDates.shortDate(visit), IndonesianDates.shortDate(scheduled.get().toLocalDate()));
        }
        AccreditationScore score = AccreditationScore.of(scores, settings.weights());
        PeringkatAkreditasi.Result result = grades.evaluate(score);
        store.setScores(id, visit, report, score.scores(), settings.weights(), score.total(), result.grade());
        recordStatus(id, AccreditationStatus.DINILAI, actor, null, score.total().toPlainString() + " → "
                + result.grade());
        return result;
    }

    /**
     * BALKS approved: grade and last valid day on the organisation, and (for grades A/B/C) the certificate number,
     * all in the approval step's transaction; returns the last valid day.
     */
    @Transactional
    public LocalDate accredit(long id, int validityYears, String actor, String note) {
        AccreditationApplication application = store.find(id).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        LocalDate validUntil = today.plusYears(validityYears).minusDays(1);
        registry.setAccreditation(application.organisationId(), application.grade(), validUntil);
        store.setValidUntil(id, validUntil);
        if (application.grade() != null && application.grade() != AccreditationGrade.TIDAK_TERAKREDITASI) {
            store.setCertificate(id, store.nextCertificateNumber(today.getYear()), today);
        }
        recordStatus(id, AccreditationStatus.TERAKREDITASI, actor, null, note);
        return validUntil;
    }

    /** Users holding an ASESOR position today, for the assignment picker; linked ones are refused on assignment. */
    public List<UserAccount> assessors() {
        return users.holdersOf(PositionType.ASESOR);
    }

    /** When the assessor scheduled the site visit, if they have. */
    public java.util.Optional<LocalDateTime> visitSchedule(long id, AuthenticatedUser user) {
        application(id, user);
        return store.visitSchedule(id);
    }

    /** Certificate numbers of the organisation's approved accreditations, by application id. */
    public Map<Long, String> certificateNumbers(long organisationId, AuthenticatedUser user) {
        applications(organisationId, user);
        return store.certificateNumbers(organisationId);
    }

    public LocalDate reminderDate(LocalDate validUntil) {
        return validUntil.minus(settings.pengingatSebelumBerakhir());
    }

    /** Reminds the officers and LKKS to apply again, unless the organisation has been accredited again since. */
    @Transactional
    public void remindReaccreditation(long id, LocalDate validUntil) {
        AccreditationApplication application = store.find(id).orElseThrow();
        Organisation organisation = registry.find(application.organisationId()).orElseThrow();
        if (!validUntil.equals(organisation.accreditationValidUntil())) {
            return;
        }
        store.addStep(id, LocalDateTime.now(clock), SYSTEM, "PENGINGAT_AKREDITASI_ULANG", application.status(),
                application.status(), null, validUntil.toString());
        events.publishEvent(new LksNotice("lks.notifikasi.akreditasi-ulang", List.of(organisation.name(),
                validUntil.toString()), Set.of(PositionType.PENGURUS_LKS.groupId(null, organisation.code()),
                AkreditasiLksProcess.GROUP_LKKS), "lks/saya"));
    }

    /** The accreditation ended: this application becomes KEDALUWARSA (the organisation keeps its past grade). */
    @Transactional
    public void expire(long id) {
        recordStatus(id, AccreditationStatus.KEDALUWARSA, SYSTEM, null, null);
    }

    /** The application, for its own officers and the city positions that judge it. */
    public AccreditationApplication application(long id, AuthenticatedUser user) {
        AccreditationApplication application = store.find(id)
                .orElseThrow(() -> new BusinessException("lks.akreditasi.error.tidak-ditemukan"));
        LksAccess.checkRead(user, application.organisationCode());
        return application;
    }

    public List<AccreditationStep> history(long id, AuthenticatedUser user) {
        application(id, user);
        return store.history(id);
    }

    public Map<AccreditationComponent, java.math.BigDecimal> scores(long id, AuthenticatedUser user) {
        application(id, user);
        return store.scores(id);
    }

    /** The open application of an organisation, if any, for screens. */
    public java.util.Optional<AccreditationApplication> open(long organisationId, AuthenticatedUser user) {
        return applications(organisationId, user).stream().filter(a -> a.status().open()).findFirst();
    }

    private static String letter(String text) {
        String value = text == null ? "" : text.strip();
        if (value.length() > MAX_LETTER) {
            throw new BusinessException("lks.akreditasi.error.nomor-surat", MAX_LETTER);
        }
        return value.isEmpty() ? null : value;
    }
}
