package id.musrenflow.proposal.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the demo season on start-up, after the demo regions, users, season and catalogue exist, so the planners'
 * dashboard, map and diagram show a season on a first run. Off where demo data is off, and in the integration and
 * end-to-end tests ({@code musrenflow.demo.musim-usulan=false}), whose journeys count their own usulan.
 */
@Component
@Order(45)
@ConditionalOnExpression("${musrenflow.demo.enabled:false} and ${musrenflow.demo.musim-usulan:true}")
class DemoUsulanSeason implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsulanSeason.class);

    private final DemoSeasonGenerator generator;

    DemoUsulanSeason(DemoSeasonGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        if (generator.generate() > 0) {
            LOG.info("Demo season ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }
}
