package id.musrenflow.danakelurahan.process;

import id.musrenflow.danakelurahan.LkkProgrammeService;
import id.musrenflow.danakelurahan.ProgrammeStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Execution listener on the program-kerja-lkk flows ({@code ${ubahStatusProgramLkk.ke(execution, 'DITERIMA')}}):
 * moves the business status in the engine's transaction, with who did it and why from the step's variables.
 */
@Component("ubahStatusProgramLkk")
public class UbahStatusProgramLkkListener {

    private final LkkProgrammeService programmes;

    UbahStatusProgramLkkListener(LkkProgrammeService programmes) {
        this.programmes = programmes;
    }

    public void ke(DelegateExecution execution, String status) {
        ProgrammeStatus to = ProgrammeStatus.valueOf(status);
        long id = ((Number) execution.getVariable(ProgramKerjaLkkProcess.Var.PROGRAM_ID)).longValue();
        String actor = (String) execution.getVariable(ProgramKerjaLkkProcess.Var.PELAKU);
        // a reason belongs to a refusal only; the variables of an earlier return would otherwise repeat
        boolean refusal = to == ProgrammeStatus.PERLU_REVISI || to == ProgrammeStatus.DITOLAK;
        programmes.recordStatus(id, to, actor == null ? "sistem" : actor,
                refusal ? (String) execution.getVariable(ProgramKerjaLkkProcess.Var.KODE_ALASAN) : null,
                refusal ? (String) execution.getVariable(ProgramKerjaLkkProcess.Var.ALASAN) : null,
                (String) execution.getVariable(ProgramKerjaLkkProcess.Var.CATATAN));
    }
}
