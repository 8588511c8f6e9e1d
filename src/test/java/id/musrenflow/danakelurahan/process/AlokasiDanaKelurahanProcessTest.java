package id.musrenflow.danakelurahan.process;

import static id.musrenflow.danakelurahan.process.AlokasiDanaKelurahanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path through processes/alokasi-dana-kelurahan.bpmn, on an in-memory engine with the real file. */
@Deployment(resources = "processes/alokasi-dana-kelurahan.bpmn")
class AlokasiDanaKelurahanProcessTest {

    private static final String MEDONO = "33.75.01.1002";
    private static final String NUMBER = "RKK-2027-3375011002";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test-engine.cfg.xml").build();

    private final RecordingListener status = new RecordingListener();

    /** Expression beans must be public classes for the engine's EL resolver. */
    public static class RecordingListener {
        final List<String> statuses = new ArrayList<>();
        final List<String> actors = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();

        public void ke(DelegateExecution execution, String to) {
            statuses.add(to);
            actors.add((String) execution.getVariable(Var.PELAKU));
            reasons.add((String) execution.getVariable(Var.KODE_ALASAN));
        }
    }

    @BeforeEach
    void registerBeans() {
        Mocks.register("ubahStatusRkk", status);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance submit() {
        Map<String, Object> vars = withVariables(Var.TAHUN, 2027, Var.KODE_KELURAHAN, MEDONO, Var.NOMOR, NUMBER,
                Var.KELOMPOK_CAMAT, AlokasiDanaKelurahanProcessClient.camatGroup(MEDONO),
                Var.KELOMPOK_LURAH, "lurah:" + MEDONO, Var.PENGAJU, "lurah.medono", Var.PELAKU, "lurah.medono");
        return runtimeService().startProcessInstanceByKey(KEY, NUMBER, vars);
    }

    @Test
    void an_approved_plan_ends_approved_after_the_camat_of_its_kecamatan_decides() {
        ProcessInstance pi = submit();
        assertThat(pi).isWaitingAt(TASK_PERSETUJUAN);
        assertThat(task(TASK_PERSETUJUAN, pi)).hasCandidateGroup("camat:33.75.01");

        complete(task(TASK_PERSETUJUAN, pi), withVariables(Var.KEPUTUSAN, "SETUJUI", Var.PELAKU, "camat.barat"));

        assertThat(pi).isEnded().hasPassed(EVENT_DISETUJUI);
        assertThat(status.statuses).containsExactly("DIAJUKAN", "DISETUJUI");
        assertThat(status.actors).containsExactly("lurah.medono", "camat.barat");
    }

    @Test
    void a_returned_plan_goes_to_the_lurah_and_back_to_the_camat_until_approved() {
        ProcessInstance pi = submit();
        complete(task(TASK_PERSETUJUAN, pi), withVariables(Var.KEPUTUSAN, "KEMBALIKAN",
                Var.KODE_ALASAN, "TIDAK_SESUAI_PRIORITAS", Var.ALASAN, "Urutan tidak mengikuti musrenbang",
                Var.PELAKU, "camat.barat"));

        assertThat(pi).isWaitingAt(TASK_PERBAIKAN);
        assertThat(task(TASK_PERBAIKAN, pi)).hasCandidateGroup("lurah:" + MEDONO);
        complete(task(TASK_PERBAIKAN, pi), withVariables(Var.CATATAN, "urutan diperbaiki", Var.PELAKU,
                "lurah.medono"));
        assertThat(pi).isWaitingAt(TASK_PERSETUJUAN);
        complete(task(TASK_PERSETUJUAN, pi), withVariables(Var.KEPUTUSAN, "SETUJUI", Var.PELAKU, "camat.barat"));

        assertThat(pi).isEnded().hasPassed(EVENT_DISETUJUI);
        assertThat(status.statuses).containsExactly("DIAJUKAN", "DIKEMBALIKAN", "DIAJUKAN", "DISETUJUI");
        assertThat(status.actors).containsExactly("lurah.medono", "camat.barat", "lurah.medono", "camat.barat");
        assertThat(status.reasons.get(1)).isEqualTo("TIDAK_SESUAI_PRIORITAS");
    }
}
