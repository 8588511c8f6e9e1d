package id.musrenflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.PostgresIT;
import id.musrenflow.TestTime;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.process.UsulanMusrenbangProcess;
import id.musrenflow.workflow.FormRejected;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import id.musrenflow.workflow.UsulanFixtures;
import id.musrenflow.workflow.forms.FieldError;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * An usulan's life after the RKPD on PostgreSQL, driven through the real services and the task inbox: the final
 * OPD records budget, start and completion up to SELESAI, bad input and other OPDs are refused with Indonesian
 * messages, and an usulan left out of the RKPD is recorded as such and carried over.
 */
class ExecutionAfterRkpdIT extends PostgresIT {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final String MEDONO = "33.75.01.1002";
    private static final String BARAT = "33.75.01";

    @Autowired
    private ProposalService proposals;
    @Autowired
    private ProposalExecutionService execution;
    @Autowired
    private ForumService forums;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private MessageSource messages;

    private final LocalDate today = TestTime.startDate();

    @BeforeEach
    void forumsStartEmpty() {
        ForumAgendas.clearMedonoAndPekalonganBarat(forums);
    }

    @Test
    void the_final_opd_carries_an_usulan_from_the_rkpd_to_selesai_and_refuses_bad_input() throws IOException {
        ProposalSummary usulan = intoTheRkpd("Drainase Gang Melati pasca RKPD");
        LocalDate dpaDate = today.minusDays(20);
        LocalDate start = today.minusDays(10);

        InboxTask budget = taskOf("opd.pupr", usulan);
        assertThat(budget.definitionKey()).isEqualTo(UsulanMusrenbangProcess.TASK_CATAT_ANGGARAN);
        assertThat(budget.due()).isEqualTo(LocalDate.of(TestTime.PLANNING_YEAR, 12, 31).atTime(23, 59));
        assertThat(inbox.inbox(user("opd.dinkes"))).extracting(InboxTask::businessKey).doesNotContain(usulan.number());
        assertRefused(() -> complete("opd.dinkes", budget, budgeted("DPA-X", dpaDate, 1L)), "tugas.error.bukan-untuk-anda",
                "bukan untuk jabatan");
        Map<String, Object> withoutReference = budgeted(" ", dpaDate, 150_000_000L);
        assertThatThrownBy(() -> complete("opd.pupr", budget, withoutReference))
                .isInstanceOfSatisfying(FormRejected.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::fieldKey, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("nomorDpa", FieldError.REQUIRED)));
        assertRefused(() -> complete("opd.pupr", budget, budgeted("DPA-1", today.plusDays(1), 150_000_000L)),
                "usulan.pelaksanaan.error.tanggal-masa-depan", "belum terjadi");
        Map<String, Object> dpa = budgeted("DPA-SKPD 1.03.01.2.01.0001", dpaDate, 150_000_000L);
        dpa.put("catatan", "APBD murni");
        complete("opd.pupr", budget, dpa);
        assertThat(statusOf(usulan)).isEqualTo(ProposalStatus.DIANGGARKAN);

        InboxTask started = taskOf("opd.pupr", usulan);
        assertThat(started.definitionKey()).isEqualTo(UsulanMusrenbangProcess.TASK_CATAT_PELAKSANAAN);
        assertRefused(() -> complete("opd.pupr", started, Map.of("tanggalMulai", dpaDate.minusDays(1).toString())),
                "usulan.pelaksanaan.error.mulai-sebelum-anggaran", "tidak boleh sebelum tanggal dokumen anggaran");
        complete("opd.pupr", started, Map.of("tanggalMulai", start.toString()));
        assertThat(statusOf(usulan)).isEqualTo(ProposalStatus.DALAM_PELAKSANAAN);

        InboxTask done = taskOf("opd.pupr", usulan);
        assertThat(done.definitionKey()).isEqualTo(UsulanMusrenbangProcess.TASK_CATAT_SELESAI);
        assertRefused(() -> complete("opd.pupr", done, finished(today, 148_500_000L)),
                "usulan.pelaksanaan.error.foto-hasil-wajib", "foto hasil");
        assertRefused(() -> execution.addResultPhoto(usulan.id(), "hasil.png", png(), "opd.dinkes"),
                "usulan.pelaksanaan.error.bukan-opd-akhir", "verifikator OPD akhir");
        assertThat(execution.mayAddResultPhoto(usulan.id(), user("opd.dinkes"))).isFalse();
        assertThat(execution.mayAddResultPhoto(usulan.id(), user("opd.pupr"))).isTrue();
        execution.addResultPhoto(usulan.id(), "hasil.png", png(), "opd.pupr");
        assertThatThrownBy(() -> complete("opd.pupr", done, finished(today, -1L)))
                .isInstanceOfSatisfying(FormRejected.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::fieldKey, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("nilaiRealisasi", FieldError.MIN)));
        assertRefused(() -> complete("opd.pupr", done, finished(start.minusDays(1), 148_500_000L)),
                "usulan.pelaksanaan.error.selesai-sebelum-mulai", "tidak boleh sebelum tanggal mulai");
        assertRefused(() -> complete("opd.pupr", done, finished(today, 151_000_000L)),
                "usulan.pelaksanaan.error.realisasi-melebihi-anggaran", "melebihi nilai anggaran");
        complete("opd.pupr", done, finished(today, 148_500_000L));

        assertThat(statusOf(usulan)).isEqualTo(ProposalStatus.SELESAI);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(usulan.number()).count()).isZero();
        List<StatusChange> history = proposals.history(usulan.id());
        List<StatusChange> last = history.subList(history.size() - 3, history.size());
        assertThat(last).extracting(StatusChange::to).containsExactly(ProposalStatus.DIANGGARKAN,
                ProposalStatus.DALAM_PELAKSANAAN, ProposalStatus.SELESAI);
        assertThat(last).allSatisfy(step -> {
            assertThat(step.actor()).isEqualTo("opd.pupr");
            assertThat(step.position()).isEqualTo("verifikator-opd:DPUPR");
            assertThat(step.reasonCode()).isNull();
            assertThat(step.reason()).isNull();
        });
        assertThat(last.get(0).note()).isEqualTo("APBD murni");
        ProposalExecution recorded = proposals.execution(usulan.id());
        assertThat(recorded.budgetReference()).isEqualTo("DPA-SKPD 1.03.01.2.01.0001");
        assertThat(recorded.budgetDate()).isEqualTo(dpaDate);
        assertThat(recorded.budgetAmount()).isEqualByComparingTo("150000000");
        assertThat(recorded.startDate()).isEqualTo(start);
        assertThat(recorded.completionDate()).isEqualTo(today);
        assertThat(recorded.realisation()).isEqualByComparingTo("148500000");
        assertThat(proposals.attachments(usulan.id())).extracting(Attachment::type).contains(AttachmentType.HASIL);
        PublicTracking tracking = proposals.track(usulan.number()).orElseThrow();
        assertThat(tracking.status()).isEqualTo(ProposalStatus.SELESAI);
        assertThat(tracking.execution()).isEqualTo(recorded);
        assertThat(tracking.timeline()).extracting(PublicTracking.Step::status).endsWith(ProposalStatus.DIANGGARKAN,
                ProposalStatus.DALAM_PELAKSANAAN, ProposalStatus.SELESAI);
    }

    @Test
    void an_usulan_left_out_of_the_rkpd_is_recorded_as_such_and_carried_over() {
        ProposalSummary usulan = acceptedByTheOpd("Drainase Gang Mawar tidak masuk RKPD");
        String reason = "Pagu indikatif OPD tahun ini sudah habis";
        complete("bappeda", taskOf("bappeda", usulan), Map.of("keputusan", "TIDAK_MASUK_RKPD",
                "kodeAlasan", "MELEBIHI_PAGU", "alasan", reason));

        assertThat(statusOf(usulan)).isEqualTo(ProposalStatus.TIDAK_MASUK_RKPD);
        List<StatusChange> history = proposals.history(usulan.id());
        StatusChange last = history.get(history.size() - 1);
        assertThat(last.actor()).isEqualTo("bappeda");
        assertThat(last.reasonCode()).isEqualTo("MELEBIHI_PAGU");
        assertThat(last.reason()).isEqualTo(reason);
        assertThat(history).extracting(StatusChange::to).doesNotContain(ProposalStatus.DITANGGUHKAN);
        assertThat(proposals.execution(usulan.id()).validUntil())
                .isEqualTo(LocalDate.of(TestTime.PLANNING_YEAR + 2, 12, 31));
    }

    private ProposalSummary acceptedByTheOpd(String title) {
        double offset = (System.nanoTime() % 1000) / 1_000_000.0;
        ProposalSummary usulan = new UsulanFixtures(proposals).drainage(title, "rt003.medono", UsulanFixtures.RT_003,
                -6.8886 - offset, 109.6753 + offset);
        complete("rw002.medono", taskOf("rw002.medono", usulan), Map.of("keputusan", "SETUJUI",
                "peringkat", proposals.nextFreeRwRank(usulan.id())));
        complete("staf.medono", taskOf("staf.medono", usulan), Map.of("keputusan", "TERIMA", "volumeSesuai", true,
                "lokasiSesuai", true, "bukanDuplikat", true));
        forums.confirm(ForumLevel.KELURAHAN, MEDONO, TestTime.PLANNING_YEAR,
                List.of(ForumDecision.agreed(usulan.number(), ForumOutcome.KECAMATAN, 1)), "lurah.medono");
        complete("staf.barat", taskOf("staf.barat", usulan),
                Map.of("tanggalSurvei", today.toString(), "keputusan", "LAYAK"));
        forums.confirm(ForumLevel.KECAMATAN, BARAT, null,
                List.of(ForumDecision.agreed(usulan.number(), ForumOutcome.DISEPAKATI, 1)), "camat.barat");
        complete("opd.pupr", taskOf("opd.pupr", usulan), Map.of("keputusan", "DITERIMA"));
        assertThat(statusOf(usulan)).isEqualTo(ProposalStatus.MASUK_RENJA);
        return usulan;
    }

    private ProposalSummary intoTheRkpd(String title) {
        ProposalSummary usulan = acceptedByTheOpd(title);
        complete("bappeda", taskOf("bappeda", usulan), Map.of("keputusan", "MASUK_RKPD"));
        assertThat(statusOf(usulan)).isEqualTo(ProposalStatus.MASUK_RKPD);
        return usulan;
    }

    private static Map<String, Object> budgeted(String reference, LocalDate date, long amount) {
        Map<String, Object> values = new HashMap<>();
        values.put("keputusan", "DIANGGARKAN");
        values.put("nomorDpa", reference);
        values.put("tanggalDpa", date.toString());
        values.put("nilaiAnggaran", amount);
        return values;
    }

    private static Map<String, Object> finished(LocalDate date, long realisation) {
        return Map.of("tanggalSelesai", date.toString(), "nilaiRealisasi", realisation);
    }

    private void complete(String username, InboxTask task, Map<String, ?> values) {
        inbox.complete(task.id(), user(username), values, Map.of());
    }

    /** Refused with this key, and the Indonesian message says what is wrong. */
    private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String key,
                               String... inTheMessage) {
        assertThatThrownBy(action).isInstanceOfSatisfying(BusinessException.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo(key);
            assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), INDONESIAN))
                    .contains(inTheMessage);
        });
    }

    private InboxTask taskOf(String username, ProposalSummary usulan) {
        return inbox.inbox(user(username)).stream().filter(t -> usulan.number().equals(t.businessKey()))
                .findFirst().orElseThrow();
    }

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    private ProposalStatus statusOf(ProposalSummary usulan) {
        return proposals.find(usulan.id()).orElseThrow().status();
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
