package id.musrenflow.proposal.process;

import id.musrenflow.proposal.ForumDecision;
import id.musrenflow.proposal.ForumLevel;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The forum events of usulan-musrenbang: which usulan wait at Event_TungguForumKelurahan / Event_TungguForumKecamatan
 * for a territory, and the message that moves each one on, in the caller's transaction.
 */
@Component
public class ForumCorrelation {

    private final RuntimeService runtime;

    ForumCorrelation(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Business keys (usulan numbers) of the instances waiting for this forum, in one engine query. */
    public List<String> waiting(ForumLevel level, String territoryCode) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(UsulanMusrenbangProcess.KEY)
                .activityIdIn(level == ForumLevel.KELURAHAN ? UsulanMusrenbangProcess.EVENT_FORUM_KELURAHAN
                        : UsulanMusrenbangProcess.EVENT_FORUM_KECAMATAN)
                .variableValueEquals(level == ForumLevel.KELURAHAN ? UsulanMusrenbangProcess.Var.KODE_KELURAHAN
                        : UsulanMusrenbangProcess.Var.KODE_KECAMATAN, territoryCode)
                .list().stream().map(ProcessInstance::getBusinessKey).toList();
    }

    /**
     * Delivers the forum's decision; every reason variable is set (null when agreed) so that a reason given at an
     * earlier step never ends up in this step's history row.
     */
    public void decide(ForumLevel level, ForumDecision decision, String actor) {
        VariableMap variables = Variables.createVariables()
                .putValue(UsulanMusrenbangProcess.Var.KEPUTUSAN_FORUM, decision.outcome().name())
                .putValue(UsulanMusrenbangProcess.Var.PERINGKAT, decision.outcome().agreed() ? decision.rank() : null)
                .putValue(UsulanMusrenbangProcess.Var.KODE_ALASAN,
                        decision.reasonCode() == null || decision.outcome().agreed() ? null : decision.reasonCode().name())
                .putValue(UsulanMusrenbangProcess.Var.ALASAN,
                        decision.outcome().agreed() ? null : decision.reason().strip())
                .putValue(UsulanMusrenbangProcess.Var.CATATAN, null)
                .putValueTyped(UsulanMusrenbangProcess.Var.PELAKU, Variables.stringValue(actor, true));
        runtime.createMessageCorrelation(level == ForumLevel.KELURAHAN ? UsulanMusrenbangProcess.MESSAGE_FORUM_KELURAHAN
                        : UsulanMusrenbangProcess.MESSAGE_FORUM_KECAMATAN)
                .processInstanceBusinessKey(decision.number())
                .setVariables(variables)
                .correlateWithResult();
    }
}
