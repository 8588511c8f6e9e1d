package id.musrenflow.proposal.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the demo season once the demo regions, users, season and catalogue exist, so the planners' dashboard, map
 * and diagram show a season on a first run. It works on a thread of its own: the application is ready (and prints
 * the demo logins) without waiting for the few hundred process instances. Off where demo data is off, and in the
 * integration and end-to-end tests ({@code musrenflow.demo.musim-usulan=false}), whose journeys count their own usulan.
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
        Thread worker = new Thread(this::generate, "demo-musim-usulan");
        worker.setDaemon(true);
        worker.start();
    }

    private void generate() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
        try {
            if (generator.generate() > 0) {
                LOG.info("Demo season ready in {} ms ({} ms of CPU)", (System.nanoTime() - started) / 1_000_000,
                        threads.isCurrentThreadCpuTimeSupported()
                                ? (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000 : -1);
            }
        } catch (RuntimeException e) {
            LOG.warn("The demo season could not be created; the application runs without it", e);
        }
    }
}
