package id.musrenflow.proposal.process;

import id.musrenflow.calendar.WorkingCalendar;
import id.musrenflow.season.SeasonService;
import id.musrenflow.season.Stage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Due dates of the usulan tasks ({@code camunda:dueDate="${tenggatTahap.untuk('RW', tahun)}"}): the end of the
 * earlier of two days, the configured number of working days from today (holidays and cuti bersama skipped) and the
 * last day of the stage's window in the season of the usulan's planning year. The final OPD's tasks after the RKPD
 * (ANGGARAN, PELAKSANAAN, PENYELESAIAN) have no season window: they are due when the planning year, the fiscal year
 * of its APBD, ends (UU 17/2003 art. 4: 1 January to 31 December), or in working days if that has passed.
 */
@Component("tenggatTahap")
public class TenggatTahap {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** The season window each task stage must finish in; a revision has only its working days. */
    private static final Map<String, Stage> WINDOWS = Map.of("RW", Stage.REMBUK_RW,
            "KELURAHAN", Stage.PRA_MUSRENBANG_KELURAHAN, "LAPANGAN", Stage.VERIFIKASI_LAPANGAN,
            "OPD", Stage.FORUM_PERANGKAT_DAERAH, "BAPPEDA", Stage.MUSRENBANG_KOTA);
    private static final Set<String> FISCAL_YEAR = Set.of("ANGGARAN", "PELAKSANAAN", "PENYELESAIAN");

    private final Clock clock;
    private final StageDeadlines deadlines;
    private final WorkingCalendar calendar;
    private final SeasonService seasons;

    TenggatTahap(Clock clock, StageDeadlines deadlines, WorkingCalendar calendar, SeasonService seasons) {
        this.clock = clock;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.seasons = seasons;
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
}
