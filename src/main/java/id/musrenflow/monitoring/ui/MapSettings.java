package id.musrenflow.monitoring.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The map of usulan (musrenflow.peta.*): the tile URL template ({z}/{x}/{y}; unset = OpenStreetMap, empty = no tiles,
 * for an offline installation: the points then show on a plain background with a scale), its attribution, and the
 * most points one map sends to the browser (a larger selection is cut, and the page says so).
 */
@ConfigurationProperties("musrenflow.peta")
public record MapSettings(String tileUrl, String tileAttribution, int maxPoints) {

    static final String OPENSTREETMAP = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    static final String OPENSTREETMAP_ATTRIBUTION =
            "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>";

    public MapSettings {
        if (tileUrl == null) {
            tileUrl = OPENSTREETMAP;
            tileAttribution = tileAttribution == null ? OPENSTREETMAP_ATTRIBUTION : tileAttribution;
        }
        tileUrl = tileUrl.strip();
        tileAttribution = tileAttribution == null ? "" : tileAttribution;
        maxPoints = maxPoints <= 0 ? 5000 : maxPoints;
    }

    public boolean tiles() {
        return !tileUrl.isEmpty();
    }
}
