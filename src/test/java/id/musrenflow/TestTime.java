package id.musrenflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The one moment every Spring test starts from, so no test depends on the day it runs: a Monday in July, after the
 * default calendar's windows, with no public holiday near it. The demo season is opened for the planning year after
 * it. {@code -Dmusrenflow.test.now=2030-07-15T09:00} runs the suite from another moment.
 */
public final class TestTime {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    public static final Instant START = LocalDateTime.parse(System.getProperty("musrenflow.test.now",
            "2026-07-13T09:00")).atZone(WIB).toInstant();
    /** The calendar year the tests run in. */
    public static final int YEAR = START.atZone(WIB).getYear();
    /** The planning year of the demo season: the RKPD the season of {@link #YEAR} prepares. */
    public static final int PLANNING_YEAR = YEAR + 1;

    private TestTime() {
    }

    public static LocalDate startDate() {
        return START.atZone(WIB).toLocalDate();
    }
}
