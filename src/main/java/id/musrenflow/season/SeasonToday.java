package id.musrenflow.season;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What everyone sees of the season today: the windows open now, or the next one to open. */
public record SeasonToday(Season season, LocalDate today, List<SeasonWindow> open, Optional<SeasonWindow> next) {
}
