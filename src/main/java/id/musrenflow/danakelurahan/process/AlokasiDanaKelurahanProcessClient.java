package id.musrenflow.danakelurahan.process;

import id.musrenflow.base.BusinessException;
import id.musrenflow.danakelurahan.KelurahanPlan;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts and resumes the alokasi-dana-kelurahan process; the plan service reaches the engine only from here. */
@Component
public class AlokasiDanaKelurahanProcessClient {

    private final RuntimeService runtime;
    private final TaskService tasks;

    AlokasiDanaKelurahanProcessClient(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** The Camat of the kelurahan's kecamatan (33.75.01.1002 lies in 33.75.01). */
    public static String camatGroup(String kelurahanCode) {
        return "camat:" + kelurahanCode.substring(0, kelurahanCode.lastIndexOf('.'));
    }

    public void start(KelurahanPlan plan, String submitter) {
        var variables = Variables.createVariables()
                .putValue(AlokasiDanaKelurahanProcess.Var.TAHUN, plan.year())
                .putValue(AlokasiDanaKelurahanProcess.Var.KODE_KELURAHAN, plan.kelurahanCode())
                .putValue(AlokasiDanaKelurahanProcess.Var.NOMOR, plan.number())
                .putValue(AlokasiDanaKelurahanProcess.Var.KELOMPOK_CAMAT, camatGroup(plan.kelurahanCode()))
                .putValue(AlokasiDanaKelurahanProcess.Var.KELOMPOK_LURAH, "lurah:" + plan.kelurahanCode())
                .putValue(AlokasiDanaKelurahanProcess.Var.PENGAJU, submitter)
                .putValueTyped(AlokasiDanaKelurahanProcess.Var.PELAKU, Variables.stringValue(submitter, true));
        runtime.startProcessInstanceByKey(AlokasiDanaKelurahanProcess.KEY, plan.number(), variables);
    }

    /** Completes the open repair task of a returned plan: back to the Camat. */
    public void completeRepair(String number, String note, String actor) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(AlokasiDanaKelurahanProcess.KEY)
                .taskDefinitionKey(AlokasiDanaKelurahanProcess.TASK_PERBAIKAN).singleResult();
        if (task == null) {
            throw new BusinessException("dana.rkk.error.status");
        }
        var variables = Variables.createVariables()
                .putValue(AlokasiDanaKelurahanProcess.Var.CATATAN, note)
                .putValue(AlokasiDanaKelurahanProcess.Var.KODE_ALASAN, null)
                .putValue(AlokasiDanaKelurahanProcess.Var.ALASAN, null)
                .putValueTyped(AlokasiDanaKelurahanProcess.Var.PELAKU, Variables.stringValue(actor, true));
        try {
            tasks.complete(task.getId(), variables);
        } catch (OptimisticLockingException concurrent) {
            throw new BusinessException("dana.rkk.error.diubah-bersamaan");
        }
    }
}
