package id.musrenflow.danakelurahan;

import id.musrenflow.PostgresIT;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long the budget board takes on PostgreSQL with every kelurahan of the city holding 20 allocations: one
 * kelurahan (the baseline), a kecamatan roll-up and the city roll-up, measured in the same run. Prints figures for
 * docs/benchmarks.md; asserts nothing about time. Run with
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=BudgetBoardBenchmark}.
 */
class BudgetBoardBenchmark extends PostgresIT {

    private static final int YEAR = 2091;
    private static final int ALLOCATIONS_PER_KELURAHAN = 20;
    private static final int WARM_UP = 20;
    private static final int RUNS = 60;

    @Autowired
    private BudgetBoardService board;
    @Autowired
    private PaguService pagu;
    @Autowired
    private RegionService regions;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void board_and_roll_ups_for_a_city_of_27_kelurahan() {
        jdbc.sql("delete from alokasi_dana_kelurahan where tahun = ?").param(YEAR).update();
        jdbc.sql("delete from pagu_dana_kelurahan where tahun = ?").param(YEAR).update();
        AuthenticatedUser admin = users.loadUserByUsername("admin.bappeda");
        List<Territory> kelurahan = regions.byLevel(Level.KELURAHAN);
        for (Territory k : kelurahan) {
            pagu.setPagu(YEAR, k.code(), new BigDecimal("950000000"), admin);
            for (int i = 1; i <= ALLOCATIONS_PER_KELURAHAN; i++) {
                pagu.allocate(YEAR, k.code(), i % 2 == 0 ? FundField.SARANA_PRASARANA : FundField.PEMBERDAYAAN,
                        "Kegiatan uji " + i, new BigDecimal("25000000"), admin);
            }
        }
        AuthenticatedUser bappeda = users.loadUserByUsername("bappeda");
        double one = median(() -> board.board(YEAR, "33.75.01.1002", bappeda));
        double kecamatan = median(() -> board.kecamatan(YEAR, "33.75.01", bappeda));
        double city = median(() -> board.city(YEAR, bappeda));
        System.out.printf("%nBENCHMARK budget board, %d kelurahan x %d allocations, median of %d runs%n",
                kelurahan.size(), ALLOCATIONS_PER_KELURAHAN, RUNS);
        System.out.printf("BENCHMARK one kelurahan (baseline)   %8.2f ms  1.0x%n", one);
        System.out.printf("BENCHMARK kecamatan roll-up (%d kel.)  %8.2f ms  %.1fx%n",
                regions.children("33.75.01").size(), kecamatan, kecamatan / one);
        System.out.printf("BENCHMARK city roll-up (%d kel.)      %8.2f ms  %.1fx%n", kelurahan.size(), city, city / one);
        jdbc.sql("delete from alokasi_dana_kelurahan where tahun = ?").param(YEAR).update();
        jdbc.sql("delete from pagu_dana_kelurahan where tahun = ?").param(YEAR).update();
    }

    private static double median(Supplier<?> action) {
        for (int i = 0; i < WARM_UP; i++) {
            action.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }
}
