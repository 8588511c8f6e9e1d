package id.musrenflow.danakelurahan.process;

import id.musrenflow.danakelurahan.KelurahanPlanService;
import id.musrenflow.danakelurahan.PlanStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Execution listener on the alokasi-dana-kelurahan flows ({@code ${ubahStatusRkk.ke(execution, 'DISETUJUI')}}):
 * moves the plan's status in the engine's transaction, with who did it and why from the step's variables.
 */
@Component("ubahStatusRkk")
public class UbahStatusRkkListener {

    private final KelurahanPlanService plans;

    UbahStatusRkkListener(KelurahanPlanService plans) {
        this.plans = plans;
    }

    public void ke(DelegateExecution execution, String status) {
        PlanStatus to = PlanStatus.valueOf(status);
        int year = ((Number) execution.getVariable(AlokasiDanaKelurahanProcess.Var.TAHUN)).intValue();
        String kelurahan = (String) execution.getVariable(AlokasiDanaKelurahanProcess.Var.KODE_KELURAHAN);
        String actor = (String) execution.getVariable(AlokasiDanaKelurahanProcess.Var.PELAKU);
        boolean returned = to == PlanStatus.DIKEMBALIKAN;
        plans.recordStatus(year, kelurahan, to, actor == null ? "sistem" : actor,
                returned ? (String) execution.getVariable(AlokasiDanaKelurahanProcess.Var.KODE_ALASAN) : null,
                returned ? (String) execution.getVariable(AlokasiDanaKelurahanProcess.Var.ALASAN) : null,
                to == PlanStatus.DIAJUKAN ? (String) execution.getVariable(AlokasiDanaKelurahanProcess.Var.CATATAN) : null);
    }
}
