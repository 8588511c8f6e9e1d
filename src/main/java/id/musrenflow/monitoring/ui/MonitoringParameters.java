package id.musrenflow.monitoring.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The year and territory of a planners' screen from its query parameters ({@code tahun}, {@code wilayah}). */
record MonitoringParameters(int year, String territory) {

    static MonitoringParameters of(BeforeEnterEvent event, int defaultYear, String defaultTerritory) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        int year = first(query, "tahun").flatMap(MonitoringParameters::year).orElse(defaultYear);
        return new MonitoringParameters(year, first(query, "wilayah").orElse(defaultTerritory));
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return Optional.ofNullable(query.get(name)).filter(v -> !v.isEmpty() && !v.get(0).isBlank())
                .map(v -> v.get(0).strip());
    }

    private static Optional<Integer> year(String text) {
        try {
            int value = Integer.parseInt(text);
            return value >= 2000 && value <= 2100 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
