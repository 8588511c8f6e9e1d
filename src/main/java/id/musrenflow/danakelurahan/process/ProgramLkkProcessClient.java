package id.musrenflow.danakelurahan.process;

import id.musrenflow.base.BusinessException;
import id.musrenflow.danakelurahan.LkkProgramme;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts and resumes the program-kerja-lkk process; the only place the programme service reaches the engine from. */
@Component
public class ProgramLkkProcessClient {

    private final RuntimeService runtime;
    private final TaskService tasks;

    ProgramLkkProcessClient(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Starts the review with ids only; the business key is the programme number. */
    public void start(LkkProgramme programme, String submitter) {
        var variables = Variables.createVariables()
                .putValue(ProgramKerjaLkkProcess.Var.PROGRAM_ID, programme.id())
                .putValue(ProgramKerjaLkkProcess.Var.NOMOR, programme.number())
                .putValue(ProgramKerjaLkkProcess.Var.LEMBAGA, programme.lembaga())
                .putValue(ProgramKerjaLkkProcess.Var.KODE_KELURAHAN, programme.kelurahanCode())
                .putValue(ProgramKerjaLkkProcess.Var.PENINJAU, String.join(",",
                        reviewerGroups(programme.kelurahanCode(), programme.lembaga())))
                .putValue(ProgramKerjaLkkProcess.Var.PENGAJU, submitter)
                .putValueTyped(ProgramKerjaLkkProcess.Var.PELAKU, Variables.stringValue(submitter, true));
        runtime.startProcessInstanceByKey(ProgramKerjaLkkProcess.KEY, programme.number(), variables);
    }

    /**
     * The kelurahan staff and the LPM review; an LPM programme is reviewed by the staff alone, so no lembaga
     * judges its own programme.
     */
    public static List<String> reviewerGroups(String kelurahanCode, String lembaga) {
        String staff = "staf-kelurahan:" + kelurahanCode;
        return "LPM".equals(lembaga) ? List.of(staff) : List.of(staff, "lpm:" + kelurahanCode);
    }

    /** Completes the open revision task of the programme (whoever of the lembaga resubmits); back to review. */
    public void completeRevision(String number, String note, String actor) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(ProgramKerjaLkkProcess.KEY)
                .taskDefinitionKey(ProgramKerjaLkkProcess.TASK_REVISI).singleResult();
        if (task == null) {
            throw new BusinessException("dana.program.error.tidak-dalam-revisi");
        }
        var variables = Variables.createVariables()
                .putValue(ProgramKerjaLkkProcess.Var.CATATAN, note)
                .putValue(ProgramKerjaLkkProcess.Var.KODE_ALASAN, null)
                .putValue(ProgramKerjaLkkProcess.Var.ALASAN, null)
                .putValueTyped(ProgramKerjaLkkProcess.Var.PELAKU, Variables.stringValue(actor, true));
        try {
            tasks.complete(task.getId(), variables);
        } catch (OptimisticLockingException concurrent) {
            throw new BusinessException("dana.program.error.diubah-bersamaan");
        }
    }
}
