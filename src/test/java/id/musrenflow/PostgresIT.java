package id.musrenflow;

import java.time.Instant;
import java.time.ZoneId;
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

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Unique suffix so tests can be re-run against the same database. */
    protected static String unique(String prefix) {
        return prefix + "." + Long.toString(System.nanoTime(), 36);
    }

    @TestConfiguration
    static class TestClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now(), ZoneId.of("Asia/Jakarta"));
        }
    }

}
