package id.musrenflow.lks.process;

import id.musrenflow.lks.RegistrationService;
import id.musrenflow.lks.RegistrationStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Listener and service-task expressions of pendaftaran-lks ({@code ${ubahStatusPendaftaran.ke(execution,
 * 'DITOLAK')}}): the application's status, the registration and the reminders change in the engine's transaction,
 * with who did it and why from the step's variables.
 */
@Component("ubahStatusPendaftaran")
public class UbahStatusPendaftaranListener {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final RegistrationService registrations;

    UbahStatusPendaftaranListener(RegistrationService registrations) {
        this.registrations = registrations;
    }

    public void ke(DelegateExecution execution, String status) {
        registrations.recordStatus(idOf(execution), RegistrationStatus.valueOf(status), actorOf(execution),
                (String) execution.getVariable(PendaftaranLksProcess.Var.KODE_ALASAN),
                reasonOf(execution));
    }

    /** Accepted: the organisation gets its number and expiry; the renewal reminder is timed from the expiry. */
    public void terdaftar(DelegateExecution execution) {
        LocalDate validUntil = registrations.register(idOf(execution), actorOf(execution),
                (String) execution.getVariable(PendaftaranLksProcess.Var.CATATAN));
        execution.setVariable(PendaftaranLksProcess.Var.BERLAKU_SAMPAI, validUntil.toString());
        execution.setVariable(PendaftaranLksProcess.Var.WAKTU_PENGINGAT_PERPANJANGAN,
                Date.from(registrations.renewalReminderDate(validUntil).atStartOfDay(JAKARTA).toInstant()));
        execution.setVariable(PendaftaranLksProcess.Var.WAKTU_BERAKHIR,
                Date.from(validUntil.plusDays(1).atStartOfDay(JAKARTA).toInstant()));
    }

    public void pengingat(DelegateExecution execution) {
        registrations.remindVerifiers(idOf(execution));
    }

    public void eskalasi(DelegateExecution execution) {
        registrations.escalate(idOf(execution));
    }

    public void pengingatPerpanjangan(DelegateExecution execution) {
        registrations.remindRenewal(idOf(execution),
                LocalDate.parse((String) execution.getVariable(PendaftaranLksProcess.Var.BERLAKU_SAMPAI)));
    }

    public void kedaluwarsa(DelegateExecution execution) {
        registrations.expire(idOf(execution),
                LocalDate.parse((String) execution.getVariable(PendaftaranLksProcess.Var.BERLAKU_SAMPAI)));
    }

    private static long idOf(DelegateExecution execution) {
        return ((Number) execution.getVariable(PendaftaranLksProcess.Var.PERMOHONAN_ID)).longValue();
    }

    private static String actorOf(DelegateExecution execution) {
        String actor = (String) execution.getVariable(PendaftaranLksProcess.Var.PELAKU);
        return actor == null ? "sistem" : actor;
    }

    /** The reason as written; an officer's resubmission note when there is no reason. */
    private static String reasonOf(DelegateExecution execution) {
        String reason = (String) execution.getVariable(PendaftaranLksProcess.Var.ALASAN);
        return reason != null ? reason : (String) execution.getVariable(PendaftaranLksProcess.Var.CATATAN);
    }
}
