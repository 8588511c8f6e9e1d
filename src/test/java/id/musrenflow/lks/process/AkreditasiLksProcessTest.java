package id.musrenflow.lks.process;

import static id.musrenflow.lks.process.AkreditasiLksProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import id.musrenflow.base.BusinessException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path through processes/akreditasi-lks.bpmn, its timers fired by moving the engine's clock. */
@Deployment(resources = {"processes/akreditasi-lks.bpmn", "processes/peringkat-akreditasi.dmn",
        "forms/form-prasaring-akreditasi.form", "forms/form-perbaikan-akreditasi.form",
        "forms/form-telaah-akreditasi.form", "forms/form-penugasan-asesor.form", "forms/form-jadwal-kunjungan.form",
        "forms/form-kunjungan-akreditasi.form", "forms/form-keputusan-akreditasi.form"})
class AkreditasiLksProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test-engine.cfg.xml").build();

    private RecordingAccreditationListener listener;

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2027-04-01 09:00:00"));
        listener = new RecordingAccreditationListener(new PeringkatAkreditasi(engine.getDecisionService()));
        Mocks.register("akreditasiLks", listener);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance applied() {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.AKREDITASI_ID, 3L);
        vars.put(Var.NOMOR, "AK-2027-0003");
        vars.put(Var.KODE_LKS, "LKS-HARAPAN-BANGSA");
        vars.put(Var.NAMA_LKS, "Panti Asuhan Harapan Bangsa");
        vars.put(Var.PENGAJU, "lks.harapan");
        return runtimeService().startProcessInstanceByKey(KEY, "AK-2027-0003", vars);
    }

    private static VariableMap by(String actor) {
        return Variables.createVariables().putValueTyped(Var.PELAKU, Variables.stringValue(actor, true));
    }

    private static void complete(ProcessInstance pi, String taskKey, VariableMap values) {
        taskService().complete(task(taskKey, pi).getId(), values);
    }

    private static void decide(ProcessInstance pi, String taskKey, String decision, String actor) {
        complete(pi, taskKey, by(actor).putValue(Var.KEPUTUSAN, decision));
    }

    private static VariableMap scores(int program, int sdm, int manajemen, int sarpras, int hasil) {
        return by("asesor").putValue(Var.TANGGAL_KUNJUNGAN, "2027-04-20")
                .putValue(Var.LAPORAN_KUNJUNGAN, "Kunjungan ke asrama, dapur dan ruang belajar")
                .putValue(Var.NILAI_PROGRAM, program).putValue(Var.NILAI_SDM, sdm)
                .putValue(Var.NILAI_MANAJEMEN, manajemen).putValue(Var.NILAI_SARPRAS, sarpras)
                .putValue(Var.NILAI_HASIL_LAYANAN, hasil);
    }

    /** Through pre-screen, desk review and assignment: waiting for the assessor's visit. */
    private ProcessInstance atSiteVisit() {
        ProcessInstance pi = applied();
        assertThat(pi).isWaitingAt(TASK_PRASARING);
        assertThat(task(TASK_PRASARING, pi)).hasCandidateGroup(GROUP_LKKS);
        decide(pi, TASK_PRASARING, "LANJUT", "lkks");
        assertThat(task(TASK_TELAAH_DOKUMEN, pi)).hasCandidateGroup(GROUP_BALKS);
        decide(pi, TASK_TELAAH_DOKUMEN, "LANJUT", "balks");
        assertThat(task(TASK_PENUGASAN_ASESOR, pi)).hasCandidateGroup(GROUP_BALKS);
        complete(pi, TASK_PENUGASAN_ASESOR, by("balks").putValue(Var.ASESOR, "asesor"));
        assertThat(pi).isWaitingAt(TASK_JADWAL_KUNJUNGAN);
        assertThat(task(TASK_JADWAL_KUNJUNGAN, pi)).isAssignedTo("asesor");
        complete(pi, TASK_JADWAL_KUNJUNGAN, by("asesor").putValue(Var.JADWAL_KUNJUNGAN, "2027-04-20T09:00"));
        assertThat(pi).isWaitingAt(TASK_KUNJUNGAN);
        assertThat(task(TASK_KUNJUNGAN, pi)).isAssignedTo("asesor");
        return pi;
    }

    private static Job timer(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
    }

    private static List<Job> executableTimers(ProcessInstance pi) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().executable().list();
    }

    @Test
    void an_a_grade_is_approved_reminded_six_months_before_and_expires() {
        ProcessInstance pi = atSiteVisit();
        complete(pi, TASK_KUNJUNGAN, scores(95, 92, 90, 88, 96));

        assertThat(pi).isWaitingAt(TASK_KEPUTUSAN_BALKS).hasPassed(TASK_TETAPKAN_PERINGKAT);
        assertThat(runtimeService().getVariable(pi.getId(), Var.PERINGKAT)).isEqualTo("A");
        decide(pi, TASK_KEPUTUSAN_BALKS, "SETUJU", "balks");

        assertThat(pi).isWaitingAt(EVENT_TUNGGU_PENGINGAT);
        Job reminder = timer(pi, EVENT_TUNGGU_PENGINGAT);
        assertThat(reminder.getDuedate()).isEqualTo(RecordingAccreditationListener.WAKTU_PENGINGAT);
        assertThat(executableTimers(pi)).isEmpty();

        ClockUtil.setCurrentTime(RecordingAccreditationListener.WAKTU_PENGINGAT);
        assertThat(executableTimers(pi)).extracting(Job::getId).containsExactly(reminder.getId());
        execute(reminder);
        assertThat(pi).isWaitingAt(EVENT_BERAKHIR).hasPassed(TASK_PENGINGAT);
        Job expiry = timer(pi, EVENT_BERAKHIR);
        assertThat(expiry.getDuedate()).isEqualTo(RecordingAccreditationListener.WAKTU_BERAKHIR);
        assertThat(executableTimers(pi)).isEmpty();

        ClockUtil.setCurrentTime(RecordingAccreditationListener.WAKTU_BERAKHIR);
        execute(expiry);
        assertThat(pi).isEnded().hasPassed(TASK_KEDALUWARSA, EVENT_KEDALUWARSA);
        assertThat(listener.steps()).containsExactly("TELAAH_DOKUMEN lkks", "PENUGASAN_ASESOR balks",
                "ASESOR_DITUGASKAN asesor", "VISITASI_DIJADWALKAN 2027-04-20T09:00", "DINILAI 92.55 A", "TERAKREDITASI A 5", "PENGINGAT 2032-03-31",
                "KEDALUWARSA");
    }

    @Test
    void an_organisation_without_valid_registration_or_recommendations_is_not_eligible() {
        listener.ineligibility = "TANPA_REKOMENDASI_LKKS";
        ProcessInstance pi = applied();

        assertThat(pi).isEnded().hasPassed(EVENT_TIDAK_LAYAK);
        assertThat(listener.steps()).containsExactly("TIDAK_MEMENUHI_SYARAT null");
    }

    @Test
    void lkks_returns_an_incomplete_application_and_the_officer_resubmits() {
        ProcessInstance pi = applied();
        complete(pi, TASK_PRASARING, by("lkks").putValue(Var.KEPUTUSAN, "KEMBALIKAN")
                .putValue(Var.KODE_ALASAN, "INSTRUMEN_TIDAK_LENGKAP").putValue(Var.ALASAN, "Instrumen belum diisi"));

        assertThat(pi).isWaitingAt(TASK_PERBAIKAN);
        assertThat(task(TASK_PERBAIKAN, pi)).isAssignedTo("lks.harapan");
        complete(pi, TASK_PERBAIKAN, by("lks.harapan").putValue(Var.CATATAN, "Instrumen sudah dilengkapi"));

        assertThat(pi).isWaitingAt(TASK_PRASARING);
        assertThat(listener.steps()).containsExactly("PERLU_PERBAIKAN lkks", "DIAJUKAN_ULANG lks.harapan");
    }

    @Test
    void lkks_rejects_at_pre_screen() {
        ProcessInstance pi = applied();
        decide(pi, TASK_PRASARING, "TOLAK", "lkks");

        assertThat(pi).isEnded().hasPassed(EVENT_DITOLAK);
        assertThat(listener.steps()).containsExactly("DITOLAK lkks");
    }

    @Test
    void balks_rejects_at_desk_review() {
        ProcessInstance pi = applied();
        decide(pi, TASK_PRASARING, "LANJUT", "lkks");
        decide(pi, TASK_TELAAH_DOKUMEN, "TOLAK", "balks");

        assertThat(pi).isEnded().hasPassed(EVENT_DITOLAK);
        assertThat(listener.steps()).containsExactly("TELAAH_DOKUMEN lkks", "DITOLAK balks");
    }

    @Test
    void an_assessor_linked_to_the_organisation_is_refused_and_the_task_stays() {
        listener.linkedAssessor = "lks.harapan";
        ProcessInstance pi = applied();
        decide(pi, TASK_PRASARING, "LANJUT", "lkks");
        decide(pi, TASK_TELAAH_DOKUMEN, "LANJUT", "balks");

        String taskId = task(TASK_PENUGASAN_ASESOR, pi).getId();
        assertThatThrownBy(() -> taskService().complete(taskId, by("balks").putValue(Var.ASESOR, "lks.harapan")))
                .hasRootCauseInstanceOf(BusinessException.class);
        assertThat(pi).isWaitingAt(TASK_PENUGASAN_ASESOR);

        complete(pi, TASK_PENUGASAN_ASESOR, by("balks").putValue(Var.ASESOR, "asesor"));
        assertThat(pi).isWaitingAt(TASK_JADWAL_KUNJUNGAN);
    }

    @Test
    void a_visit_scheduled_in_the_past_is_refused_and_the_scheduling_task_stays() {
        ProcessInstance pi = applied();
        decide(pi, TASK_PRASARING, "LANJUT", "lkks");
        decide(pi, TASK_TELAAH_DOKUMEN, "LANJUT", "balks");
        complete(pi, TASK_PENUGASAN_ASESOR, by("balks").putValue(Var.ASESOR, "asesor"));

        String taskId = task(TASK_JADWAL_KUNJUNGAN, pi).getId();
        assertThatThrownBy(() -> taskService().complete(taskId,
                by("asesor").putValue(Var.JADWAL_KUNJUNGAN, "2027-03-31T09:00")))
                .hasRootCauseInstanceOf(BusinessException.class);
        assertThat(pi).isWaitingAt(TASK_JADWAL_KUNJUNGAN);

        complete(pi, TASK_JADWAL_KUNJUNGAN, by("asesor").putValue(Var.JADWAL_KUNJUNGAN, "2027-04-01T13:00"));
        assertThat(pi).isWaitingAt(TASK_KUNJUNGAN);
        assertThat(listener.steps()).endsWith("ASESOR_DITUGASKAN asesor", "VISITASI_DIJADWALKAN 2027-04-01T13:00");
    }

    @Test
    void scores_outside_the_scale_are_refused_and_the_visit_stays_open() {
        ProcessInstance pi = atSiteVisit();
        String taskId = task(TASK_KUNJUNGAN, pi).getId();

        assertThatThrownBy(() -> taskService().complete(taskId, scores(95, 120, 90, 88, 96)))
                .hasRootCauseInstanceOf(BusinessException.class);
        assertThat(pi).isWaitingAt(TASK_KUNJUNGAN);
    }

    @Test
    void balks_asks_the_assessor_to_review_then_approves_a_b_grade() {
        ProcessInstance pi = atSiteVisit();
        complete(pi, TASK_KUNJUNGAN, scores(70, 70, 70, 70, 70));
        assertThat(runtimeService().getVariable(pi.getId(), Var.PERINGKAT)).isEqualTo("C");
        complete(pi, TASK_KEPUTUSAN_BALKS, by("balks").putValue(Var.KEPUTUSAN, "TINJAU_ULANG")
                .putValue(Var.ALASAN, "Nilai hasil pelayanan tidak sesuai laporan"));

        assertThat(pi).isWaitingAt(TASK_KUNJUNGAN);
        assertThat(task(TASK_KUNJUNGAN, pi)).isAssignedTo("asesor");
        complete(pi, TASK_KUNJUNGAN, scores(80, 80, 80, 80, 80));
        decide(pi, TASK_KEPUTUSAN_BALKS, "SETUJU", "balks");

        assertThat(pi).isWaitingAt(EVENT_TUNGGU_PENGINGAT);
        assertThat(listener.steps()).containsExactly("TELAAH_DOKUMEN lkks", "PENUGASAN_ASESOR balks",
                "ASESOR_DITUGASKAN asesor", "VISITASI_DIJADWALKAN 2027-04-20T09:00", "DINILAI 70.00 C", "TINJAU_ULANG balks", "DINILAI 80.00 B",
                "TERAKREDITASI B 3");
    }

    @Test
    void an_approved_score_below_the_c_band_ends_not_accredited() {
        ProcessInstance pi = atSiteVisit();
        complete(pi, TASK_KUNJUNGAN, scores(50, 60, 55, 40, 58));
        assertThat(runtimeService().getVariable(pi.getId(), Var.MASA_BERLAKU_TAHUN)).isEqualTo(0);
        decide(pi, TASK_KEPUTUSAN_BALKS, "SETUJU", "balks");

        assertThat(pi).isEnded().hasPassed(EVENT_TIDAK_TERAKREDITASI).hasNotPassed(TASK_SIMPAN_AKREDITASI);
        assertThat(listener.steps()).endsWith("DINILAI 53.10 TIDAK_TERAKREDITASI", "TIDAK_TERAKREDITASI balks");
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }
}
