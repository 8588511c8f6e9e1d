package id.musrenflow.lks.process;

import id.musrenflow.base.BusinessException;
import id.musrenflow.lks.Application;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts and signals the pendaftaran-lks process; the only place RegistrationService reaches the engine from. */
@Component
public class PendaftaranLksClient {

    private final RuntimeService runtime;
    private final TaskService tasks;

    PendaftaranLksClient(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Business key = application number; variables are ids and names only. */
    public String start(Application application, String actor) {
        var variables = Variables.createVariables()
                .putValue(PendaftaranLksProcess.Var.PERMOHONAN_ID, application.id())
                .putValue(PendaftaranLksProcess.Var.NOMOR, application.number())
                .putValue(PendaftaranLksProcess.Var.KODE_LKS, application.organisationCode())
                .putValue(PendaftaranLksProcess.Var.NAMA_LKS, application.organisationName())
                .putValue(PendaftaranLksProcess.Var.PENGAJU, application.submittedBy())
                .putValueTyped(PendaftaranLksProcess.Var.PELAKU, Variables.stringValue(actor, true));
        return runtime.startProcessInstanceByKey(PendaftaranLksProcess.KEY, application.number(), variables).getId();
    }

    /** Completes the submitter's Task_PerbaikanPermohonan of this application: back to Dinas Sosial. */
    public void resubmit(String number, String actor, String note) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(PendaftaranLksProcess.TASK_PERBAIKAN).taskAssignee(actor).singleResult();
        if (task == null) {
            throw new BusinessException("lks.permohonan.error.tidak-perlu-perbaikan");
        }
        var variables = Variables.createVariables()
                .putValue(PendaftaranLksProcess.Var.CATATAN, note)
                .putValue(PendaftaranLksProcess.Var.KODE_ALASAN, null)
                .putValue(PendaftaranLksProcess.Var.ALASAN, null)
                .putValueTyped(PendaftaranLksProcess.Var.PELAKU, Variables.stringValue(actor, true));
        try {
            tasks.complete(task.getId(), variables);
        } catch (OptimisticLockingException concurrent) {
            throw new BusinessException("lks.error.diubah-bersamaan");
        }
    }
}
