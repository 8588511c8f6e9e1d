package id.musrenflow.lks.process;

import id.musrenflow.calendar.WorkingCalendar;
import id.musrenflow.lks.LksSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Sets the verification's due date (end of the 14th working day after the application reached Dinas Sosial, on the
 * city's working calendar), and the reminder and escalation times derived from it, on the flow into
 * Task_VerifikasiDinsos ({@code ${tenggatVerifikasiLks.tetapkan(execution)}}): variables rather than expressions on
 * each element, because boundary timers are created before the task's own listeners run.
 */
@Component("tenggatVerifikasiLks")
public class TenggatVerifikasiLks {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final Clock clock;
    private final LksSettings settings;
    private final WorkingCalendar calendar;

    public TenggatVerifikasiLks(Clock clock, LksSettings settings, WorkingCalendar calendar) {
        this.clock = clock;
        this.settings = settings;
        this.calendar = calendar;
    }

    public void tetapkan(DelegateExecution execution) {
        ZonedDateTime due = dueFrom(LocalDate.now(clock.withZone(JAKARTA)));
        execution.setVariable(PendaftaranLksProcess.Var.BATAS_VERIFIKASI, Date.from(due.toInstant()));
        execution.setVariable(PendaftaranLksProcess.Var.WAKTU_PENGINGAT,
                Date.from(due.minus(settings.reminderBeforeDue()).toInstant()));
        execution.setVariable(PendaftaranLksProcess.Var.WAKTU_ESKALASI,
                Date.from(due.plus(settings.escalationAfterDue()).toInstant()));
    }

    /** The last moment of the n-th working day after {@code arrived}. */
    public ZonedDateTime dueFrom(LocalDate arrived) {
        return calendar.addWorkingDays(arrived, settings.verificationWorkingDays()).atTime(LocalTime.of(23, 59))
                .atZone(JAKARTA);
    }
}
