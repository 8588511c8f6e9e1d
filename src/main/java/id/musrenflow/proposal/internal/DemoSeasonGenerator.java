package id.musrenflow.proposal.internal;

import id.musrenflow.proposal.CatalogueEntry;
import id.musrenflow.proposal.CatalogueItem;
import id.musrenflow.proposal.CatalogueService;
import id.musrenflow.proposal.process.DemoSeasonProcesses;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import id.musrenflow.season.SeasonService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo season of the current planning year (issue 11, point 9): several hundred usulan across every kelurahan at
 * every stage, with their history and, where they wait on a task or a forum, their process instance waiting there.
 * Business rows go in by JDBC batch, consistent with what the services write; nothing happens when the season's
 * demo usulan exist already. Demo data only.
 */
@Component
@ConditionalOnProperty(name = "musrenflow.demo.enabled", havingValue = "true")
class DemoSeasonGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeasonGenerator.class);

    private final DemoSeasonStore store;
    private final DemoSeasonProcesses processes;
    private final RegionService regions;
    private final CatalogueService catalogue;
    private final SeasonService seasons;
    private final Clock clock;

    DemoSeasonGenerator(DemoSeasonStore store, DemoSeasonProcesses processes, RegionService regions,
                        CatalogueService catalogue, SeasonService seasons, Clock clock) {
        this.store = store;
        this.processes = processes;
        this.regions = regions;
        this.catalogue = catalogue;
        this.seasons = seasons;
        this.clock = clock;
    }

    /** Creates the season's demo usulan once; returns how many (0 when they exist or nothing to build them from). */
    @Transactional
    public int generate() {
        return generate(seasons.planningYear());
    }

    /** The demo season of {@code year}, which needs a catalogue. */
    @Transactional
    public int generate(int year) {
        List<CatalogueItem> items = catalogue.entries(year).stream().filter(CatalogueEntry::active)
                .map(CatalogueEntry::item).toList();
        List<Territory> kelurahan = regions.byLevel(Level.KELURAHAN).stream().filter(Territory::active).toList();
        if (store.exists(year) || items.isEmpty() || kelurahan.isEmpty() || regions.count(Level.RT) == 0) {
            return 0;
        }
        long started = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, Integer> sequences = store.lastSequences(year);
        Map<String, List<Territory>> children = new HashMap<>();
        List<DemoSeasonUsulan> season = new DemoSeasonPlan(year, now).build(kelurahan,
                code -> children.computeIfAbsent(code, this::activeChildren), items, sequences);
        Map<String, Long> ids = store.insert(season);
        long inserted = System.nanoTime();
        Map<Long, String> instances = new HashMap<>();
        for (DemoSeasonUsulan u : season) {
            if (u.waitAt != null) {
                long id = ids.get(u.number);
                instances.put(id, processes.start(new DemoSeasonProcesses.Waiting(u.waitAt, id, u.number, year,
                        u.revision > 0 ? u.title + " (Revisi)" : u.title, u.proposer, u.origin.needsRwReview(), u.rw,
                        u.kelurahan, u.kecamatan, u.taskOpd, u.revisionStage, u.due, reminder(u.due, now))));
            }
        }
        store.setProcessInstances(instances);
        LOG.info("Demo season {}: {} usulan written in {} ms, {} process instances started in {} ms", year,
                season.size(), (inserted - started) / 1_000_000, instances.size(),
                (System.nanoTime() - inserted) / 1_000_000);
        Map<String, Integer> last = new HashMap<>();
        season.forEach(u -> last.merge(u.kelurahan, Integer.parseInt(u.number.substring(u.number.lastIndexOf('-') + 1)),
                Math::max));
        store.setLastSequences(year, last);
        return season.size();
    }

    private List<Territory> activeChildren(String code) {
        return regions.children(code).stream().filter(Territory::active).toList();
    }

    /** Two days before the due date, or halfway there when that has passed (as TenggatTahap does). */
    private static LocalDateTime reminder(LocalDateTime due, LocalDateTime now) {
        if (due == null) {
            return null;
        }
        LocalDateTime early = due.toLocalDate().minusDays(2).atTime(8, 0);
        if (early.isAfter(now)) {
            return early;
        }
        return due.isAfter(now) ? now.plus(Duration.between(now, due).dividedBy(2)) : due;
    }
}
