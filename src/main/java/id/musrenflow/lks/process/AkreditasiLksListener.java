package id.musrenflow.lks.process;

import id.musrenflow.lks.AccreditationComponent;
import id.musrenflow.lks.AccreditationService;
import id.musrenflow.lks.AccreditationStatus;
import id.musrenflow.lks.SiteVisitService;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Listener and service-task expressions of akreditasi-lks ({@code ${akreditasiLks.ke(execution, 'DITOLAK')}}):
 * the application's status, scores, grade and the organisation's accreditation change in the engine's transaction,
 * with who did it and why from the step's variables.
 */
@Component("akreditasiLks")
public class AkreditasiLksListener {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final AccreditationService accreditations;
    private final SiteVisitService visits;

    AkreditasiLksListener(AccreditationService accreditations, SiteVisitService visits) {
        this.accreditations = accreditations;
        this.visits = visits;
    }

    public void periksaKelayakan(DelegateExecution execution) {
        String reason = accreditations.ineligibility(idOf(execution));
        execution.setVariable(AkreditasiLksProcess.Var.LAYAK, reason == null);
        execution.setVariable(AkreditasiLksProcess.Var.KODE_ALASAN, reason);
    }

    public void ke(DelegateExecution execution, String status) {
        accreditations.recordStatus(idOf(execution), AccreditationStatus.valueOf(status), actorOf(execution),
                (String) execution.getVariable(AkreditasiLksProcess.Var.KODE_ALASAN), reasonOf(execution));
    }

    /** On completing Task_PenugasanAsesor: refuses (rolls back the completion) an assessor linked to the LKS. */
    public void tugaskanAsesor(DelegateTask task) {
        accreditations.assignAssessor(idOf(task), (String) task.getVariable(AkreditasiLksProcess.Var.ASESOR),
                actorOf(task));
    }

    /** On completing Task_JadwalkanKunjungan: refuses (rolls back the completion) a date in the past. */
    public void jadwalkanKunjungan(DelegateTask task) {
        Object at = task.getVariable(AkreditasiLksProcess.Var.JADWAL_KUNJUNGAN);
        visits.schedule(idOf(task), at == null ? null : LocalDateTime.parse(at.toString()), actorOf(task));
    }

    public void tetapkanPeringkat(DelegateExecution execution) {
        Map<AccreditationComponent, Number> scores = new EnumMap<>(AccreditationComponent.class);
        for (AccreditationComponent component : AccreditationComponent.values()) {
            Object value = execution.getVariable(component.variable());
            scores.put(component, value instanceof Number n ? n : null);
        }
        Object visit = execution.getVariable(AkreditasiLksProcess.Var.TANGGAL_KUNJUNGAN);
        PeringkatAkreditasi.Result result = accreditations.grade(idOf(execution), scores,
                visit == null ? null : LocalDate.parse(visit.toString().substring(0, 10)),
                (String) execution.getVariable(AkreditasiLksProcess.Var.LAPORAN_KUNJUNGAN), actorOf(execution));
        execution.setVariable(AkreditasiLksProcess.Var.PERINGKAT, result.grade().name());
        execution.setVariable(AkreditasiLksProcess.Var.MASA_BERLAKU_TAHUN, result.validityYears());
    }

    /** Approved: grade and expiry stored; the reminder and the expiry timers are timed from the expiry. */
    public void terakreditasi(DelegateExecution execution) {
        int years = ((Number) execution.getVariable(AkreditasiLksProcess.Var.MASA_BERLAKU_TAHUN)).intValue();
        LocalDate validUntil = accreditations.accredit(idOf(execution), years, actorOf(execution),
                (String) execution.getVariable(AkreditasiLksProcess.Var.CATATAN));
        execution.setVariable(AkreditasiLksProcess.Var.BERLAKU_SAMPAI, validUntil.toString());
        execution.setVariable(AkreditasiLksProcess.Var.WAKTU_PENGINGAT,
                Date.from(accreditations.reminderDate(validUntil).atStartOfDay(JAKARTA).toInstant()));
        execution.setVariable(AkreditasiLksProcess.Var.WAKTU_BERAKHIR,
                Date.from(validUntil.plusDays(1).atStartOfDay(JAKARTA).toInstant()));
    }

    public void pengingat(DelegateExecution execution) {
        accreditations.remindReaccreditation(idOf(execution),
                LocalDate.parse((String) execution.getVariable(AkreditasiLksProcess.Var.BERLAKU_SAMPAI)));
    }

    public void kedaluwarsa(DelegateExecution execution) {
        accreditations.expire(idOf(execution));
    }

    private static long idOf(VariableScope scope) {
        return ((Number) scope.getVariable(AkreditasiLksProcess.Var.AKREDITASI_ID)).longValue();
    }

    private static String actorOf(VariableScope scope) {
        String actor = (String) scope.getVariable(AkreditasiLksProcess.Var.PELAKU);
        return actor == null ? "sistem" : actor;
    }

    private static String reasonOf(VariableScope scope) {
        String reason = (String) scope.getVariable(AkreditasiLksProcess.Var.ALASAN);
        return reason != null ? reason : (String) scope.getVariable(AkreditasiLksProcess.Var.CATATAN);
    }
}
