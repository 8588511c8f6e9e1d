package id.musrenflow.lks;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rules of accreditation the city may change (musrenflow.lks.akreditasi.*): the weight of each component in the
 * final score (bobot.program=25, ...; they must add up to 100) and how long before the accreditation expires its
 * holder is reminded to apply again (default 6 months). The grade bands are in processes/peringkat-akreditasi.dmn.
 */
@ConfigurationProperties("musrenflow.lks.akreditasi")
public record AccreditationSettings(Map<String, Integer> bobot, Period pengingatSebelumBerakhir) {

    public static final Map<AccreditationComponent, Integer> DEFAULT_WEIGHTS = Map.of(
            AccreditationComponent.PROGRAM, 25, AccreditationComponent.SDM, 20, AccreditationComponent.MANAJEMEN, 20,
            AccreditationComponent.SARPRAS, 15, AccreditationComponent.HASIL_LAYANAN, 20);

    public AccreditationSettings {
        bobot = bobot == null ? Map.of() : Map.copyOf(bobot);
        pengingatSebelumBerakhir = pengingatSebelumBerakhir == null ? Period.ofMonths(6) : pengingatSebelumBerakhir;
        if (weights(bobot).values().stream().mapToInt(Integer::intValue).sum() != 100
                || weights(bobot).values().stream().anyMatch(w -> w < 0)) {
            throw new IllegalArgumentException("musrenflow.lks.akreditasi.bobot.* must be >= 0 and add up to 100");
        }
    }

    /** Weights by component; a component not configured keeps its default. */
    public Map<AccreditationComponent, Integer> weights() {
        return weights(bobot);
    }

    private static Map<AccreditationComponent, Integer> weights(Map<String, Integer> configured) {
        Map<AccreditationComponent, Integer> weights = new EnumMap<>(DEFAULT_WEIGHTS);
        configured.forEach((key, value) -> weights.put(componentOf(key), value));
        return weights;
    }

    /** program, sdm, manajemen, sarpras, hasil-layanan (relaxed binding also gives hasillayanan / hasil_layanan). */
    private static AccreditationComponent componentOf(String key) {
        String normal = key.replace("-", "").replace("_", "").toUpperCase(java.util.Locale.ROOT);
        for (AccreditationComponent c : AccreditationComponent.values()) {
            if (c.name().replace("_", "").equals(normal)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown accreditation component musrenflow.lks.akreditasi.bobot." + key);
    }
}
