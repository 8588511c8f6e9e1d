package id.musrenflow.proposal.internal;

import id.musrenflow.proposal.CatalogueEntry;
import id.musrenflow.proposal.CatalogueItem;
import id.musrenflow.proposal.CatalogueService;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A large generated dataset for benchmarks: {@code copies} demo seasons per planning year (416 usulan each, at every
 * stage, with their full status history), bulk-inserted by JDBC batch without process instances, since the register
 * reads only the usulan tables.
 */
public final class SeasonDataset {

    private SeasonDataset() {
    }

    /** Inserts the dataset and returns how many usulan. */
    public static int insert(ApplicationContext context, List<Integer> years, int copies, LocalDateTime now) {
        DemoSeasonStore store = context.getBean(DemoSeasonStore.class);
        RegionService regions = context.getBean(RegionService.class);
        CatalogueService catalogue = context.getBean(CatalogueService.class);
        List<Territory> kelurahan = regions.byLevel(Level.KELURAHAN);
        Map<String, List<Territory>> children = new HashMap<>();
        int total = 0;
        for (int year : years) {
            catalogue.ensureYear(year);
            List<CatalogueItem> items = catalogue.entries(year).stream().filter(CatalogueEntry::active)
                    .map(CatalogueEntry::item).toList();
            Map<String, Integer> sequences = new HashMap<>();
            for (int copy = 0; copy < copies; copy++) {
                List<DemoSeasonUsulan> season = new DemoSeasonPlan(year, now, year * 1000L + copy).build(kelurahan,
                        code -> children.computeIfAbsent(code, regions::children), items, sequences);
                store.insert(season);
                season.forEach(u -> sequences.merge(u.kelurahan,
                        Integer.parseInt(u.number.substring(u.number.lastIndexOf('-') + 1)), Math::max));
                total += season.size();
            }
        }
        return total;
    }

    public static void delete(ApplicationContext context, int fromYear, int toYear) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("delete from usulan where tahun between ? and ?", fromYear, toYear);
        jdbc.update("delete from usulan_nomor_urut where tahun between ? and ?", fromYear, toYear);
    }
}
