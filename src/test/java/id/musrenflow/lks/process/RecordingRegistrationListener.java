package id.musrenflow.lks.process;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for ubahStatusPendaftaran in process tests: records what the model asked for, in order. */
public class RecordingRegistrationListener {

    static final String BERLAKU_SAMPAI = "2032-03-01";
    static final Date WAKTU_PENGINGAT_PERPANJANGAN = java.sql.Timestamp.valueOf("2031-12-31 00:00:00");

    private final List<String> steps = new ArrayList<>();
    static final java.util.Date WAKTU_BERAKHIR = java.sql.Timestamp.valueOf("2032-03-02 00:00:00");

    private final List<String> actors = new ArrayList<>();

    public void ke(DelegateExecution execution, String status) {
        steps.add(status);
        actors.add((String) execution.getVariable(PendaftaranLksProcess.Var.PELAKU));
    }

    public void terdaftar(DelegateExecution execution) {
        steps.add("TERDAFTAR");
        actors.add((String) execution.getVariable(PendaftaranLksProcess.Var.PELAKU));
        execution.setVariable(PendaftaranLksProcess.Var.BERLAKU_SAMPAI, BERLAKU_SAMPAI);
        execution.setVariable(PendaftaranLksProcess.Var.WAKTU_PENGINGAT_PERPANJANGAN, WAKTU_PENGINGAT_PERPANJANGAN);
        execution.setVariable(PendaftaranLksProcess.Var.WAKTU_BERAKHIR, WAKTU_BERAKHIR);
    }

    public void kedaluwarsa(DelegateExecution execution) {
        steps.add("KEDALUWARSA " + execution.getVariable(PendaftaranLksProcess.Var.BERLAKU_SAMPAI));
    }

    public void pengingat(DelegateExecution execution) {
        steps.add("PENGINGAT");
    }

    public void eskalasi(DelegateExecution execution) {
        steps.add("ESKALASI");
    }

    public void pengingatPerpanjangan(DelegateExecution execution) {
        steps.add("PENGINGAT_PERPANJANGAN " + execution.getVariable(PendaftaranLksProcess.Var.BERLAKU_SAMPAI));
    }

    List<String> steps() {
        return steps;
    }

    List<String> actors() {
        return actors;
    }
}
