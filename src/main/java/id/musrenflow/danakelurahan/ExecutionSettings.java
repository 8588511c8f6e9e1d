package id.musrenflow.danakelurahan;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How activities are carried out (musrenflow.dana.*), configurable per city.
 *
 * @param tahapPencairan  percentages of the budget released per stage, in order; they add up to 100
 * @param periodeLaporan  a progress report is due per this period (ISO-8601, e.g. P1M)
 * @param eskalasiLaporan after a missed period plus this much more the Lurah and Camat are told (ISO-8601)
 * @param maksBerkas      largest document or photo accepted
 */
@ConfigurationProperties("musrenflow.dana")
public record ExecutionSettings(List<Integer> tahapPencairan, String periodeLaporan, String eskalasiLaporan,
                                DataSize maksBerkas) {

    public ExecutionSettings {
        tahapPencairan = tahapPencairan == null || tahapPencairan.isEmpty() ? List.of(40, 30, 30)
                : List.copyOf(tahapPencairan);
        if (tahapPencairan.stream().anyMatch(p -> p == null || p <= 0)
                || tahapPencairan.stream().mapToInt(Integer::intValue).sum() != 100) {
            throw new IllegalArgumentException("musrenflow.dana.tahap-pencairan must be positive percentages adding "
                    + "up to 100, was " + tahapPencairan);
        }
        periodeLaporan = isoDuration(periodeLaporan == null ? "P1M" : periodeLaporan, "periode-laporan");
        eskalasiLaporan = isoDuration(eskalasiLaporan == null ? "P14D" : eskalasiLaporan, "eskalasi-laporan");
        maksBerkas = maksBerkas == null ? DataSize.ofMegabytes(5) : maksBerkas;
    }

    private static String isoDuration(String value, String name) {
        try {
            if (value.contains("T")) {
                Duration.parse(value);
            } else {
                Period.parse(value);
            }
            return value;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("musrenflow.dana." + name + " must be an ISO-8601 duration such as P1M, was "
                    + value, e);
        }
    }
}
