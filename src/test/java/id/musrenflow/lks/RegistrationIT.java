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
import id.musrenflow.workflow.FormRejected;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Registration of an LKS end to end on PostgreSQL, through the services and the shared task inbox. */
class RegistrationIT extends PostgresIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    private LksService registry;
    @Autowired
    private RegistrationService registrations;
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

    private record Fixture(Organisation organisation, AuthenticatedUser officer) {
    }

    /** A fresh organisation (not yet registered) with its own officer, so the test can be re-run on one database. */
    private Fixture organisationWithOfficer(String name) {
        String code = unique("LKS-UJI").replace('.', '-').toUpperCase();
        long id = store.insertOrganisation(code, name, LegalForm.YAYASAN, "Jl. Uji No. 1", "33.75.01.1002",
                ServiceField.ANAK, false);
        String username = unique("pengurus");
        var account = identity.createUser(new NewUser(username, "Pengurus " + name, username + "@uji.id", null,
                "rahasia-uji-123"), "uji");
        identity.addPosition(account.id(), new NewPosition(PositionType.PENGURUS_LKS, null, code,
                PositionStatus.DEFINITIF, identity.today().minusDays(1), null, null), "uji");
        return new Fixture(store.find(id).orElseThrow(), users.loadUserByUsername(username));
    }

    private void uploadRequired(Fixture fixture) {
        Arrays.stream(DocumentType.values()).filter(DocumentType::required).forEach(type ->
                registry.upload(fixture.organisation().id(), type, type.name().toLowerCase() + ".pdf", PDF,
                        fixture.officer()));
    }

    private InboxTask taskOf(AuthenticatedUser user, String number) {
        return inbox.inbox(user).stream().filter(t -> number.equals(t.businessKey())).findFirst().orElseThrow();
    }

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    @Test
    void an_application_returned_once_is_registered_with_number_expiry_and_full_history() {
        Fixture lks = organisationWithOfficer("Panti Asuhan Uji Lengkap");
        Fixture other = organisationWithOfficer("Yayasan Lain");
        uploadRequired(lks);
        AuthenticatedUser dinsos = user("dinsos");

        Application application = registrations.submit(lks.organisation().id(), lks.officer());
        assertThat(application.number()).matches("TD-\\d{4}-\\d{4}");
        assertThat(application.status()).isEqualTo(RegistrationStatus.DIAJUKAN);
        InboxTask verification = taskOf(dinsos, application.number());
        assertThat(verification.formRef()).isEqualTo("form-verifikasi-lks");
        assertThat(verification.due()).isAfter(inbox.now().plusDays(14));

        // an officer of another organisation neither sees nor acts on it
        assertThat(inbox.inbox(other.officer())).noneMatch(t -> application.number().equals(t.businessKey()));
        assertThatThrownBy(() -> inbox.task(verification.id(), other.officer()))
                .extracting("messageKey").isEqualTo("tugas.error.bukan-untuk-anda");
        assertThatThrownBy(() -> registrations.history(application.id(), other.officer()))
                .extracting("messageKey").isEqualTo("lks.error.bukan-lembaga-anda");
        assertThatThrownBy(() -> registrations.applications(lks.organisation().id(), other.officer()))
                .extracting("messageKey").isEqualTo("lks.error.bukan-lembaga-anda");
        assertThatThrownBy(() -> registry.upload(lks.organisation().id(), DocumentType.NPWP, "npwp.pdf", PDF,
                other.officer())).extracting("messageKey").isEqualTo("lks.error.bukan-lembaga-anda");

        // a return needs a reason code and a reason
        assertThatThrownBy(() -> inbox.complete(verification.id(), dinsos, Map.of("keputusan", "TIDAK_LENGKAP"),
                Map.of())).isInstanceOf(FormRejected.class);
        inbox.complete(verification.id(), dinsos, Map.of("keputusan", "TIDAK_LENGKAP",
                "kodeAlasan", "DOKUMEN_TIDAK_SAH", "alasan", "Scan NPWP tidak terbaca, unggah ulang"), Map.of());
        assertThat(registrations.application(application.id(), lks.officer()).status())
                .isEqualTo(RegistrationStatus.PERLU_PERBAIKAN);
        assertThatThrownBy(() -> registrations.resubmit(application.id(), "Bukan lembaga saya", other.officer()))
                .extracting("messageKey").isEqualTo("lks.error.bukan-lembaga-anda");

        registry.upload(lks.organisation().id(), DocumentType.NPWP, "npwp-baru.pdf", PDF, lks.officer());
        registrations.resubmit(application.id(), "NPWP diunggah ulang dengan scan yang jelas", lks.officer());
        inbox.complete(taskOf(dinsos, application.number()).id(), dinsos, Map.of("keputusan", "LENGKAP_TERIMA"),
                Map.of());

        Organisation registered = registry.organisation(lks.organisation().id(), lks.officer());
        LocalDate today = LocalDate.now(clock);
        assertThat(registered.status()).isEqualTo(OrganisationStatus.TERDAFTAR);
        assertThat(registered.registrationNumber()).isEqualTo("LKS-3375-" + application.number().substring(3));
        assertThat(registered.registrationValidUntil()).isEqualTo(today.plusYears(5).minusDays(1));
        Application decided = registrations.application(application.id(), lks.officer());
        assertThat(decided.status()).isEqualTo(RegistrationStatus.TERDAFTAR);
        assertThat(decided.decidedAt()).isNotNull();
        assertThat(registrations.history(application.id(), lks.officer()))
                .extracting(ApplicationStep::to, ApplicationStep::actor, ApplicationStep::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RegistrationStatus.DIAJUKAN, lks.officer().username(), "PENGURUS_LKS"),
                        org.assertj.core.groups.Tuple.tuple(RegistrationStatus.PERLU_PERBAIKAN, "dinsos", "DINSOS_VERIFIKATOR"),
                        org.assertj.core.groups.Tuple.tuple(RegistrationStatus.DIAJUKAN_ULANG, lks.officer().username(), "PENGURUS_LKS"),
                        org.assertj.core.groups.Tuple.tuple(RegistrationStatus.TERDAFTAR, "dinsos", "DINSOS_VERIFIKATOR"));
        assertThat(registrations.history(application.id(), lks.officer()).get(1).reasonCode())
                .isEqualTo("DOKUMEN_TIDAK_SAH");
        assertThat(registry.publicRegistry()).anyMatch(p -> p.code().equals(registered.code())
                && registered.registrationNumber().equals(p.registrationNumber()));
        // a renewal is not due yet
        assertThatThrownBy(() -> registrations.submit(lks.organisation().id(), lks.officer()))
                .extracting("messageKey").isEqualTo("lks.permohonan.error.masih-berlaku");

        // the renewal reminder, then the expiry: the clock moved past the last valid day, the engine timer fires
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(application.number())
                .singleResult().getId();
        java.time.Duration pastExpiry = java.time.Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(today,
                registered.registrationValidUntil()) + 1);
        management.executeJob(management.createJobQuery().processInstanceId(instance)
                .activityId("Event_TungguPengingatPerpanjangan").singleResult().getId());
        var expiry = management.createJobQuery().processInstanceId(instance).activityId("Event_TandaDaftarBerakhir")
                .singleResult();
        assertThat(expiry.getDuedate()).isEqualTo(java.util.Date.from(registered.registrationValidUntil()
                .plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Jakarta")).toInstant()));
        clock.advance(pastExpiry);
        try {
            management.executeJob(expiry.getId());
            assertThat(registry.organisation(lks.organisation().id(), lks.officer()).status())
                    .isEqualTo(OrganisationStatus.KEDALUWARSA);
            assertThat(registrations.application(application.id(), lks.officer()).status())
                    .isEqualTo(RegistrationStatus.KEDALUWARSA);
            assertThat(registrations.history(application.id(), lks.officer())).last()
                    .extracting(ApplicationStep::to, ApplicationStep::actor)
                    .containsExactly(RegistrationStatus.KEDALUWARSA, "sistem");
            assertThat(store.organisationHistory(lks.organisation().id())).last()
                    .extracting(OrganisationChange::event, OrganisationChange::actor)
                    .containsExactly("TANDA_DAFTAR_KEDALUWARSA", "sistem");
            assertThat(registry.publicRegistry()).noneMatch(p -> p.code().equals(registered.code()));
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        } finally {
            clock.advance(pastExpiry.negated());
        }
    }

    @Test
    void a_rejected_application_keeps_its_reason_and_the_organisation_stays_unregistered() {
        Fixture lks = organisationWithOfficer("Yayasan Ditolak");
        uploadRequired(lks);
        Application application = registrations.submit(lks.organisation().id(), lks.officer());
        assertThatThrownBy(() -> registrations.submit(lks.organisation().id(), lks.officer()))
                .extracting("messageKey").isEqualTo("lks.permohonan.error.masih-berjalan");

        inbox.complete(taskOf(user("dinsos"), application.number()).id(), user("dinsos"), Map.of("keputusan", "TOLAK",
                "kodeAlasan", "BUKAN_LKS", "alasan", "Lembaga ini usaha dagang, bukan LKS"), Map.of());

        Application rejected = registrations.application(application.id(), lks.officer());
        assertThat(rejected.status()).isEqualTo(RegistrationStatus.DITOLAK);
        assertThat(rejected.reasonCode()).isEqualTo("BUKAN_LKS");
        assertThat(rejected.reason()).isEqualTo("Lembaga ini usaha dagang, bukan LKS");
        assertThat(registry.organisation(lks.organisation().id(), lks.officer()).registrationNumber()).isNull();
    }

    @Test
    void files_of_the_wrong_type_or_too_large_are_refused_and_nothing_is_stored() {
        Fixture lks = organisationWithOfficer("Yayasan Berkas");
        long id = lks.organisation().id();

        assertThatThrownBy(() -> registry.upload(id, DocumentType.AKTA_PENDIRIAN, "akta.pdf",
                "MZ\u0090 ini program".getBytes(StandardCharsets.ISO_8859_1), lks.officer()))
                .extracting("messageKey").isEqualTo("lks.dokumen.error.jenis");
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThatThrownBy(() -> registry.upload(id, DocumentType.AKTA_PENDIRIAN, "akta.pdf", huge, lks.officer()))
                .extracting("messageKey").isEqualTo("lks.dokumen.error.terlalu-besar");
        assertThat(registry.checklist(id, lks.officer())).isEmpty();
        assertThatThrownBy(() -> registrations.submit(id, lks.officer()))
                .extracting("messageKey").isEqualTo("lks.permohonan.error.dokumen-kurang");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        LksDocument stored = registry.upload(id, DocumentType.AKTA_PENDIRIAN, "akta.png", png, lks.officer());
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(registry.documentContent(id, stored.id(), user("dinsos"))).contains(png);
    }

    @Test
    void an_overdue_verification_is_escalated_on_record_and_its_positions_are_told() {
        Fixture lks = organisationWithOfficer("Yayasan Terlambat");
        uploadRequired(lks);
        Application application = registrations.submit(lks.organisation().id(), lks.officer());
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(application.number())
                .singleResult().getId();

        for (String timer : new String[] {"Event_PengingatVerifikasi", "Event_BatasVerifikasiLewat"}) {
            management.executeJob(management.createJobQuery().processInstanceId(instance).activityId(timer)
                    .singleResult().getId());
        }

        assertThat(registrations.history(application.id(), lks.officer()))
                .extracting(ApplicationStep::event, ApplicationStep::actor, ApplicationStep::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("STATUS", lks.officer().username(), RegistrationStatus.DIAJUKAN),
                        org.assertj.core.groups.Tuple.tuple("PENGINGAT", "sistem", RegistrationStatus.DIAJUKAN),
                        org.assertj.core.groups.Tuple.tuple("ESKALASI", "sistem", RegistrationStatus.DIAJUKAN));
        assertThat(notifications.latest(user("pemantau"), 50)).anyMatch(n -> "lks.notifikasi.eskalasi".equals(n.messageKey())
                && n.arguments().get(0).text().equals(application.number()));
        assertThat(notifications.latest(user("dinsos"), 50)).anyMatch(n -> "lks.notifikasi.pengingat".equals(n.messageKey())
                && n.arguments().get(0).text().equals(application.number()));
        // the task is still there to decide
        assertThat(taskOf(user("dinsos"), application.number()).formRef()).isEqualTo("form-verifikasi-lks");
    }
}
