package id.musrenflow.danakelurahan.process;

import id.musrenflow.base.BusinessException;
import id.musrenflow.danakelurahan.process.PelaksanaanKegiatanProcess.Var;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts and resumes the pelaksanaan-kegiatan process; the activity services reach the engine only from here. */
@Component
public class PelaksanaanKegiatanProcessClient {

    /** What an execution instance starts with. */
    public record Start(long activityId, String number, String kelurahanCode, int stages, String reportPeriod,
                        String escalationAfter, String actor) {
    }

    private final RuntimeService runtime;
    private final TaskService tasks;

    PelaksanaanKegiatanProcessClient(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    public void start(Start start) {
        VariableMap variables = Variables.createVariables()
                .putValue(Var.KEGIATAN_ID, start.activityId())
                .putValue(Var.NOMOR, start.number())
                .putValue(Var.KODE_KELURAHAN, start.kelurahanCode())
                .putValue(Var.KELOMPOK_LURAH, "lurah:" + start.kelurahanCode())
                .putValue(Var.KELOMPOK_STAF, "staf-kelurahan:" + start.kelurahanCode())
                .putValue(Var.KELOMPOK_PELAKSANA, "staf-kelurahan:" + start.kelurahanCode())
                .putValue(Var.JUMLAH_TAHAP, start.stages())
                .putValue(Var.TAHAP_KE, 1)
                .putValue(Var.PERIODE_LAPORAN, start.reportPeriod())
                .putValue(Var.ESKALASI_LAPORAN, start.escalationAfter())
                .putValueTyped(Var.PELAKU, Variables.stringValue(start.actor(), true));
        runtime.startProcessInstanceByKey(PelaksanaanKegiatanProcess.KEY, start.number(), variables);
    }

    /** Task definition keys the activity's process waits at now (empty once it ended). */
    public Set<String> openTasks(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(PelaksanaanKegiatanProcess.KEY).list().stream()
                .map(Task::getTaskDefinitionKey).collect(Collectors.toSet());
    }

    public boolean waitsAt(String number, String taskKey) {
        return open(number, taskKey) != null;
    }

    /** Completes the activity's open task of that kind; refused when the process is not there (any more). */
    public void complete(String number, String taskKey, Map<String, Object> values, String actor) {
        Task task = open(number, taskKey);
        if (task == null) {
            throw new BusinessException("kegiatan.error.langkah-tidak-terbuka");
        }
        VariableMap variables = Variables.fromMap(values)
                .putValueTyped(Var.PELAKU, Variables.stringValue(actor, true));
        try {
            tasks.complete(task.getId(), variables);
        } catch (OptimisticLockingException concurrent) {
            throw new BusinessException("kegiatan.error.diubah-bersamaan");
        }
    }

    /** Tells the report watch that a progress report arrived (restarts its period); nothing waits after handover. */
    public void reportReceived(String number) {
        runtime.createMessageCorrelation(PelaksanaanKegiatanProcess.MESSAGE_LAPORAN)
                .processInstanceBusinessKey(number).correlateAllWithResult();
    }

    private Task open(String number, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(PelaksanaanKegiatanProcess.KEY).taskDefinitionKey(taskKey).singleResult();
    }
}
