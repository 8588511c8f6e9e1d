package id.musrenflow.season.internal;

import id.musrenflow.season.Stage;
import id.musrenflow.season.WindowDraft;
import id.musrenflow.season.WindowProblem;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rules of a season's calendar. Every window lies in the year before the planning year (the season prepares
 * the RKPD of year n+1 in year n) and the stages follow each other: a stage may overlap the one before it, since
 * territories hold their forums on different days, but it may not begin before it began, nor close before it closed
 * (an RW forum cannot close while RT proposals are still coming in).
 */
public final class SeasonRules {

    private SeasonRules() {
    }

    public static List<WindowProblem> check(int planningYear, List<WindowDraft> windows) {
        Map<Stage, WindowDraft> byStage = new EnumMap<>(Stage.class);
        windows.forEach(w -> byStage.put(w.stage(), w));
        List<WindowProblem> problems = new ArrayList<>();
        LocalDate first = LocalDate.of(planningYear - 1, 1, 1);
        LocalDate last = LocalDate.of(planningYear - 1, 12, 31);
        for (Stage stage : Stage.values()) {
            WindowDraft window = byStage.get(stage);
            if (window == null || window.start() == null) {
                problems.add(new WindowProblem(stage, false, "musim.error.tanggal-wajib"));
            }
            if (window == null || window.end() == null) {
                problems.add(new WindowProblem(stage, true, "musim.error.tanggal-wajib"));
            }
            if (window == null || window.start() == null || window.end() == null) {
                continue;
            }
            outsideYear(window.start(), first, last).ifPresent(key ->
                    problems.add(new WindowProblem(stage, false, key, planningYear - 1, planningYear)));
            outsideYear(window.end(), first, last).ifPresent(key ->
                    problems.add(new WindowProblem(stage, true, key, planningYear - 1, planningYear)));
            if (window.end().isBefore(window.start())) {
                problems.add(new WindowProblem(stage, true, "musim.error.selesai-sebelum-mulai",
                        date(window.end()), date(window.start())));
            }
            WindowDraft previous = stage.previous() == null ? null : byStage.get(stage.previous());
            if (previous != null && previous.start() != null && window.start().isBefore(previous.start())) {
                problems.add(new WindowProblem(stage, false, "musim.error.mulai-sebelum-tahap-sebelumnya",
                        name(previous.stage()), date(previous.start())));
            }
            if (previous != null && previous.end() != null && window.end().isBefore(previous.end())) {
                problems.add(new WindowProblem(stage, true, "musim.error.selesai-sebelum-tahap-sebelumnya",
                        name(previous.stage()), date(previous.end())));
            }
        }
        return problems;
    }

    private static java.util.Optional<String> outsideYear(LocalDate date, LocalDate first, LocalDate last) {
        return date.isBefore(first) || date.isAfter(last)
                ? java.util.Optional.of("musim.error.di-luar-tahun") : java.util.Optional.empty();
    }

    /** A stage's name as a message argument, resolved in the reader's language. */
    public static DefaultMessageSourceResolvable name(Stage stage) {
        return new DefaultMessageSourceResolvable(stage.messageKey());
    }

    /** A date as a message argument, formatted by the message ({0,date,long}) in the reader's language. */
    public static Date date(LocalDate date) {
        return Date.valueOf(date);
    }
}
