package id.musrenflow.lks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.MutableClock;
import id.musrenflow.PostgresIT;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.lks.internal.LksStore;
import id.musrenflow.lks.process.AkreditasiLksProcess;
import id.musrenflow.workflow.FormRejected;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.forms.Option;
import id.musrenflow.workflow.TaskInboxService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Accreditation end to end on PostgreSQL through the services and the task inbox, with the assessor rule, the
 * site-visit schedule (dates in the wrong order refused) and the structured self-assessment.
 */
class AccreditationIT extends PostgresIT {

    /** Where the shared test clock stood before the test: a test that moves it forward puts it back. */
    private java.time.Instant startedAt;

    @org.junit.jupiter.api.BeforeEach
    void rememberTheClock() {
        startedAt = clock.instant();
    }

    @org.junit.jupiter.api.AfterEach
    void backToTheStart() {
        clock.jumpTo(startedAt);
    }


    @Autowired
    private AccreditationService accreditations;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private LksStore store;
    @Autowired
    private UserService identity;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private MutableClock clock;
    @Autowired
    private org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    private org.camunda.bpm.engine.ManagementService management;
    @Autowired
    private id.musrenflow.notification.NotificationService notifications;
    @Autowired
    private SelfAssessmentService selfAssessments;

    private record Fixture(Organisation organisation, AuthenticatedUser officer) {
    }

    /** A fresh registered organisation with its own officer account and an officer listed by name. */
    private Fixture registeredOrganisation(String name, String listedOfficer) {
        return registeredOrganisation(name, listedOfficer, true);
    }

    private Fixture registeredOrganisation(String name, String listedOfficer, boolean selfAssessment) {
        String code = unique("LKS-AK").replace('.', '-').toUpperCase();
        long id = store.insertOrganisation(code, name, LegalForm.YAYASAN, "Jl. Uji No. 2", "33.75.01.1002",
                ServiceField.ANAK, true);
        store.register(id, unique("LKS-3375-UJI"), LocalDate.now(clock).plusYears(2));
        store.addOfficer(id, listedOfficer, "Bendahara", "3375011203800001", LocalDate.now(clock).minusYears(1),
                null);
        String username = unique("pengurus");
        var account = identity.createUser(new NewUser(username, "Pengurus " + name, username + "@uji.id", null,
                "rahasia-uji-123"), "uji");
        identity.addPosition(account.id(), position(PositionType.PENGURUS_LKS, code), "uji");
        AuthenticatedUser officer = users.loadUserByUsername(username);
        if (selfAssessment) {
            Map<AccreditationComponent, Number> own = new java.util.EnumMap<>(AccreditationComponent.class);
            Map<AccreditationComponent, String> evidence = new java.util.EnumMap<>(AccreditationComponent.class);
            for (AccreditationComponent component : AccreditationComponent.values()) {
                own.put(component, 90);
                evidence.put(component, "Bukti " + component.name() + " di arsip lembaga");
            }
            selfAssessments.save(id, own, evidence, officer);
        }
        return new Fixture(store.find(id).orElseThrow(), officer);
    }

    private NewPosition position(PositionType type, String organisationCode) {
        return new NewPosition(type, null, organisationCode, PositionStatus.DEFINITIF, identity.today().minusDays(1),
                null, null);
    }

    private String assessor(String fullName, String alsoOfficerOf) {
        String username = unique("asesor");
        var account = identity.createUser(new NewUser(username, fullName, username + "@uji.id", null,
                "rahasia-uji-123"), "uji");
        identity.addPosition(account.id(), position(PositionType.ASESOR, null), "uji");
        if (alsoOfficerOf != null) {
            identity.addPosition(account.id(), position(PositionType.PENGURUS_LKS, alsoOfficerOf), "uji");
        }
        return username;
    }

    private InboxTask taskOf(AuthenticatedUser user, String number) {
        return inbox.inbox(user).stream().filter(t -> number.equals(t.businessKey())).findFirst().orElseThrow();
    }

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    @Test
    void an_assessor_linked_to_the_organisation_is_refused_and_an_unrelated_one_grades_it_to_expiry() {
        Fixture lks = registeredOrganisation("Panti Werdha Uji Akreditasi", "Siti Rahmawati");
        Fixture other = registeredOrganisation("Yayasan Lain Akreditasi", "Ahmad Lain");
        String officerAssessor = assessor("Asesor Rangkap", lks.organisation().code());
        String namesakeAssessor = assessor("  siti   RAHMAWATI ", null);
        String independent = assessor("Dr. Asesor Independen", other.organisation().code() + "-X");
        AuthenticatedUser balks = user("balks");

        assertThatThrownBy(() -> accreditations.apply(lks.organisation().id(), "400/12/Dinsos", "05/LKKS",
                other.officer())).extracting("messageKey").isEqualTo("lks.error.bukan-lembaga-anda");
        AccreditationApplication application = accreditations.apply(lks.organisation().id(), "400/12/Dinsos",
                "05/LKKS/2027", lks.officer());
        assertThat(application.number()).matches("AK-\\d{4}-\\d{4}");
        assertThatThrownBy(() -> accreditations.apply(lks.organisation().id(), "1", "2", lks.officer()))
                .extracting("messageKey").isEqualTo("lks.akreditasi.error.masih-berjalan");

        inbox.complete(taskOf(user("lkks"), application.number()).id(), user("lkks"),
                Map.of("keputusan", "LANJUT"), Map.of());
        inbox.complete(taskOf(balks, application.number()).id(), balks, Map.of("keputusan", "LANJUT"), Map.of());
        InboxTask assignment = taskOf(balks, application.number());
        assertThat(assignment.formRef()).isEqualTo("form-penugasan-asesor");

        // an officer of the organisation (position) and a listed officer (same name) are refused; nothing saved
        Map<String, java.util.List<Option>> picker = Map.of(AkreditasiLksProcess.OPTIONS_ASESOR,
                accreditations.assessors().stream().map(u -> new Option(u.username(), u.fullName())).toList());
        assertThatThrownBy(() -> inbox.complete(assignment.id(), balks, Map.of("asesor", officerAssessor), picker))
                .extracting("messageKey").isEqualTo("lks.akreditasi.error.asesor-terkait");
        assertThatThrownBy(() -> inbox.complete(assignment.id(), balks, Map.of("asesor", namesakeAssessor), picker))
                .extracting("messageKey").isEqualTo("lks.akreditasi.error.asesor-terkait");
        // someone without the ASESOR position is not among the choices at all
        assertThatThrownBy(() -> inbox.complete(assignment.id(), balks,
                Map.of("asesor", lks.officer().username()), picker)).isInstanceOf(FormRejected.class);
        assertThat(accreditations.application(application.id(), lks.officer()).assessor()).isNull();
        assertThat(taskOf(balks, application.number()).id()).isEqualTo(assignment.id());

        // the picker offers today's assessors, linked ones included: the rule refuses them with its reason
        assertThat(accreditations.assessors()).extracting(u -> u.username())
                .contains(independent, officerAssessor, namesakeAssessor).doesNotContain(lks.officer().username());
        // the self-assessment is frozen while the application is judged
        assertThatThrownBy(() -> selfAssessments.save(lks.organisation().id(), Map.of(), Map.of(), lks.officer()))
                .extracting("messageKey").isEqualTo("lks.mandiri.error.sedang-dinilai");

        inbox.complete(assignment.id(), balks, Map.of("asesor", independent), picker);
        AuthenticatedUser assessor = user(independent);
        InboxTask scheduling = taskOf(assessor, application.number());
        assertThat(scheduling.formRef()).isEqualTo("form-jadwal-kunjungan");
        assertThat(inbox.inbox(user("asesor"))).noneMatch(t -> application.number().equals(t.businessKey()));

        // dates in the wrong order: before today, before the application date; nothing is saved
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> inbox.complete(scheduling.id(), assessor,
                Map.of("jadwalKunjungan", today.minusDays(1) + "T09:00"), Map.of()))
                .extracting("messageKey").isEqualTo("lks.akreditasi.error.jadwal-lampau");
        clock.advance(java.time.Duration.ofDays(-3));
        try {
            assertThatThrownBy(() -> inbox.complete(scheduling.id(), assessor,
                    Map.of("jadwalKunjungan", today.minusDays(2) + "T09:00"), Map.of()))
                    .extracting("messageKey").isEqualTo("lks.akreditasi.error.jadwal-sebelum-pengajuan");
        } finally {
            clock.advance(java.time.Duration.ofDays(3));
        }
        assertThat(accreditations.visitSchedule(application.id(), lks.officer())).isEmpty();
        LocalDate visitDay = today.plusDays(3);
        inbox.complete(scheduling.id(), assessor, Map.of("jadwalKunjungan", visitDay + "T09:30"), Map.of());
        assertThat(accreditations.visitSchedule(application.id(), lks.officer()))
                .contains(visitDay.atTime(9, 30));
        assertThat(notifications.latest(lks.officer(), 50)).anyMatch(n -> "lks.notifikasi.visitasi-dijadwalkan"
                .equals(n.messageKey()) && n.arguments().get(0).text().equals(application.number()));
        InboxTask visit = taskOf(assessor, application.number());
        assertThat(visit.formRef()).isEqualTo("form-kunjungan-akreditasi");

        Map<String, Object> scores = new HashMap<>();
        scores.put("laporanKunjungan", "Asrama bersih, catatan kasus lengkap, pengasuh cukup");
        scores.put("nilaiProgram", 95);
        scores.put("nilaiSdm", 92);
        scores.put("nilaiManajemen", 90);
        scores.put("nilaiSarpras", 88);
        scores.put("nilaiHasilLayanan", 96);
        // a visit report is written after the visit: not dated in the future
        scores.put("tanggalKunjungan", visitDay.toString());
        assertThatThrownBy(() -> inbox.complete(visit.id(), assessor, scores, Map.of()))
                .isInstanceOfSatisfying(id.musrenflow.workflow.FormRejected.class, refused -> assertThat(
                        refused.errors()).extracting(e -> e.fieldKey() + " " + e.messageKey())
                        .containsExactly("tanggalKunjungan " + id.musrenflow.workflow.forms.FieldError.DATE_IN_FUTURE));
        // the visit day comes (the clock goes back after the test, see backToTheStart)
        clock.advance(java.time.Duration.ofDays(3));
        // the report cannot date the visit before the day it was scheduled for
        scores.put("tanggalKunjungan", visitDay.minusDays(1).toString());
        assertThatThrownBy(() -> inbox.complete(visit.id(), assessor, scores, Map.of()))
                .extracting("messageKey").isEqualTo("lks.akreditasi.error.laporan-sebelum-jadwal");
        scores.put("tanggalKunjungan", visitDay.toString());
        inbox.complete(visit.id(), assessor, scores, Map.of());
        AccreditationApplication graded = accreditations.application(application.id(), lks.officer());
        assertThat(graded.totalScore()).isEqualByComparingTo("92.55");
        assertThat(graded.grade()).isEqualTo(AccreditationGrade.A);

        inbox.complete(taskOf(balks, application.number()).id(), balks, Map.of("keputusan", "SETUJU"), Map.of());
        Organisation accredited = store.find(lks.organisation().id()).orElseThrow();
        assertThat(accredited.accreditation()).isEqualTo(AccreditationGrade.A);
        assertThat(accredited.accreditationValidUntil()).isEqualTo(LocalDate.now(clock).plusYears(5).minusDays(1));

        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(application.number())
                .singleResult().getId();
        LocalDate validUntil = accredited.accreditationValidUntil();
        java.time.ZoneId jakarta = java.time.ZoneId.of("Asia/Jakarta");
        assertThat(management.createJobQuery().processInstanceId(instance)
                .activityId("Event_TungguPengingatAkreditasiUlang").singleResult().getDuedate())
                .isEqualTo(java.util.Date.from(validUntil.minusMonths(6).atStartOfDay(jakarta).toInstant()));
        for (String timer : new String[] {"Event_TungguPengingatAkreditasiUlang", "Event_AkreditasiBerakhir"}) {
            management.executeJob(management.createJobQuery().processInstanceId(instance).activityId(timer)
                    .singleResult().getId());
        }
        assertThat(accreditations.application(application.id(), lks.officer()).status())
                .isEqualTo(AccreditationStatus.KEDALUWARSA);
        assertThat(notifications.latest(lks.officer(), 50)).anyMatch(n -> "lks.notifikasi.akreditasi-ulang"
                .equals(n.messageKey()) && n.arguments().get(1).text().equals(validUntil.toString()));
        assertThat(notifications.latest(other.officer(), 50)).noneMatch(n -> "lks.notifikasi.akreditasi-ulang"
                .equals(n.messageKey()) && n.arguments().get(0).text().equals(lks.organisation().name()));
        assertThat(accreditations.history(application.id(), lks.officer())).extracting(s -> s.event() + " " + s.from()
                + "→" + s.to() + " " + s.actor()).containsExactly(
                "STATUS null→DIAJUKAN " + lks.officer().username(),
                "STATUS DIAJUKAN→TELAAH_DOKUMEN lkks",
                "STATUS TELAAH_DOKUMEN→PENUGASAN_ASESOR balks",
                "STATUS PENUGASAN_ASESOR→ASESOR_DITUGASKAN balks",
                "STATUS ASESOR_DITUGASKAN→VISITASI_DIJADWALKAN " + independent,
                "STATUS VISITASI_DIJADWALKAN→DINILAI " + independent,
                "STATUS DINILAI→TERAKREDITASI balks",
                "PENGINGAT_AKREDITASI_ULANG TERAKREDITASI→TERAKREDITASI sistem",
                "STATUS TERAKREDITASI→KEDALUWARSA sistem");
    }

    @Test
    void an_organisation_without_the_lkks_recommendation_is_not_eligible() {
        Fixture lks = registeredOrganisation("Yayasan Tanpa Rekomendasi", "Budi Santoso");
        Fixture other = registeredOrganisation("Yayasan Tetangga", "Dewi Lestari");
        AccreditationApplication application = accreditations.apply(lks.organisation().id(), "400/12/Dinsos", " ",
                lks.officer());

        AccreditationApplication after = accreditations.application(application.id(), lks.officer());
        assertThat(accreditations.history(application.id(), lks.officer())).last()
                .extracting(AccreditationStep::reasonCode).isEqualTo("TANPA_REKOMENDASI_LKKS");
        assertThatThrownBy(() -> accreditations.history(application.id(), other.officer()))
                .extracting("messageKey").isEqualTo("lks.error.bukan-lembaga-anda");
        assertThat(after.status()).isEqualTo(AccreditationStatus.TIDAK_MEMENUHI_SYARAT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(application.number()).count())
                .isZero();
    }

    @Test
    void an_organisation_without_the_self_assessment_instrument_is_not_eligible() {
        Fixture lks = registeredOrganisation("Yayasan Tanpa Instrumen", "Rina Wati", false);
        AccreditationApplication application = accreditations.apply(lks.organisation().id(), "400/13/Dinsos",
                "06/LKKS/2027", lks.officer());

        assertThat(accreditations.application(application.id(), lks.officer()).status())
                .isEqualTo(AccreditationStatus.TIDAK_MEMENUHI_SYARAT);
        assertThat(accreditations.history(application.id(), lks.officer())).last()
                .extracting(AccreditationStep::reasonCode).isEqualTo("TANPA_INSTRUMEN_MANDIRI");
    }
}
