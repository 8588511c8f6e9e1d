package id.musrenflow.season.internal;

import id.musrenflow.season.Season;
import id.musrenflow.season.SeasonService;
import id.musrenflow.season.Stage;
import id.musrenflow.season.WindowDraft;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo season while demo data is enabled: the season of next year's plan on the default calendar, opened by the
 * Bappeda admin, with every window then extended to 31 December (reason "data demo") so each flow can be tried on
 * any day of the year. The extensions show on the season's page like any other; a real city sets its own dates.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "musrenflow.demo.enabled", havingValue = "true")
class DemoSeason implements ApplicationRunner {

    static final String ADMIN = "admin.bappeda";
    static final String REASON = "Data demo: jendela dibiarkan terbuka sampai akhir tahun agar setiap alur dapat dicoba";

    private final SeasonService seasons;

    DemoSeason(SeasonService seasons) {
        this.seasons = seasons;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int planningYear = seasons.today().getYear() + 1;
        if (seasons.season(planningYear).isPresent()) {
            return;
        }
        List<WindowDraft> windows = Arrays.stream(Stage.values()).map(s -> s.defaultWindow(planningYear)).toList();
        Season season = seasons.open(planningYear, windows, ADMIN);
        LocalDate lastDay = LocalDate.of(planningYear - 1, 12, 31);
        // from the last stage back, since no window may close after the one that follows it
        for (Stage stage : Arrays.stream(Stage.values()).sorted(Comparator.reverseOrder()).toList()) {
            if (season.window(stage).end().isBefore(lastDay)) {
                season = seasons.extend(planningYear, stage, lastDay, REASON, season.version(), ADMIN);
            }
        }
    }
}
