package id.musrenflow.proposal.process;

import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStatus;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Execution listener on the usulan flows ({@code ${ubahStatusUsulan.ke(execution, 'PRIORITAS_RW')}}): moves the
 * business status in the engine's transaction, with who did it and why from the step's variables.
 */
@Component("ubahStatusUsulan")
public class UbahStatusUsulanListener {

    private final ProposalService proposals;

    UbahStatusUsulanListener(ProposalService proposals) {
        this.proposals = proposals;
    }

    public void ke(DelegateExecution execution, String status) {
        record(execution, List.of(status));
    }

    /** Stores the rank the RW head gave, refusing a rank another usulan of the same RW list already holds. */
    public void peringkatRw(DelegateExecution execution) {
        Object rank = execution.getVariable(UsulanMusrenbangProcess.Var.PERINGKAT);
        proposals.recordRwRank(idOf(execution), rank == null ? null : ((Number) rank).intValue());
    }

    /** The kecamatan survey team found the usulan feasible: it now waits for the musrenbang kecamatan. */
    public void layakLapangan(DelegateExecution execution) {
        proposals.recordFieldVerified(idOf(execution));
    }

    public void menurutForumKelurahan(DelegateExecution execution) {
        record(execution, StatusUsulanRules.afterKelurahanForum(
                (String) execution.getVariable(UsulanMusrenbangProcess.Var.KEPUTUSAN_FORUM)));
    }

    /** Discussion or re-assignment; the model has already put the receiving OPD into kodeOpd for the next task. */
    public void menurutKeputusanOpd(DelegateExecution execution) {
        String decision = (String) execution.getVariable(UsulanMusrenbangProcess.Var.KEPUTUSAN);
        if ("ALIHKAN".equals(decision)) {
            proposals.recordFinalOpd(idOf(execution), (String) execution.getVariable(UsulanMusrenbangProcess.Var.KODE_OPD));
        }
        record(execution, List.of(StatusUsulanRules.afterOpdRepeat(decision)));
    }

    private static long idOf(DelegateExecution execution) {
        return ((Number) execution.getVariable(UsulanMusrenbangProcess.Var.USULAN_ID)).longValue();
    }

    private void record(DelegateExecution execution, List<String> statuses) {
        long id = idOf(execution);
        String actor = (String) execution.getVariable(UsulanMusrenbangProcess.Var.PELAKU);
        String reasonCode = (String) execution.getVariable(UsulanMusrenbangProcess.Var.KODE_ALASAN);
        String reason = (String) execution.getVariable(UsulanMusrenbangProcess.Var.ALASAN);
        String note = (String) execution.getVariable(UsulanMusrenbangProcess.Var.CATATAN);
        for (String status : statuses) {
            proposals.recordStatus(id, ProposalStatus.valueOf(status), actor == null ? "sistem" : actor, reasonCode,
                    reason, note);
        }
    }
}
