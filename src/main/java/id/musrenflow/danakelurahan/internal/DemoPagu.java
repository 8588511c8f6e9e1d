package id.musrenflow.danakelurahan.internal;

import id.musrenflow.danakelurahan.LkkProgrammeService;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo pagu while demo data is enabled: every kelurahan gets an indicative pagu for the planning year (close to the
 * Rp 1 milyar domain.md §2 names), so the Lurah can compose a plan and the board shows figures on a first run.
 * A real pagu is entered or corrected by the Bappeda admin; a pagu already there is never touched.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "musrenflow.demo.enabled", havingValue = "true")
class DemoPagu implements ApplicationRunner {

    private static final BigDecimal BASE = BigDecimal.valueOf(900_000_000L);
    private static final BigDecimal STEP = BigDecimal.valueOf(25_000_000L);

    private final PaguStore store;
    private final RegionService regions;
    private final LkkProgrammeService programmes;
    private final Clock clock;

    DemoPagu(PaguStore store, RegionService regions, LkkProgrammeService programmes, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.programmes = programmes;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int year = programmes.planningYear();
        List<Territory> kelurahan = regions.byLevel(Level.KELURAHAN);
        for (int i = 0; i < kelurahan.size(); i++) {
            String code = kelurahan.get(i).code();
            if (store.pagu(year, code).isEmpty()) {
                store.insertPagu(year, code, BASE.add(STEP.multiply(BigDecimal.valueOf(i % 5))), "demo",
                        LocalDateTime.now(clock));
            }
        }
    }
}
