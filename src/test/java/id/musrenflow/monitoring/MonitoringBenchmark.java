package id.musrenflow.monitoring;

import id.musrenflow.PostgresIT;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.monitoring.internal.ExportColumns;
import id.musrenflow.monitoring.internal.RowSink;
import id.musrenflow.proposal.Breakdown;
import id.musrenflow.proposal.ProposalReach;
import id.musrenflow.proposal.ProposalRegister;
import id.musrenflow.proposal.ProposalStage;
import id.musrenflow.proposal.RegisterFilter;
import id.musrenflow.proposal.RegisterSort;
import id.musrenflow.proposal.internal.SeasonDataset;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the planners' register answers on PostgreSQL with five generated seasons (about 25,000 usulan with their
 * full status history): the city and a kecamatan dashboard, the register's first page under each filter, the city's
 * map points and stage durations, and 5,000-row exports (the register's stream, streamed Excel, CSV) with the heap
 * they take. The baseline, measured in the same
 * run, is the smallest register call (the count of one RW). The downloads go through RegisterExports as the
 * register's Excel and CSV buttons call it. Prints figures for docs/benchmarks.md; asserts nothing
 * about time. Opt-in (the normal build runs only {@code *IT}):
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=MonitoringBenchmark}.
 * {@code -Dbenchmark.keep=true} keeps the dataset afterwards, for EXPLAIN in psql.
 */
class MonitoringBenchmark extends PostgresIT {

    private static final int FIRST_YEAR = 2081;
    private static final int LAST_YEAR = 2085;
    /** 12 demo seasons of 416 usulan per planning year: 4,992 a year, 24,960 in all. */
    private static final int COPIES_PER_YEAR = 12;
    private static final String KECAMATAN = "33.75.01";
    private static final String KELURAHAN = "33.75.01.1003";
    private static final String RW = "33.75.01.1003.005";
    private static final ProposalReach CAMAT = new ProposalReach(false, Set.of(KECAMATAN), Set.of(), null);

    @Autowired
    private ProposalRegister register;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RegisterExports exports;
    @Autowired
    private ExportColumns columns;
    @Autowired
    private LoginAttempts users;

    private final List<String> lines = new ArrayList<>();

    @Test
    void register_dashboard_map_and_export_on_five_seasons() {
        SeasonDataset.delete(context, FIRST_YEAR, LAST_YEAR);
        long started = System.nanoTime();
        int usulan = SeasonDataset.insert(context, IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().toList(),
                COPIES_PER_YEAR, register.now());
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        jdbc.execute("analyze usulan");
        jdbc.execute("analyze usulan_riwayat");
        jdbc.execute("analyze usulan_rt");
        Long history = jdbc.queryForObject("select count(*) from usulan_riwayat r join usulan u on u.id = r.usulan_id "
                + "where u.tahun between ? and ?", Long.class, FIRST_YEAR, LAST_YEAR);
        System.out.printf("%nBENCHMARK dataset: %d usulan, %d history rows, %d seasons, inserted in %d ms%n", usulan,
                history, LAST_YEAR - FIRST_YEAR + 1, loadMillis);
        try {
            measure();
        } finally {
            lines.forEach(System.out::println);
            if (!Boolean.getBoolean("benchmark.keep")) {
                SeasonDataset.delete(context, FIRST_YEAR, LAST_YEAR);
            }
        }
    }

    private void measure() {
        RegisterFilter year = RegisterFilter.ofYear(LAST_YEAR);
        RegisterFilter kecamatan = year.withTerritory(KECAMATAN);
        double[] baseline = time(30, 100, () -> register.count(year.withTerritory(RW), ProposalReach.CITY));
        lines.add(String.format("BENCHMARK %-52s %10s %10s %8s %8s", "what", "p50 ms", "p95 ms", "p95/base", "p50/base"));
        report("count of one RW (baseline)", baseline, baseline);
        report("dashboard, city (funnel + 4 breakdowns + drafts)",
                time(5, 40, () -> dashboard(year, ProposalReach.CITY)), baseline);
        report("dashboard, kecamatan as its Camat", time(5, 40, () -> dashboard(kecamatan, CAMAT)), baseline);
        report("dashboard, kecamatan as Bappeda", time(5, 40, () -> dashboard(kecamatan, ProposalReach.CITY)),
                baseline);
        report("first page + count, no filter", firstPage(year), baseline);
        report("first page + count, kelurahan", firstPage(year.withTerritory(KELURAHAN)), baseline);
        report("first page + count, stage OPD", firstPage(year.withStages(Set.of(ProposalStage.OPD))), baseline);
        report("first page + count, final OPD DPUPR", firstPage(year.withFinalOpd("DPUPR")), baseline);
        report("first page + count, search 'drainase'", firstPage(year.withSearch("drainase")), baseline);
        report("first page + count, overdue", firstPage(year.withOverdue(true)), baseline);
        report("first page + count, all five years", firstPage(new RegisterFilter(null, null, null, null, null, null,
                null, null, null, null, false, null)), baseline);
        report("first page by due date, overdue, kecamatan as Camat", time(5, 40, () -> {
            register.page(kecamatan.withOverdue(true), CAMAT, RegisterSort.DUE,
                    true, 0, 50);
            register.count(kecamatan.withOverdue(true), CAMAT);
        }), baseline);
        report("map points, city (limit 10,000)", time(3, 20, () -> register.points(year, ProposalReach.CITY,
                10_000)), baseline);
        report("stage durations, city", time(2, 15, () -> register.durations(year, ProposalReach.CITY, null)),
                baseline);
        report("stage durations, city by kecamatan", time(2, 15, () -> register.durations(year, ProposalReach.CITY,
                Breakdown.TERRITORY)), baseline);
        export("export through ProposalRegister.export, one year", year, baseline);
        export("export through ProposalRegister.export, five years", new RegisterFilter(null, null, null, null, null,
                null, null, null, null, null, false, null), baseline);
        AuthenticatedUser bappeda = users.loadUserByUsername("bappeda");
        download("Excel (.xlsx, streamed) through RegisterExports, one year", RegisterExports.Format.XLSX, year,
                bappeda, baseline);
        download("CSV through RegisterExports, one year", RegisterExports.Format.CSV, year, bappeda, baseline);
        List<List<Object>> values = new ArrayList<>();
        List<ExportColumns.Column> full = columns.full();
        Locale indonesian = Locale.forLanguageTag("id-ID");
        report("  of which: column values of every row, one year", time(0, 3, () -> {
            values.clear();
            register.export(year, ProposalReach.CITY, row -> values.add(full.stream().map(c -> c.value(row,
                    indonesian)).toList()));
        }), baseline);
        report("  of which: POI writing those rows from memory", time(0, 3, () -> {
            try (RowSink sink = RowSink.xlsx(OutputStream.nullOutputStream(), "usulan")) {
                sink.header(full.stream().map(ExportColumns.Column::key).toList());
                values.forEach(sink::row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), baseline);
        download("Excel (.xlsx, streamed), kecamatan", RegisterExports.Format.XLSX, kecamatan, bappeda, baseline);
    }

    /**
     * Writes the download to a stream that keeps only its size: timed runs, then one run that collects garbage every
     * 256 KB written and keeps the largest live heap above the start.
     */
    private void download(String what, RegisterExports.Format format, RegisterFilter filter, AuthenticatedUser user,
                          double[] baseline) {
        double[] millis = new double[3];
        long[] bytes = {0};
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            bytes[0] = 0;
            write(format, filter, user, n -> bytes[0] += n);
            millis[run] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        long before = liveHeap();
        long[] probe = {before, 0};
        write(format, filter, user, n -> {
            long next = probe[1] + n;
            if (next / 262_144 != probe[1] / 262_144) {
                probe[0] = Math.max(probe[0], liveHeap());
            }
            probe[1] = next;
        });
        lines.add(String.format("BENCHMARK %-52s %10.1f %10.1f %7.1fx  (%d rows, %.1f MB written, live heap growth at "
                        + "most %.1f MB)", what, millis[1], millis[2], millis[2] / baseline[1], register.count(filter,
                ProposalReach.CITY), bytes[0] / 1024.0 / 1024.0, (probe[0] - before) / 1024.0 / 1024.0));
    }

    private void write(RegisterExports.Format format, RegisterFilter filter, AuthenticatedUser user,
                       java.util.function.IntConsumer written) {
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                written.accept(1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written.accept(len);
            }
        };
        try {
            exports.write(format, filter, user, Locale.forLanguageTag("id-ID"), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void dashboard(RegisterFilter filter, ProposalReach reach) {
        register.figures(filter, reach, null);
        for (Breakdown breakdown : Breakdown.values()) {
            register.figures(filter, reach, breakdown);
        }
        register.drafts(filter, reach);
    }

    private double[] firstPage(RegisterFilter filter) {
        return time(5, 60, () -> {
            register.page(filter, ProposalReach.CITY, RegisterSort.NUMBER, false, 0, 50);
            register.count(filter, ProposalReach.CITY);
        });
    }

    /**
     * Streams the selection to a sink that keeps nothing: timed runs, then one run that collects garbage every 1,000
     * rows and keeps the largest live heap above the start (what the export holds, not the garbage it leaves).
     */
    private void export(String what, RegisterFilter filter, double[] baseline) {
        double[] millis = new double[5];
        long rows = 0;
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            rows = register.export(filter, ProposalReach.CITY, row -> { });
            millis[run] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        long before = liveHeap();
        long[] max = {before, 0};
        register.export(filter, ProposalReach.CITY, row -> {
            if (++max[1] % 1000 == 0) {
                max[0] = Math.max(max[0], liveHeap());
            }
        });
        lines.add(String.format("BENCHMARK %-52s %10.1f %10.1f %7.1fx  (%d rows, live heap growth at most %.1f MB)",
                what, millis[2], millis[4], millis[4] / baseline[1], rows, (max[0] - before) / 1024.0 / 1024.0));
    }

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void report(String what, double[] p50p95, double[] baseline) {
        lines.add(String.format("BENCHMARK %-52s %10.2f %10.2f %7.1fx %7.1fx", what, p50p95[0], p50p95[1],
                p50p95[1] / baseline[1], p50p95[0] / baseline[0]));
    }

    private static double[] time(int warmUp, int runs, Runnable action) {
        for (int i = 0; i < warmUp; i++) {
            action.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return new double[] {millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1]};
    }
}
