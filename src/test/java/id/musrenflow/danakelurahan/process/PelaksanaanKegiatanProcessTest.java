package id.musrenflow.danakelurahan.process;

import static id.musrenflow.danakelurahan.process.PelaksanaanKegiatanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through processes/pelaksanaan-kegiatan-kelurahan.bpmn on an in-memory engine with the real file: the
 * three modes, the preparation and LPJ revision loops, the stage loop, and the report watch driven by the engine clock.
 */
@Deployment(resources = "processes/pelaksanaan-kegiatan-kelurahan.bpmn")
class PelaksanaanKegiatanProcessTest {

    private static final String MEDONO = "33.75.01.1002";
    private static final String NUMBER = "KEG-2027-3375011002-001";
    private static final String POKMAS = "pokmas:" + MEDONO + ":POKMAS-MEDONO-MAJU";
    private static final Instant START = Instant.parse("2027-03-01T01:00:00Z");

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test-engine.cfg.xml").build();

    private final Recording status = new Recording();

    /** Expression beans must be public classes for the engine's EL resolver. */
    public static class Recording {
        final List<String> steps = new ArrayList<>();
        final List<String> guarded = new ArrayList<>();

        public void ke(DelegateExecution execution, String to) {
            steps.add(to);
        }

        public void persiapan(DelegateExecution execution, String decision) {
            steps.add("PERSIAPAN_" + decision);
        }

        public void cairkan(DelegateExecution execution) {
            steps.add("CAIR_" + execution.getVariable(Var.TAHAP_KE));
        }

        public void pengingat(DelegateExecution execution) {
            steps.add("PENGINGAT");
        }

        public void eskalasi(DelegateExecution execution) {
            steps.add("ESKALASI");
        }

        public void pastikanTerisi(DelegateTask task) {
            guarded.add(task.getTaskDefinitionKey());
        }
    }

    /** Stands in for the decision table: the test says which mode it answers. */
    public static class Decision implements JavaDelegate {
        String mode;

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(Var.MODE, mode);
            execution.setVariable(Var.KELOMPOK_PELAKSANA,
                    "SWAKELOLA_TIPE_IV".equals(mode) ? POKMAS : "staf-kelurahan:" + MEDONO);
        }
    }

    private final Decision decision = new Decision();

    @BeforeEach
    void registerBeans() {
        Mocks.register("statusKegiatan", status);
        Mocks.register("tentukanModeDelegate", decision);
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance start(int stages) {
        Map<String, Object> vars = withVariables(Var.KEGIATAN_ID, 7L, Var.NOMOR, NUMBER, Var.KODE_KELURAHAN, MEDONO,
                Var.KELOMPOK_LURAH, "lurah:" + MEDONO, Var.KELOMPOK_STAF, "staf-kelurahan:" + MEDONO,
                Var.KELOMPOK_PELAKSANA, "staf-kelurahan:" + MEDONO, Var.JUMLAH_TAHAP, stages, Var.TAHAP_KE, 1,
                Var.PERIODE_LAPORAN, "P1M", Var.ESKALASI_LAPORAN, "P14D");
        return runtimeService().startProcessInstanceByKey(KEY, NUMBER, vars);
    }

    private void designate(ProcessInstance pi, String mode) {
        assertThat(pi).isWaitingAt(TASK_PELAKSANA);
        assertThat(task(TASK_PELAKSANA, pi)).hasCandidateGroup("lurah:" + MEDONO);
        decision.mode = mode;
        complete(task(TASK_PELAKSANA, pi), withVariables(Var.KODE_POKMAS, "POKMAS-MEDONO-MAJU", Var.POKMAS_MAMPU, true));
    }

    /** Release, LPJ and verification of one stage, with the given LPJ verdicts in order. */
    private void stage(ProcessInstance pi, String implementer, String... verdicts) {
        assertThat(task(TASK_PENCAIRAN, pi)).hasCandidateGroup("lurah:" + MEDONO);
        complete(task(TASK_PENCAIRAN, pi));
        for (String verdict : verdicts) {
            assertThat(task(TASK_LPJ, pi)).hasCandidateGroup(implementer);
            complete(task(TASK_LPJ, pi));
            assertThat(task(TASK_VERIFIKASI_LPJ, pi)).hasCandidateGroup("staf-kelurahan:" + MEDONO);
            complete(task(TASK_VERIFIKASI_LPJ, pi), withVariables(Var.KEPUTUSAN, verdict, Var.ALASAN,
                    "REVISI".equals(verdict) ? "Kuitansi semen belum dilampirkan" : null));
        }
    }

    private void handOverAndClose(ProcessInstance pi) {
        assertThat(task(TASK_SERAH_TERIMA, pi)).hasCandidateGroup("staf-kelurahan:" + MEDONO);
        complete(task(TASK_SERAH_TERIMA, pi));
        assertThat(pi).isWaitingAt(TASK_PENUTUPAN);
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        complete(task(TASK_PENUTUPAN, pi));
        assertThat(pi).isEnded().hasPassed(EVENT_DITUTUP);
    }

    @Test
    void a_pokmas_prepares_is_returned_once_then_carries_out_three_stages_and_the_lurah_closes() {
        ProcessInstance pi = start(3);
        designate(pi, "SWAKELOLA_TIPE_IV");
        assertThat(task(TASK_PERSIAPAN_POKMAS, pi)).hasCandidateGroup(POKMAS);
        complete(task(TASK_PERSIAPAN_POKMAS, pi));
        assertThat(task(TASK_VERIFIKASI_PERSIAPAN, pi)).hasCandidateGroup("staf-kelurahan:" + MEDONO)
                .hasCandidateGroup("lurah:" + MEDONO);
        complete(task(TASK_VERIFIKASI_PERSIAPAN, pi), withVariables(Var.KEPUTUSAN, "REVISI", Var.ALASAN,
                "Tim pengawas belum dibentuk"));
        complete(task(TASK_PERSIAPAN_POKMAS, pi));
        complete(task(TASK_VERIFIKASI_PERSIAPAN, pi), withVariables(Var.KEPUTUSAN, "TERIMA"));

        stage(pi, POKMAS, "DIVERIFIKASI");
        stage(pi, POKMAS, "DIVERIFIKASI");
        stage(pi, POKMAS, "DIVERIFIKASI");
        handOverAndClose(pi);

        assertThat(status.steps).containsExactly("SWAKELOLA_PERSIAPAN", "PERSIAPAN_REVISI", "PERSIAPAN_TERIMA",
                "CAIR_1", "LPJ_DIVERIFIKASI", "CAIR_2", "LPJ_DIVERIFIKASI", "CAIR_3", "LPJ_DIVERIFIKASI", "DITUTUP");
        assertThat(status.guarded).containsExactly(TASK_PERSIAPAN_POKMAS, TASK_PERSIAPAN_POKMAS, TASK_LPJ, TASK_LPJ,
                TASK_LPJ, TASK_SERAH_TERIMA);
    }

    @Test
    void swakelola_tipe_i_is_prepared_by_the_kelurahan_and_an_lpj_returned_for_revision_comes_back_to_verification() {
        ProcessInstance pi = start(1);
        designate(pi, "SWAKELOLA_TIPE_I");
        assertThat(task(TASK_PERSIAPAN_SWAKELOLA, pi)).hasCandidateGroup("staf-kelurahan:" + MEDONO);
        complete(task(TASK_PERSIAPAN_SWAKELOLA, pi));

        stage(pi, "staf-kelurahan:" + MEDONO, "REVISI", "REVISI", "DIVERIFIKASI");
        handOverAndClose(pi);

        assertThat(status.steps).containsExactly("SWAKELOLA_PERSIAPAN", "CAIR_1", "LPJ_REVISI", "LPJ_REVISI",
                "LPJ_DIVERIFIKASI", "DITUTUP");
    }

    @Test
    void a_penyedia_is_procured_its_contract_recorded_then_two_stages_are_released() {
        ProcessInstance pi = start(2);
        designate(pi, "PENYEDIA");
        assertThat(task(TASK_KONTRAK, pi)).hasCandidateGroup("staf-kelurahan:" + MEDONO);
        complete(task(TASK_KONTRAK, pi));
        stage(pi, "staf-kelurahan:" + MEDONO, "DIVERIFIKASI");
        stage(pi, "staf-kelurahan:" + MEDONO, "DIVERIFIKASI");
        handOverAndClose(pi);

        assertThat(status.steps).containsExactly("PENGADAAN", "CAIR_1", "LPJ_DIVERIFIKASI", "CAIR_2",
                "LPJ_DIVERIFIKASI", "DITUTUP");
        assertThat(status.guarded).startsWith(TASK_KONTRAK);
    }

    @Test
    void a_missed_period_reminds_the_implementer_and_a_longer_silence_escalates_while_a_report_restarts_the_period() {
        ProcessInstance pi = start(1);
        designate(pi, "PENYEDIA");
        complete(task(TASK_KONTRAK, pi));
        assertThat(pi).isWaitingAt(TASK_PENCAIRAN, "Gateway_TungguLaporan");

        // a report within the period restarts it: no reminder one month after the start
        moveClock(Duration.ofDays(20));
        runtimeService().correlateMessage(MESSAGE_LAPORAN, NUMBER);
        moveClock(Duration.ofDays(15));
        assertThat(dueTimers()).isEmpty();

        moveClock(Duration.ofDays(20));
        execute(job());
        assertThat(status.steps).containsExactly("PENGADAAN", "PENGINGAT");
        assertThat(pi).isWaitingAt(TASK_PENCAIRAN, "Gateway_TungguSetelahPengingat");

        moveClock(Duration.ofDays(13));
        assertThat(dueTimers()).isEmpty();
        moveClock(Duration.ofDays(2));
        execute(job());
        assertThat(status.steps).containsExactly("PENGADAAN", "PENGINGAT", "ESKALASI");
        assertThat(pi).isWaitingAt(TASK_PENCAIRAN, "Event_LaporanMasukSetelahEskalasi");

        runtimeService().correlateMessage(MESSAGE_LAPORAN, NUMBER);
        assertThat(pi).isWaitingAt(TASK_PENCAIRAN, "Gateway_TungguLaporan");
        // the work goes on beside the watch: the release task was never interrupted
        assertThat(task(TASK_PENCAIRAN, pi)).isNotNull();
    }

    @Test
    void a_report_after_a_reminder_restarts_the_period_without_escalation() {
        ProcessInstance pi = start(1);
        designate(pi, "SWAKELOLA_TIPE_I");
        complete(task(TASK_PERSIAPAN_SWAKELOLA, pi));
        moveClock(Duration.ofDays(32));
        execute(job());
        runtimeService().correlateMessage(MESSAGE_LAPORAN, NUMBER);
        assertThat(pi).isWaitingAt(TASK_PENCAIRAN, "Gateway_TungguLaporan");
        moveClock(Duration.ofDays(20));
        assertThat(dueTimers()).isEmpty();
        assertThat(status.steps).containsExactly("SWAKELOLA_PERSIAPAN", "PENGINGAT");
    }

    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }

    private static List<Job> dueTimers() {
        return managementService().createJobQuery().timers().duedateLowerThan(ClockUtil.getCurrentTime()).list();
    }
}
