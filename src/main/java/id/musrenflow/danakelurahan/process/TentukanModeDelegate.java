package id.musrenflow.danakelurahan.process;

import id.musrenflow.danakelurahan.ActivityLifecycle;
import id.musrenflow.danakelurahan.ActivityLifecycle.ModeChoice;
import id.musrenflow.danakelurahan.process.PelaksanaanKegiatanProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_TentukanMode: the decision table decides the mode from the Lurah's choice of implementer. */
@Component("tentukanModeDelegate")
public class TentukanModeDelegate implements JavaDelegate {

    private final ActivityLifecycle lifecycle;

    TentukanModeDelegate(ActivityLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ModeChoice choice = lifecycle.decideMode(((Number) execution.getVariable(Var.KEGIATAN_ID)).longValue(),
                (String) execution.getVariable(Var.KODE_POKMAS), Boolean.TRUE.equals(execution.getVariable(Var.POKMAS_MAMPU)),
                Boolean.TRUE.equals(execution.getVariable(Var.LKK_MAMPU)),
                Boolean.TRUE.equals(execution.getVariable(Var.KEGIATAN_PELATIHAN)), (String) execution.getVariable(Var.PELAKU));
        execution.setVariable(Var.MODE, choice.mode().name());
        execution.setVariable(Var.KELOMPOK_PELAKSANA, choice.implementerGroup());
    }
}
