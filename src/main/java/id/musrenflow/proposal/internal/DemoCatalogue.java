package id.musrenflow.proposal.internal;

import id.musrenflow.proposal.CatalogueService;
import id.musrenflow.season.SeasonService;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo catalogue while demo data is enabled: the planning year and the year before it get a kamus usulan,
 * copied from the nearest year that has one (the migrations seed one), so proposers always find items whatever
 * the date of the demo. A year that already has a catalogue is never touched.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "musrenflow.demo.enabled", havingValue = "true")
class DemoCatalogue implements ApplicationRunner {

    private final CatalogueService catalogue;
    private final SeasonService seasons;

    DemoCatalogue(CatalogueService catalogue, SeasonService seasons) {
        this.catalogue = catalogue;
        this.seasons = seasons;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoYears().forEach(catalogue::ensureYear);
    }

    /**
     * The current season's planning year (the demo season runs first) and the one before; next year's catalogue is
     * the Bappeda admin's to copy when the next season opens.
     */
    private List<Integer> demoYears() {
        int planning = seasons.planningYear();
        return List.of(planning, planning - 1);
    }
}
