package id.musrenflow.proposal.process;

import static id.musrenflow.proposal.process.UsulanMusrenbangProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.musrenflow.TestTime;
import id.musrenflow.proposal.ProposalService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path through processes/usulan-musrenbang.bpmn, on an in-memory engine with the real file. */
@Deployment(resources = "processes/usulan-musrenbang.bpmn")
class UsulanMusrenbangProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test-engine.cfg.xml").build();

    private static final String RW_HEAD = "ketua-rw:33.75.01.1002.002";
    private static final String LURAH = "lurah:33.75.01.1002";

    private final RecordingStatusListener status = new RecordingStatusListener();
    private final ProposalService proposals = mock(ProposalService.class);
    private final RecordingExecution execution = new RecordingExecution();
    private final WeekDeadlines deadlines = new WeekDeadlines();

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(TestTime.START));
        Mocks.register("ubahStatusUsulan", status);
        Mocks.register("tenggatTahap", deadlines);
        Mocks.register("pelaksanaanUsulan", execution);
        Mocks.register("namaTugasUsulan", new NumberedTaskNames());
        Mocks.register("pengingatEskalasiUsulan",
                new PengingatEskalasiUsulan(engine.getTaskService(), proposals, new EngineClock()));
    }

    /** Every task is due in a week and reminded two days before. Expression beans must be public classes. */
    public static class WeekDeadlines {
        private final List<String> stages = new ArrayList<>();

        public Date untuk(String stage, Integer tahun) {
            stages.add(stage);
            return new Date(ClockUtil.getCurrentTime().getTime() + 7L * 24 * 3600 * 1000);
        }

        public void tetapkan(DelegateExecution execution, String stage) {
            stages.add(stage);
            Instant now = ClockUtil.getCurrentTime().toInstant();
            execution.setVariable(Var.BATAS_WAKTU, Date.from(now.plus(DUE_IN)));
            execution.setVariable(Var.WAKTU_PENGINGAT, Date.from(now.plus(REMINDED_IN)));
        }
    }

    private static final Duration DUE_IN = Duration.ofDays(7);
    private static final Duration REMINDED_IN = Duration.ofDays(5);

    /** The application's clock reads the engine's, which the tests move. */
    static class EngineClock extends Clock {
        @Override
        public ZoneId getZone() {
            return TestTime.WIB;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }

    /** Records what the post-RKPD flows hand to the usulan: the step and the variables it reads. */
    public static class RecordingExecution {
        private final List<String> calls = new ArrayList<>();

        public void catatAnggaran(DelegateExecution step) {
            calls.add("anggaran " + step.getVariable(Var.NOMOR_DPA) + " " + step.getVariable(Var.TANGGAL_DPA) + " "
                    + step.getVariable(Var.NILAI_ANGGARAN));
        }

        public void catatMulai(DelegateExecution step) {
            calls.add("mulai " + step.getVariable(Var.TANGGAL_MULAI));
        }

        public void catatSelesai(DelegateExecution step) {
            calls.add("selesai " + step.getVariable(Var.TANGGAL_SELESAI) + " " + step.getVariable(Var.NILAI_REALISASI));
        }

        public void bawaKeSiklusBerikutnya(DelegateExecution step) {
            calls.add("dibawa");
        }
    }

    public static class NumberedTaskNames {
        public void beri(org.camunda.bpm.engine.delegate.DelegateTask task) {
            task.setName(task.getName() + " " + task.getVariable(Var.NOMOR));
        }
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance submitFromRt() {
        return start(true);
    }

    private ProcessInstance start(boolean fromRt) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.USULAN_ID, 42L);
        vars.put(Var.NOMOR, "U-2027-3375011002-0042");
        vars.put(Var.TAHUN, TestTime.PLANNING_YEAR);
        vars.put(Var.PENGUSUL, "rt003.medono");
        vars.put(Var.PERLU_TELAAH_RW, fromRt);
        vars.put(Var.KODE_RW, "33.75.01.1002.002");
        vars.put(Var.KODE_KELURAHAN, "33.75.01.1002");
        vars.put(Var.KODE_KECAMATAN, "33.75.01");
        vars.put(Var.KODE_OPD, "DPUPR");
        return runtimeService().startProcessInstanceByKey(KEY, "U-2027-3375011002-0042", vars);
    }

    private static Map<String, Object> decision(String keputusan) {
        return withVariables(Var.KEPUTUSAN, keputusan, Var.KODE_ALASAN, null, Var.ALASAN, "catatan uji");
    }

    private static void forum(ProcessInstance pi, String message, String keputusan) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(pi.getBusinessKey())
                .setVariable(Var.KEPUTUSAN_FORUM, keputusan).setVariable(Var.PERINGKAT, 1).correlate();
    }

    private ProcessInstance atKelurahanForum() {
        ProcessInstance pi = submitFromRt();
        complete(task(TASK_TELAAH_RW, pi), decision("SETUJUI"));
        complete(task(TASK_VERIFIKASI_KELURAHAN, pi), decision("TERIMA"));
        assertThat(pi).isWaitingAt(EVENT_FORUM_KELURAHAN);
        return pi;
    }

    private ProcessInstance atOpd() {
        ProcessInstance pi = atKelurahanForum();
        forum(pi, MESSAGE_FORUM_KELURAHAN, "KECAMATAN");
        complete(task(TASK_VERIFIKASI_LAPANGAN, pi), decision("LAYAK"));
        forum(pi, MESSAGE_FORUM_KECAMATAN, "DISEPAKATI");
        assertThat(pi).isWaitingAt(TASK_VERIFIKASI_OPD);
        return pi;
    }

    @Test
    void rt_usulan_travels_every_level_into_the_rkpd() {
        ProcessInstance pi = submitFromRt();
        assertThat(pi).isWaitingAt(TASK_TELAAH_RW);
        assertThat(task(TASK_TELAAH_RW, pi)).hasCandidateGroup("ketua-rw:33.75.01.1002.002");
        assertThat(task(TASK_TELAAH_RW, pi).getDueDate()).isAfter(ClockUtil.getCurrentTime());
        assertThat(task(TASK_TELAAH_RW, pi).getName()).endsWith("U-2027-3375011002-0042");
        complete(task(TASK_TELAAH_RW, pi), decision("SETUJUI"));
        assertThat(task(TASK_VERIFIKASI_KELURAHAN, pi))
                .hasCandidateGroup("staf-kelurahan:33.75.01.1002").hasCandidateGroup("lpm:33.75.01.1002");
        complete(task(TASK_VERIFIKASI_KELURAHAN, pi), decision("TERIMA"));
        forum(pi, MESSAGE_FORUM_KELURAHAN, "KECAMATAN");
        assertThat(task(TASK_VERIFIKASI_LAPANGAN, pi)).hasCandidateGroup("staf-kecamatan:33.75.01");
        complete(task(TASK_VERIFIKASI_LAPANGAN, pi), decision("LAYAK"));
        forum(pi, MESSAGE_FORUM_KECAMATAN, "DISEPAKATI");
        assertThat(task(TASK_VERIFIKASI_OPD, pi)).hasCandidateGroup("verifikator-opd:DPUPR");
        complete(task(TASK_VERIFIKASI_OPD, pi), decision("DITERIMA"));
        assertThat(task(TASK_KEPUTUSAN_BAPPEDA, pi)).hasCandidateGroup("bappeda");
        complete(task(TASK_KEPUTUSAN_BAPPEDA, pi), decision("MASUK_RKPD"));

        assertThat(pi).isWaitingAt(TASK_CATAT_ANGGARAN);
        assertThat(status.statuses()).containsExactly("DIAJUKAN_RW", "PRIORITAS_RW", "DIAJUKAN_KELURAHAN", "TERVERIFIKASI_KELURAHAN",
                "DISEPAKATI_MUSRENBANGKEL", "DITERUSKAN_KECAMATAN", "DISEPAKATI_MUSRENBANGCAM", "VERIFIKASI_OPD",
                "DITERIMA_OPD", "MASUK_RENJA", "MASUK_RKPD");
        assertThat(status.fieldVerified()).as("the feasible field verdict is noted on the usulan").isEqualTo(1);
    }

    @Test
    void usulan_from_rw_lkk_or_lurah_skips_rw_review() {
        ProcessInstance pi = start(false);
        assertThat(pi).isWaitingAt(TASK_VERIFIKASI_KELURAHAN);
        assertThat(status.statuses()).containsExactly("DIAJUKAN_KELURAHAN");
    }

    @Test
    void rw_rejects_with_a_reason() {
        ProcessInstance pi = submitFromRt();
        complete(task(TASK_TELAAH_RW, pi), decision("TOLAK"));
        assertThat(pi).isEnded().hasPassed("Event_DitolakRw");
        assertThat(status.statuses()).endsWith("DITOLAK_RW");
    }

    @Test
    void rw_returns_for_revision_and_the_revised_usulan_comes_back_to_the_rw() {
        ProcessInstance pi = submitFromRt();
        complete(task(TASK_TELAAH_RW, pi), decision("KEMBALIKAN"));
        assertThat(task(TASK_REVISI, pi)).isAssignedTo("rt003.medono");
        complete(task(TASK_REVISI, pi), withVariables(Var.CATATAN, "foto diganti"));
        assertThat(pi).isWaitingAt(TASK_TELAAH_RW);
        assertThat(status.statuses()).containsExactly("DIAJUKAN_RW", "PERLU_REVISI", "DIAJUKAN_RW");
    }

    @Test
    void kelurahan_returns_for_revision_and_the_revised_usulan_comes_back_to_the_kelurahan() {
        ProcessInstance pi = submitFromRt();
        complete(task(TASK_TELAAH_RW, pi), decision("SETUJUI"));
        complete(task(TASK_VERIFIKASI_KELURAHAN, pi), decision("KEMBALIKAN"));
        complete(task(TASK_REVISI, pi), withVariables(Var.CATATAN, "volume diperbaiki"));
        assertThat(pi).isWaitingAt(TASK_VERIFIKASI_KELURAHAN);
        assertThat(status.statuses()).endsWith("PERLU_REVISI", "DIAJUKAN_KELURAHAN");
    }

    @Test
    void kelurahan_rejects() {
        ProcessInstance pi = submitFromRt();
        complete(task(TASK_TELAAH_RW, pi), decision("SETUJUI"));
        complete(task(TASK_VERIFIKASI_KELURAHAN, pi), decision("TOLAK"));
        assertThat(pi).isEnded().hasPassed("Event_DitolakKelurahan");
        assertThat(status.statuses()).endsWith("DITOLAK_KELURAHAN");
    }

    @Test
    void kelurahan_forum_funds_it_from_dana_kelurahan() {
        ProcessInstance pi = atKelurahanForum();
        forum(pi, MESSAGE_FORUM_KELURAHAN, "DANA_KELURAHAN");
        assertThat(pi).isEnded().hasPassed("Event_DidanaiDanaKelurahan");
        assertThat(status.statuses()).endsWith("DISEPAKATI_MUSRENBANGKEL", "DIDANAI_DANA_KELURAHAN");
    }

    @Test
    void kelurahan_forum_does_not_agree() {
        ProcessInstance pi = atKelurahanForum();
        forum(pi, MESSAGE_FORUM_KELURAHAN, "TIDAK_DISEPAKATI");
        assertThat(pi).isEnded().hasPassed("Event_TidakDisepakatiKelurahan");
        assertThat(status.statuses()).endsWith("TIDAK_DISEPAKATI_MUSRENBANGKEL");
    }

    @Test
    void kelurahan_forum_funds_it_and_forwards_it_to_the_kecamatan() {
        ProcessInstance pi = atKelurahanForum();
        forum(pi, MESSAGE_FORUM_KELURAHAN, "KEDUANYA");
        assertThat(pi).isWaitingAt(TASK_VERIFIKASI_LAPANGAN);
        assertThat(status.statuses()).endsWith("DISEPAKATI_MUSRENBANGKEL", "DIDANAI_DANA_KELURAHAN",
                "DITERUSKAN_KECAMATAN");
    }

    @Test
    void field_verification_finds_it_not_feasible() {
        ProcessInstance pi = atKelurahanForum();
        forum(pi, MESSAGE_FORUM_KELURAHAN, "KECAMATAN");
        complete(task(TASK_VERIFIKASI_LAPANGAN, pi), decision("TIDAK_LAYAK"));
        assertThat(pi).isEnded().hasPassed("Event_TidakLayakLapangan");
        assertThat(status.statuses()).endsWith("DITOLAK_KECAMATAN");
        assertThat(status.fieldVerified()).isZero();
    }

    @Test
    void kecamatan_forum_does_not_agree() {
        ProcessInstance pi = atKelurahanForum();
        forum(pi, MESSAGE_FORUM_KELURAHAN, "KECAMATAN");
        complete(task(TASK_VERIFIKASI_LAPANGAN, pi), decision("LAYAK"));
        forum(pi, MESSAGE_FORUM_KECAMATAN, "TIDAK_DISEPAKATI");
        assertThat(pi).isEnded().hasPassed("Event_TidakDisepakatiKecamatan");
        assertThat(status.statuses()).endsWith("DITOLAK_KECAMATAN");
    }

    @Test
    void opd_asks_for_discussion_and_verifies_again() {
        ProcessInstance pi = atOpd();
        complete(task(TASK_VERIFIKASI_OPD, pi), decision("DISKUSI"));
        assertThat(pi).isWaitingAt(TASK_VERIFIKASI_OPD);
        assertThat(status.statuses()).endsWith("DISKUSI");
    }

    @Test
    void opd_reassigns_it_to_another_opd_whose_verifiers_get_the_task() {
        ProcessInstance pi = atOpd();
        Map<String, Object> reassign = decision("ALIHKAN");
        reassign.put(Var.OPD_TUJUAN, "DINKES");
        complete(task(TASK_VERIFIKASI_OPD, pi), reassign);
        assertThat(task(TASK_VERIFIKASI_OPD, pi)).hasCandidateGroup("verifikator-opd:DINKES");
        assertThat(status.statuses()).endsWith("VERIFIKASI_OPD");
    }

    @Test
    void opd_rejects() {
        ProcessInstance pi = atOpd();
        complete(task(TASK_VERIFIKASI_OPD, pi), decision("DITOLAK"));
        assertThat(pi).isEnded().hasPassed("Event_DitolakOpd");
        assertThat(status.statuses()).endsWith("DITOLAK_OPD");
    }

    @Test
    void opd_postpones() {
        ProcessInstance pi = atOpd();
        complete(task(TASK_VERIFIKASI_OPD, pi), decision("DITANGGUHKAN"));
        assertThat(pi).isEnded().hasPassed("Event_DitangguhkanOpd");
        assertThat(status.statuses()).endsWith("DITANGGUHKAN");
    }

    @Test
    void bappeda_leaves_it_out_of_the_rkpd_and_it_is_carried_over_not_postponed() {
        ProcessInstance pi = atOpd();
        complete(task(TASK_VERIFIKASI_OPD, pi), decision("DITERIMA"));
        complete(task(TASK_KEPUTUSAN_BAPPEDA, pi), decision("TIDAK_MASUK_RKPD"));
        assertThat(pi).isEnded().hasPassed(EVENT_TIDAK_MASUK_RKPD);
        assertThat(status.statuses()).endsWith("MASUK_RENJA", "TIDAK_MASUK_RKPD").doesNotContain("DITANGGUHKAN");
        assertThat(execution.calls).containsExactly("dibawa");
    }

    private ProcessInstance inTheRkpd() {
        ProcessInstance pi = atOpd();
        Map<String, Object> reassign = decision("ALIHKAN");
        reassign.put(Var.OPD_TUJUAN, "DINKES");
        complete(task(TASK_VERIFIKASI_OPD, pi), reassign);
        complete(task(TASK_VERIFIKASI_OPD, pi), decision("DITERIMA"));
        complete(task(TASK_KEPUTUSAN_BAPPEDA, pi), decision("MASUK_RKPD"));
        assertThat(pi).isWaitingAt(TASK_CATAT_ANGGARAN);
        return pi;
    }

    @Test
    void after_the_rkpd_the_final_opd_records_budget_start_and_completion_up_to_selesai() {
        ProcessInstance pi = inTheRkpd();
        String today = TestTime.startDate().toString();
        assertThat(task(TASK_CATAT_ANGGARAN, pi)).hasCandidateGroup("verifikator-opd:DINKES");
        assertThat(task(TASK_CATAT_ANGGARAN, pi).getName()).startsWith("Catat penganggaran").endsWith(pi.getBusinessKey());
        complete(task(TASK_CATAT_ANGGARAN, pi), withVariables(Var.KEPUTUSAN, "DIANGGARKAN", Var.NOMOR_DPA, "DPA-1",
                Var.TANGGAL_DPA, today, Var.NILAI_ANGGARAN, 150_000_000L));
        assertThat(task(TASK_CATAT_PELAKSANAAN, pi)).hasCandidateGroup("verifikator-opd:DINKES");
        complete(task(TASK_CATAT_PELAKSANAAN, pi), withVariables(Var.TANGGAL_MULAI, today));
        assertThat(task(TASK_CATAT_SELESAI, pi)).hasCandidateGroup("verifikator-opd:DINKES");
        complete(task(TASK_CATAT_SELESAI, pi), withVariables(Var.TANGGAL_SELESAI, today, Var.NILAI_REALISASI, 149_000_000L));

        assertThat(pi).isEnded().hasPassed(EVENT_SELESAI);
        assertThat(status.statuses()).endsWith("MASUK_RKPD", "DIANGGARKAN", "DALAM_PELAKSANAAN", "SELESAI");
        assertThat(execution.calls).containsExactly("anggaran DPA-1 " + today + " 150000000", "mulai " + today,
                "selesai " + today + " 149000000");
        assertThat(deadlines.stages).endsWith("BAPPEDA", "ANGGARAN", "PELAKSANAAN", "PENYELESAIAN");
    }

    @Test
    void the_opd_records_that_it_was_not_budgeted_after_all_and_it_is_carried_over() {
        ProcessInstance pi = inTheRkpd();
        complete(task(TASK_CATAT_ANGGARAN, pi), withVariables(Var.KEPUTUSAN, "TIDAK_DIANGGARKAN",
                Var.KODE_ALASAN, "MELEBIHI_PAGU", Var.ALASAN, "Pagu OPD dipotong pada pembahasan KUA-PPAS"));

        assertThat(pi).isEnded().hasPassed(EVENT_TIDAK_DIANGGARKAN);
        assertThat(status.statuses()).endsWith("MASUK_RKPD", "TIDAK_DIANGGARKAN");
        assertThat(execution.calls).containsExactly("dibawa");
    }

    @Test
    void proposer_withdraws_while_the_rw_reviews() {
        ProcessInstance pi = submitFromRt();
        runtimeService().createMessageCorrelation(MESSAGE_PENARIKAN).processInstanceBusinessKey(pi.getBusinessKey())
                .correlate();
        assertThat(pi).isEnded().hasPassed("Event_Dibatalkan");
        assertThat(status.statuses()).endsWith("DIBATALKAN");
    }

    @Test
    void proposer_withdraws_while_waiting_for_the_kelurahan_forum() {
        ProcessInstance pi = atKelurahanForum();
        runtimeService().createMessageCorrelation(MESSAGE_PENARIKAN).processInstanceBusinessKey(pi.getBusinessKey())
                .correlate();
        assertThat(pi).isEnded().hasPassed("Event_Dibatalkan");
    }

    /** Moves the engine clock on and fires the timers now due, as the job executor would. */
    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
        managementService().createJobQuery().timers().duedateLowerThan(ClockUtil.getCurrentTime()).list()
                .forEach(job -> managementService().executeJob(job.getId()));
    }

    private static Set<String> groupsOf(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static LocalDateTime dueOf(Task task) {
        return LocalDateTime.ofInstant(task.getDueDate().toInstant(), TestTime.WIB);
    }

    @Test
    void the_task_is_due_when_the_flow_into_it_said_and_its_timers_wait_for_the_reminder_and_the_due_date() {
        ProcessInstance pi = submitFromRt();
        Task review = task(TASK_TELAAH_RW, pi);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        assertThat(review.getDueDate()).isEqualTo(Date.from(now.plus(DUE_IN)));
        assertThat(managementService().createJobQuery().activityId("Event_PengingatTelaahRw").singleResult()
                .getDuedate()).isEqualTo(Date.from(now.plus(REMINDED_IN)));
        assertThat(managementService().createJobQuery().activityId("Event_EskalasiTelaahRw").singleResult()
                .getDuedate()).isEqualTo(review.getDueDate());
    }

    @Test
    void the_reminder_fires_before_the_due_date_and_the_task_stays_with_the_rw_head() {
        ProcessInstance pi = submitFromRt();
        Task review = task(TASK_TELAAH_RW, pi);

        moveClock(REMINDED_IN.plusHours(1));

        assertThat(pi).hasPassed("Task_IngatkanTelaahRw", "Event_PengingatTelaahRwTerkirim").isWaitingAt(TASK_TELAAH_RW);
        verify(proposals).recordTaskReminder(42L, review.getId(), "RW", dueOf(review), Set.of(RW_HEAD), null);
        verify(proposals, never()).recordTaskEscalation(anyLong(), any(), any(), any(), any(), any());
        assertThat(groupsOf(task(TASK_TELAAH_RW, pi))).containsExactly(RW_HEAD);
    }

    @Test
    void past_the_due_date_the_rw_task_also_goes_to_the_lurah_and_either_can_finish_it() {
        ProcessInstance pi = submitFromRt();
        taskService().claim(task(TASK_TELAAH_RW, pi).getId(), "rw002.medono");
        Task review = task(TASK_TELAAH_RW, pi);

        moveClock(DUE_IN.plusHours(1));

        Task escalated = task(TASK_TELAAH_RW, pi);
        assertThat(escalated.getId()).isEqualTo(review.getId());
        assertThat(groupsOf(escalated)).containsExactlyInAnyOrder(RW_HEAD, LURAH);
        assertThat(escalated.getAssignee()).as("the claim is released so the Lurah can act").isNull();
        assertThat(taskService().getVariableLocal(escalated.getId(), Var.DIESKALASI)).isEqualTo(true);
        assertThat(pi).hasPassed("Task_EskalasiTelaahRw", "Event_EskalasiTelaahRwSelesai");
        verify(proposals).recordTaskEscalation(42L, review.getId(), "RW", dueOf(review), Set.of(RW_HEAD), LURAH);
        verify(proposals, never()).recordTaskReminder(anyLong(), any(), any(), any(), any(), any());

        complete(escalated, decision("SETUJUI"));
        assertThat(pi).isWaitingAt(TASK_VERIFIKASI_KELURAHAN);
        assertThat(managementService().createJobQuery().activityId("Event_EskalasiTelaahRw").count()).isZero();
        assertThat(managementService().createJobQuery().activityId("Event_EskalasiVerifikasiKelurahan").count())
                .isOne();
    }

    @Test
    void kelurahan_staff_and_lpm_escalate_to_their_lurah_once() {
        ProcessInstance pi = start(false);

        moveClock(DUE_IN.plusHours(1));

        assertThat(groupsOf(task(TASK_VERIFIKASI_KELURAHAN, pi)))
                .containsExactlyInAnyOrder("staf-kelurahan:33.75.01.1002", "lpm:33.75.01.1002", LURAH);
        verify(proposals).recordTaskEscalation(eq(42L), anyString(), eq("KELURAHAN"), any(),
                eq(Set.of("staf-kelurahan:33.75.01.1002", "lpm:33.75.01.1002")), eq(LURAH));
    }

    @Test
    void field_verification_escalates_to_bappeda() {
        ProcessInstance pi = atKelurahanForum();
        forum(pi, MESSAGE_FORUM_KELURAHAN, "KECAMATAN");

        moveClock(DUE_IN.plusHours(1));

        assertThat(groupsOf(task(TASK_VERIFIKASI_LAPANGAN, pi)))
                .containsExactlyInAnyOrder("staf-kecamatan:33.75.01", "bappeda");
        complete(task(TASK_VERIFIKASI_LAPANGAN, pi), decision("LAYAK"));
        assertThat(pi).isWaitingAt(EVENT_FORUM_KECAMATAN);
    }

    @Test
    void opd_verification_escalates_to_bappeda() {
        ProcessInstance pi = atOpd();

        moveClock(DUE_IN.plusHours(1));

        assertThat(groupsOf(task(TASK_VERIFIKASI_OPD, pi))).containsExactlyInAnyOrder("verifikator-opd:DPUPR", "bappeda");
        verify(proposals).recordTaskEscalation(eq(42L), anyString(), eq("OPD"), any(),
                eq(Set.of("verifikator-opd:DPUPR")), eq("bappeda"));
    }

    @Test
    void bappeda_has_no_position_above_and_is_only_reminded() {
        ProcessInstance pi = atOpd();
        complete(task(TASK_VERIFIKASI_OPD, pi), decision("DITERIMA"));
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(
                "Event_PengingatKeputusanBappeda").count()).isOne();
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isOne();

        moveClock(REMINDED_IN.plusHours(1));
        moveClock(DUE_IN);

        assertThat(groupsOf(task(TASK_KEPUTUSAN_BAPPEDA, pi))).containsExactly("bappeda");
        verify(proposals).recordTaskReminder(eq(42L), anyString(), eq("BAPPEDA"), any(), eq(Set.of("bappeda")),
                isNull());
        verify(proposals, never()).recordTaskEscalation(anyLong(), any(), any(), any(), any(), any());
    }

    @Test
    void the_proposer_is_reminded_of_their_revision_but_it_is_never_escalated() {
        ProcessInstance pi = submitFromRt();
        complete(task(TASK_TELAAH_RW, pi), decision("KEMBALIKAN"));
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isOne();

        moveClock(REMINDED_IN.plusHours(1));
        moveClock(DUE_IN);

        assertThat(task(TASK_REVISI, pi)).isAssignedTo("rt003.medono");
        assertThat(groupsOf(task(TASK_REVISI, pi))).isEmpty();
        verify(proposals).recordTaskReminder(eq(42L), anyString(), eq("REVISI"), any(), eq(Set.of()),
                eq("rt003.medono"));
    }

    @Test
    void a_reminder_that_fires_after_the_due_date_is_left_to_the_escalation() {
        ProcessInstance pi = submitFromRt();

        moveClock(DUE_IN.plusDays(1));

        assertThat(pi).hasPassed("Task_IngatkanTelaahRw", "Task_EskalasiTelaahRw");
        verify(proposals, never()).recordTaskReminder(anyLong(), any(), any(), any(), any(), any());
        verify(proposals).recordTaskEscalation(eq(42L), anyString(), eq("RW"), any(), eq(Set.of(RW_HEAD)), eq(LURAH));
    }
}
