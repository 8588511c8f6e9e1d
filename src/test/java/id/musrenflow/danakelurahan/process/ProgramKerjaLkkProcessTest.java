package id.musrenflow.danakelurahan.process;

import static id.musrenflow.danakelurahan.process.ProgramKerjaLkkProcess.*;
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

/** Every path through processes/program-kerja-lkk.bpmn, on an in-memory engine with the real file. */
@Deployment(resources = "processes/program-kerja-lkk.bpmn")
class ProgramKerjaLkkProcessTest {

    private static final String MEDONO = "33.75.01.1002";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test-engine.cfg.xml").build();

    private final RecordingListener status = new RecordingListener();

    /** Expression beans must be public classes for the engine's EL resolver. */
    public static class RecordingListener {
        final List<String> statuses = new ArrayList<>();
        final List<String> actors = new ArrayList<>();

        public void ke(DelegateExecution execution, String to) {
            statuses.add(to);
            actors.add((String) execution.getVariable(Var.PELAKU));
        }
    }

    @BeforeEach
    void registerBeans() {
        Mocks.register("ubahStatusProgramLkk", status);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance submit(String lembaga) {
        Map<String, Object> vars = withVariables(Var.PROGRAM_ID, 7L, Var.NOMOR, "PK-2027-3375011002-" + lembaga,
                Var.LEMBAGA, lembaga, Var.KODE_KELURAHAN, MEDONO,
                Var.PENINJAU, String.join(",", ProgramLkkProcessClient.reviewerGroups(MEDONO, lembaga)),
                Var.PENGAJU, "pkk.medono", Var.PELAKU, "pkk.medono");
        return runtimeService().startProcessInstanceByKey(KEY, "PK-2027-3375011002-" + lembaga, vars);
    }

    private static Map<String, Object> review(String decision, String actor) {
        return withVariables(Var.KEPUTUSAN, decision, Var.KODE_ALASAN, "ANGGARAN_TIDAK_WAJAR",
                Var.ALASAN, "alasan telaah uji", Var.PELAKU, actor);
    }

    @Test
    void an_accepted_programme_ends_accepted_after_one_review_by_staff_or_lpm() {
        ProcessInstance pi = submit("PKK");
        assertThat(pi).isWaitingAt(TASK_TELAAH);
        assertThat(task(TASK_TELAAH, pi)).hasCandidateGroup("staf-kelurahan:" + MEDONO)
                .hasCandidateGroup("lpm:" + MEDONO);

        complete(task(TASK_TELAAH, pi), review("TERIMA", "staf.medono"));

        assertThat(pi).isEnded().hasPassed(EVENT_DITERIMA);
        assertThat(status.statuses).containsExactly("DIAJUKAN", "DITERIMA");
        assertThat(status.actors).containsExactly("pkk.medono", "staf.medono");
    }

    @Test
    void a_returned_programme_goes_to_its_submitter_and_back_to_review_until_accepted() {
        ProcessInstance pi = submit("PKK");
        complete(task(TASK_TELAAH, pi), review("REVISI", "lpm.medono"));

        assertThat(pi).isWaitingAt(TASK_REVISI);
        assertThat(task(TASK_REVISI, pi)).isAssignedTo("pkk.medono");
        complete(task(TASK_REVISI, pi), withVariables(Var.CATATAN, "anggaran diperbaiki", Var.PELAKU, "pkk.medono"));
        assertThat(pi).isWaitingAt(TASK_TELAAH);
        complete(task(TASK_TELAAH, pi), review("TERIMA", "staf.medono"));

        assertThat(pi).isEnded().hasPassed(EVENT_DITERIMA);
        assertThat(status.statuses).containsExactly("DIAJUKAN", "PERLU_REVISI", "DIAJUKAN", "DITERIMA");
    }

    @Test
    void a_rejected_programme_ends_rejected() {
        ProcessInstance pi = submit("PKK");
        complete(task(TASK_TELAAH, pi), review("TOLAK", "staf.medono"));

        assertThat(pi).isEnded().hasPassed(EVENT_DITOLAK);
        assertThat(status.statuses).containsExactly("DIAJUKAN", "DITOLAK");
    }

    @Test
    void the_lpm_does_not_review_its_own_programme() {
        ProcessInstance pi = submit("LPM");

        assertThat(task(TASK_TELAAH, pi)).hasCandidateGroup("staf-kelurahan:" + MEDONO);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task(TASK_TELAAH, pi).getId()))
                .extracting(link -> link.getGroupId()).containsExactly("staf-kelurahan:" + MEDONO);
    }
}
