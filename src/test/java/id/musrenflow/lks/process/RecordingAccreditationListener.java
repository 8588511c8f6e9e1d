package id.musrenflow.lks.process;

import id.musrenflow.base.BusinessException;
import id.musrenflow.lks.AccreditationComponent;
import id.musrenflow.lks.AccreditationScore;
import id.musrenflow.lks.AccreditationSettings;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Stands in for akreditasiLks in process tests: records what the model asked for, in order. Grades with the real
 * weighted score and the deployed peringkat-akreditasi.dmn; eligibility is set by the test.
 */
public class RecordingAccreditationListener {

    static final String BERLAKU_SAMPAI = "2032-03-31";
    static final Date WAKTU_PENGINGAT = java.sql.Timestamp.valueOf("2031-09-30 00:00:00");
    static final Date WAKTU_BERAKHIR = java.sql.Timestamp.valueOf("2032-04-01 00:00:00");

    private final List<String> steps = new ArrayList<>();
    private final PeringkatAkreditasi peringkat;
    String ineligibility;
    String linkedAssessor;

    RecordingAccreditationListener(PeringkatAkreditasi peringkat) {
        this.peringkat = peringkat;
    }

    public void periksaKelayakan(DelegateExecution execution) {
        execution.setVariable(AkreditasiLksProcess.Var.LAYAK, ineligibility == null);
        execution.setVariable(AkreditasiLksProcess.Var.KODE_ALASAN, ineligibility);
    }

    public void ke(DelegateExecution execution, String status) {
        steps.add(status + " " + execution.getVariable(AkreditasiLksProcess.Var.PELAKU));
    }

    public void tugaskanAsesor(DelegateTask task) {
        String assessor = (String) task.getVariable(AkreditasiLksProcess.Var.ASESOR);
        if (assessor.equals(linkedAssessor)) {
            throw new BusinessException("lks.akreditasi.error.asesor-terkait", assessor);
        }
        steps.add("ASESOR_DITUGASKAN " + assessor);
    }

    /** Refuses a visit scheduled before the engine's today, as SiteVisitService does. */
    public void jadwalkanKunjungan(DelegateTask task) {
        String at = (String) task.getVariable(AkreditasiLksProcess.Var.JADWAL_KUNJUNGAN);
        java.time.LocalDate today = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
                .atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        if (java.time.LocalDateTime.parse(at).toLocalDate().isBefore(today)) {
            throw new BusinessException("lks.akreditasi.error.jadwal-lampau", at, today);
        }
        steps.add("VISITASI_DIJADWALKAN " + at);
    }

    public void tetapkanPeringkat(DelegateExecution execution) {
        Map<AccreditationComponent, Number> scores = new EnumMap<>(AccreditationComponent.class);
        for (AccreditationComponent c : AccreditationComponent.values()) {
            scores.put(c, (Number) execution.getVariable(c.variable()));
        }
        AccreditationScore score = AccreditationScore.of(scores, new AccreditationSettings(null, null).weights());
        PeringkatAkreditasi.Result result = peringkat.evaluate(score);
        execution.setVariable(AkreditasiLksProcess.Var.NILAI_AKHIR, score.total().doubleValue());
        execution.setVariable(AkreditasiLksProcess.Var.PERINGKAT, result.grade().name());
        execution.setVariable(AkreditasiLksProcess.Var.MASA_BERLAKU_TAHUN, result.validityYears());
        steps.add("DINILAI " + score.total().toPlainString() + " " + result.grade());
    }

    public void terakreditasi(DelegateExecution execution) {
        steps.add("TERAKREDITASI " + execution.getVariable(AkreditasiLksProcess.Var.PERINGKAT) + " "
                + execution.getVariable(AkreditasiLksProcess.Var.MASA_BERLAKU_TAHUN));
        execution.setVariable(AkreditasiLksProcess.Var.BERLAKU_SAMPAI, BERLAKU_SAMPAI);
        execution.setVariable(AkreditasiLksProcess.Var.WAKTU_PENGINGAT, WAKTU_PENGINGAT);
        execution.setVariable(AkreditasiLksProcess.Var.WAKTU_BERAKHIR, WAKTU_BERAKHIR);
    }

    public void pengingat(DelegateExecution execution) {
        steps.add("PENGINGAT " + execution.getVariable(AkreditasiLksProcess.Var.BERLAKU_SAMPAI));
    }

    public void kedaluwarsa(DelegateExecution execution) {
        steps.add("KEDALUWARSA");
    }

    List<String> steps() {
        return steps;
    }
}
