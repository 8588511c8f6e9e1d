package id.musrenflow.proposal.process;

import id.musrenflow.calendar.WorkingCalendar;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.season.SeasonService;
import id.musrenflow.season.Stage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Due dates of the usulan tasks: the end of the earlier of two days, the configured number of working days from
 * today (holidays and cuti bersama skipped) and the last day of the stage's window in the season of the usulan's
 * planning year. Set once on the flow into each task ({@code ${tenggatTahap.tetapkan(execution, 'RW')}}), with the
 * reminder time, as variables the task and its boundary timers read: the timers are created before the task's own
 * listeners run, so they cannot take the date from the task. The final OPD's tasks after the RKPD (ANGGARAN,
 * PELAKSANAAN, PENYELESAIAN) have no season window: they are due when the planning year, the fiscal year of its
 * APBD, ends (UU 17/2003 art. 4: 1 January to 31 December), or in working days if that has passed.
 */
@Component("tenggatTahap")
public class TenggatTahap {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final LocalTime OFFICE_OPENS = LocalTime.of(8, 0);
    /** The season window each task stage must finish in; a revision has only its working days. */
    private static final Map<String, Stage> WINDOWS = Map.of("RW", Stage.REMBUK_RW,
            "KELURAHAN", Stage.PRA_MUSRENBANG_KELURAHAN, "LAPANGAN", Stage.VERIFIKASI_LAPANGAN,
            "OPD", Stage.FORUM_PERANGKAT_DAERAH, "BAPPEDA", Stage.MUSRENBANG_KOTA);

    /** The final OPD's tasks after the RKPD are due when the planning year, the APBD's fiscal year, ends. */
    private static final Set<String> FISCAL_YEAR = Set.of("ANGGARAN", "PELAKSANAAN", "PENYELESAIAN");

    private final Clock clock;
    private final StageDeadlines deadlines;
    private final WorkingCalendar calendar;
    private final SeasonService seasons;
    private final ProposalService proposals;

    TenggatTahap(Clock clock, StageDeadlines deadlines, WorkingCalendar calendar, SeasonService seasons,
                 ProposalService proposals) {
        this.proposals = proposals;
        this.clock = clock;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.seasons = seasons;
    }

    /** Sets the due date and the reminder time of the task of {@code stage} the flow is about to enter. */
    public void tetapkan(DelegateExecution execution, String stage) {
        Date due = untuk(stage, (Integer) execution.getVariable(UsulanMusrenbangProcess.Var.TAHUN));
        execution.setVariable(UsulanMusrenbangProcess.Var.BATAS_WAKTU, due);
        execution.setVariable(UsulanMusrenbangProcess.Var.WAKTU_PENGINGAT, Date.from(reminderFor(due.toInstant())));
        proposals.recordTaskDue(((Number) execution.getVariable(UsulanMusrenbangProcess.Var.USULAN_ID)).longValue(),
                LocalDateTime.ofInstant(due.toInstant(), WIB));
    }

    public Date untuk(String stage, Integer planningYear) {
        LocalDate today = LocalDate.now(clock.withZone(WIB));
        LocalDate day = calendar.addWorkingDays(today, deadlines.workingDays(stage));
        if (FISCAL_YEAR.contains(stage) && planningYear != null) {
            LocalDate yearEnd = LocalDate.of(planningYear, 12, 31);
            day = yearEnd.isBefore(today) ? day : yearEnd;
        }
        Stage window = WINDOWS.get(stage);
        if (window != null && planningYear != null) {
            day = seasons.windowEnd(planningYear, window).filter(day::isAfter).orElse(day);
        }
        return Date.from(day.atTime(LocalTime.of(23, 59)).atZone(WIB).toInstant());
    }

    /**
     * Office opening on the working day the configured number of working days before the due day; when that has
     * already passed (a short window), halfway between now and the due date, so the reminder still comes first.
     */
    Instant reminderFor(Instant due) {
        LocalDate day = due.atZone(WIB).toLocalDate();
        for (int left = deadlines.reminderWorkingDaysBefore(); left > 0; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        Instant reminder = day.atTime(OFFICE_OPENS).atZone(WIB).toInstant();
        Instant now = clock.instant();
        if (reminder.isAfter(now)) {
            return reminder;
        }
        return due.isAfter(now) ? now.plus(Duration.between(now, due).dividedBy(2)) : due;
    }
}
