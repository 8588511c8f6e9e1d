package id.musrenflow.danakelurahan.process;

import id.musrenflow.danakelurahan.ActivityLifecycle;
import id.musrenflow.danakelurahan.ActivityStatus;
import id.musrenflow.danakelurahan.process.PelaksanaanKegiatanProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Listeners and service-task expressions of pelaksanaan-kegiatan-kelurahan.bpmn ({@code ${statusKegiatan.ke(execution,
 * 'PENGADAAN')}} and friends): each hands the step to {@link ActivityLifecycle} in the engine's transaction.
 */
@Component("statusKegiatan")
public class StatusKegiatanListener {

    private final ActivityLifecycle lifecycle;

    StatusKegiatanListener(ActivityLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public void ke(DelegateExecution execution, String status) {
        lifecycle.recordStep(id(execution), stage(execution), ActivityStatus.valueOf(status), actor(execution),
                consume(execution, Var.ALASAN), consume(execution, Var.CATATAN));
    }

    public void persiapan(DelegateExecution execution, String decision) {
        lifecycle.preparationChecked(id(execution), "TERIMA".equals(decision), actor(execution),
                consume(execution, Var.ALASAN));
    }

    public void cairkan(DelegateExecution execution) {
        lifecycle.release(id(execution), stage(execution), actor(execution), consume(execution, Var.CATATAN));
    }

    public void pengingat(DelegateExecution execution) {
        lifecycle.remindReport(id(execution));
    }

    public void eskalasi(DelegateExecution execution) {
        lifecycle.escalateReport(id(execution));
    }

    public void pastikanTerisi(DelegateTask task) {
        lifecycle.requireRecorded(id(task), stage(task), task.getTaskDefinitionKey());
    }

    /** A step's reason or note belongs to that step only: read once, then removed so no later step repeats it. */
    private static String consume(DelegateExecution execution, String name) {
        String value = (String) execution.getVariable(name);
        execution.removeVariable(name);
        return value;
    }

    private static long id(VariableScope scope) {
        return ((Number) scope.getVariable(Var.KEGIATAN_ID)).longValue();
    }

    private static int stage(VariableScope scope) {
        Object stage = scope.getVariable(Var.TAHAP_KE);
        return stage == null ? 1 : ((Number) stage).intValue();
    }

    private static String actor(VariableScope scope) {
        Object actor = scope.getVariable(Var.PELAKU);
        return actor == null ? "sistem" : (String) actor;
    }
}
