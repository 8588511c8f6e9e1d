package id.musrenflow.proposal.process;

import id.musrenflow.base.BusinessException;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.region.TerritoryCodes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts and signals the usulan-musrenbang process; the only place ProposalService reaches the engine from. */
@Component
public class UsulanProcessClient {

    private final RuntimeService runtime;
    private final TaskService tasks;

    UsulanProcessClient(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Starts the process with ids only; returns the process instance id. */
    public String start(ProposalSummary usulan, boolean needsRwReview, String actor) {
        return runtime.startProcessInstanceByKey(UsulanMusrenbangProcess.KEY, usulan.number(),
                variables(usulan, needsRwReview, actor)).getId();
    }

    /**
     * Starts a carried-over usulan at the forum it had reached in the previous season (KELURAHAN or KECAMATAN): it
     * waits there for the new season's forum, as an usulan verified this season would.
     */
    public String startAtForum(ProposalSummary usulan, String level, String actor) {
        String waitAt = "KECAMATAN".equals(level) ? UsulanMusrenbangProcess.EVENT_FORUM_KECAMATAN
                : UsulanMusrenbangProcess.EVENT_FORUM_KELURAHAN;
        return runtime.createProcessInstanceByKey(UsulanMusrenbangProcess.KEY).businessKey(usulan.number())
                .setVariables(variables(usulan, false, actor)).startBeforeActivity(waitAt).execute().getId();
    }

    /** Ends an usulan's process when its season closes with the usulan still under way. */
    public void end(String processInstanceId, String reason) {
        if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            runtime.deleteProcessInstance(processInstanceId, reason, true, true);
        }
    }

    private static Map<String, Object> variables(ProposalSummary usulan, boolean needsRwReview, String actor) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(UsulanMusrenbangProcess.Var.USULAN_ID, usulan.id());
        vars.put(UsulanMusrenbangProcess.Var.NOMOR, usulan.number());
        vars.put(UsulanMusrenbangProcess.Var.TAHUN, usulan.year());
        vars.put(UsulanMusrenbangProcess.Var.JUDUL, usulan.title());
        vars.put(UsulanMusrenbangProcess.Var.PENGUSUL, usulan.proposer());
        vars.put(UsulanMusrenbangProcess.Var.PERLU_TELAAH_RW, needsRwReview);
        vars.put(UsulanMusrenbangProcess.Var.KODE_RW, usulan.rwCode());
        vars.put(UsulanMusrenbangProcess.Var.KODE_KELURAHAN, usulan.kelurahanCode());
        vars.put(UsulanMusrenbangProcess.Var.KODE_KECAMATAN, kecamatanOf(usulan.kelurahanCode()));
        vars.put(UsulanMusrenbangProcess.Var.KODE_OPD, usulan.targetOpd());
        return Variables.fromMap(vars)
                .putValueTyped(UsulanMusrenbangProcess.Var.PELAKU, Variables.stringValue(actor, true));
    }

    public void withdraw(String number, String actor, String reason) {
        runtime.createMessageCorrelation(UsulanMusrenbangProcess.MESSAGE_PENARIKAN)
                .processInstanceBusinessKey(number)
                .setVariable(UsulanMusrenbangProcess.Var.ALASAN, reason)
                .setVariable(UsulanMusrenbangProcess.Var.KODE_ALASAN, null)
                .setVariable(UsulanMusrenbangProcess.Var.PELAKU, actor)
                .correlateWithResult();
    }

    /**
     * Completes the proposer's Task_RevisiUsulan of this usulan; the model then returns it to the stage that sent
     * it back. The return's reason code and text are cleared so the next history step carries only the note.
     */
    public void completeRevision(String number, String proposer, String note, String actor) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(number)
                .taskDefinitionKey(UsulanMusrenbangProcess.TASK_REVISI)
                .taskAssignee(proposer)
                .singleResult();
        if (task == null) {
            throw new BusinessException("usulan.revisi.error.tugas-tidak-ada");
        }
        var variables = Variables.createVariables()
                .putValue(UsulanMusrenbangProcess.Var.CATATAN, note)
                .putValue(UsulanMusrenbangProcess.Var.KODE_ALASAN, null)
                .putValue(UsulanMusrenbangProcess.Var.ALASAN, null)
                .putValueTyped(UsulanMusrenbangProcess.Var.PELAKU, Variables.stringValue(actor, true));
        try {
            tasks.complete(task.getId(), variables);
        } catch (OptimisticLockingException concurrent) {
            throw new BusinessException("usulan.error.diubah-bersamaan");
        }
    }

    private static String kecamatanOf(String kelurahanCode) {
        List<String> chain = TerritoryCodes.selfAndAncestors(kelurahanCode);
        return chain.size() > 1 ? chain.get(1) : null;
    }
}
