package id.musrenflow;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * Integration tests: the whole application on a real server port against PostgreSQL (profile {@code postgres},
 * connection from MUSRENFLOW_DB_* set by the failsafe configuration), with demo regions and users as fixtures.
 * All subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
@Import(PostgresIT.TestClock.class)
public abstract class PostgresIT {

    static {
        TestDatabase.ensureExists();
    }

    @LocalServerPort
    protected int port;

    @org.springframework.beans.factory.annotation.Autowired
    private MutableClock testClock;

    /** Process tests in the same JVM reset the engine clock; every test here starts on the shared test clock. */
    @org.junit.jupiter.api.BeforeEach
    void engineOnTestClock() {
        testClock.syncEngine();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Unique suffix so tests can be re-run against the same database. */
    protected static String unique(String prefix) {
        return prefix + "." + Long.toString(System.nanoTime(), 36);
    }

    /** Titles starting with this make the submission fail after the engine step, to prove the rollback. */
    public static final String FAIL_AFTER_ENGINE_STEP = "GAGAL-UJI";

    @TestConfiguration
    static class TestClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            MutableClock clock = new MutableClock(TestTime.START, TestTime.WIB);
            clock.syncEngine();
            return clock;
        }

        @Bean
        FailureAfterEngineStep failureAfterEngineStep(id.musrenflow.proposal.ProposalService proposals) {
            return new FailureAfterEngineStep(proposals);
        }
    }

    /** Throws inside the submitting transaction, after the process has started, for marked usulan only. */
    public record FailureAfterEngineStep(id.musrenflow.proposal.ProposalService proposals) {

        @org.springframework.context.event.EventListener
        public void onSubmitted(id.musrenflow.proposal.ProposalSubmitted submitted) {
            proposals.find(submitted.proposalId())
                    .filter(p -> p.title().startsWith(FAIL_AFTER_ENGINE_STEP))
                    .ifPresent(p -> {
                        throw new IllegalStateException("injected failure after the engine step");
                    });
        }
    }

}
