package id.musrenflow.season;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The season that prepares the RKPD of {@code planningYear}; its windows lie in the year before. */
public record Season(int planningYear, SeasonStatus status, List<SeasonWindow> windows, String openedBy,
                     LocalDateTime openedAt, String closedBy, LocalDateTime closedAt, long version) {

    public Season {
        windows = List.copyOf(windows);
    }

    public SeasonWindow window(Stage stage) {
        return windows.stream().filter(w -> w.stage() == stage).findFirst()
                .orElseThrow(() -> new IllegalStateException("season " + planningYear + " has no " + stage));
    }

    public List<SeasonWindow> openOn(LocalDate date) {
        return windows.stream().filter(w -> w.contains(date)).toList();
    }

    /** The first window still to open after {@code date}, if any. */
    public Optional<SeasonWindow> nextAfter(LocalDate date) {
        return windows.stream().filter(w -> w.start().isAfter(date)).findFirst();
    }

    public LocalDate lastDay() {
        return windows.stream().map(SeasonWindow::end).max(LocalDate::compareTo).orElseThrow();
    }

    public boolean closed() {
        return status == SeasonStatus.DITUTUP;
    }
}
