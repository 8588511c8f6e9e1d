package id.musrenflow.proposal.process;

import id.musrenflow.proposal.ProposalExecutionService;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Execution listener on the flows after the final OPD's post-RKPD tasks ({@code ${pelaksanaanUsulan.catatAnggaran(execution)}}):
 * stores what the OPD recorded on the usulan, before {@code ubahStatusUsulan} moves the status in the same step.
 * A reason or reason code left from an earlier step is cleared where the task's form has none, so it never ends
 * up in this step's history row.
 */
@Component("pelaksanaanUsulan")
public class PelaksanaanUsulanListener {

    private final ProposalExecutionService execution;

    PelaksanaanUsulanListener(ProposalExecutionService execution) {
        this.execution = execution;
    }

    /** Flow_Dianggarkan */
    public void catatAnggaran(DelegateExecution step) {
        execution.recordBudget(idOf(step), (String) step.getVariable(UsulanMusrenbangProcess.Var.NOMOR_DPA),
                date(step, UsulanMusrenbangProcess.Var.TANGGAL_DPA),
                rupiah(step, UsulanMusrenbangProcess.Var.NILAI_ANGGARAN));
        clearReason(step);
    }

    /** Flow_MulaiDilaksanakan */
    public void catatMulai(DelegateExecution step) {
        execution.recordStart(idOf(step), date(step, UsulanMusrenbangProcess.Var.TANGGAL_MULAI));
        clearReason(step);
    }

    /** Flow_Selesai: the reason, if any, explains spending above the budget. */
    public void catatSelesai(DelegateExecution step) {
        execution.recordCompletion(idOf(step), date(step, UsulanMusrenbangProcess.Var.TANGGAL_SELESAI),
                rupiah(step, UsulanMusrenbangProcess.Var.NILAI_REALISASI),
                (String) step.getVariable(UsulanMusrenbangProcess.Var.ALASAN));
        step.setVariable(UsulanMusrenbangProcess.Var.KODE_ALASAN, null);
    }

    /** Flow_TidakMasukRkpd, Flow_TidakDianggarkan: unfunded, the usulan stays valid for later cycles. */
    public void bawaKeSiklusBerikutnya(DelegateExecution step) {
        execution.carryOver(idOf(step));
    }

    private static void clearReason(DelegateExecution step) {
        step.setVariable(UsulanMusrenbangProcess.Var.KODE_ALASAN, null);
        step.setVariable(UsulanMusrenbangProcess.Var.ALASAN, null);
    }

    private static long idOf(DelegateExecution step) {
        return ((Number) step.getVariable(UsulanMusrenbangProcess.Var.USULAN_ID)).longValue();
    }

    /** Camunda Forms store dates as ISO strings (yyyy-MM-dd). */
    private static LocalDate date(DelegateExecution step, String name) {
        Object value = step.getVariable(name);
        return value == null ? null : LocalDate.parse(value.toString());
    }

    private static BigDecimal rupiah(DelegateExecution step, String name) {
        Object value = step.getVariable(name);
        return value instanceof Number n ? new BigDecimal(n.toString()) : null;
    }
}
