package id.musrenflow.danakelurahan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.PostgresIT;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pagu and allocations on PostgreSQL: the sum never passes the pagu, also with two editors at the same moment. */
class PaguIT extends PostgresIT {

    private static final String MEDONO = "33.75.01.1002";
    /** A year of its own, cleared before each test, so reruns on one database start from nothing. */
    private static final int YEAR = 2090;

    @Autowired
    private PaguService pagu;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private JdbcClient jdbc;

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    @BeforeEach
    void clearYear() {
        jdbc.sql("delete from alokasi_dana_kelurahan where tahun = ?").param(YEAR).update();
        jdbc.sql("delete from pagu_dana_kelurahan where tahun = ?").param(YEAR).update();
    }

    private static BigDecimal juta(long millions) {
        return BigDecimal.valueOf(millions * 1_000_000L);
    }

    @Test
    void two_editors_allocating_at_the_same_moment_never_pass_the_pagu() throws Exception {
        pagu.setPagu(YEAR, MEDONO, juta(100), user("admin.bappeda"));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Callable<String>> editors = new ArrayList<>();
        for (String username : List.of("lurah.medono", "staf.medono")) {
            AuthenticatedUser editor = user(username);
            editors.add(() -> {
                together.await(10, TimeUnit.SECONDS);
                try {
                    pagu.allocate(YEAR, MEDONO, FundField.SARANA_PRASARANA, "Saluran drainase RW 00" + username.length(),
                            juta(60), editor);
                    return "ok";
                } catch (BusinessException refused) {
                    return refused.messageKey();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> outcome : pool.invokeAll(editors, 60, TimeUnit.SECONDS)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).containsExactlyInAnyOrder("ok", "dana.pagu.error.melebihi");
        PaguSummary summary = pagu.summary(YEAR, MEDONO);
        assertThat(summary.allocated()).isEqualByComparingTo(juta(60));
        assertThat(summary.remaining()).isEqualByComparingTo(juta(40));
    }

    @Test
    void allocations_fill_the_pagu_exactly_and_not_one_rupiah_more() {
        pagu.setPagu(YEAR, MEDONO, juta(100), user("admin.bappeda"));
        Allocation road = pagu.allocate(YEAR, MEDONO, FundField.SARANA_PRASARANA, "Paving jalan lingkungan",
                juta(70), user("lurah.medono"));
        pagu.allocate(YEAR, MEDONO, FundField.PEMBERDAYAAN, "Pelatihan kader posyandu", juta(30),
                user("staf.medono"));

        assertThatThrownBy(() -> pagu.allocate(YEAR, MEDONO, FundField.PEMBERDAYAAN, "Kelas ibu balita",
                BigDecimal.ONE, user("staf.medono")))
                .extracting("messageKey").isEqualTo("dana.pagu.error.melebihi");
        assertThatThrownBy(() -> pagu.changeAllocation(road.id(), road.version(), juta(71), user("lurah.medono")))
                .extracting("messageKey").isEqualTo("dana.pagu.error.melebihi");
        Allocation smaller = pagu.changeAllocation(road.id(), road.version(), juta(65), user("lurah.medono"));
        assertThatThrownBy(() -> pagu.changeAllocation(road.id(), road.version(), juta(60), user("staf.medono")))
                .extracting("messageKey").isEqualTo("dana.pagu.error.diubah-bersamaan");
        assertThat(smaller.amount()).isEqualByComparingTo(juta(65));
        assertThatThrownBy(() -> pagu.setPagu(YEAR, MEDONO, juta(90), user("admin.bappeda")))
                .extracting("messageKey").isEqualTo("dana.pagu.error.di-bawah-alokasi");
        assertThat(pagu.setPagu(YEAR, MEDONO, juta(95), user("admin.bappeda")).remaining())
                .isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void only_the_bappeda_admin_sets_the_pagu_and_only_the_kelurahan_allocates_it() {
        assertThatThrownBy(() -> pagu.allocate(YEAR, MEDONO, FundField.PEMBERDAYAAN, "Pelatihan UMKM", juta(5),
                user("lurah.medono"))).extracting("messageKey").isEqualTo("dana.pagu.error.belum-ada");
        assertThatThrownBy(() -> pagu.setPagu(YEAR, MEDONO, juta(100), user("lurah.medono")))
                .extracting("messageKey").isEqualTo("dana.pagu.error.bukan-untuk-anda");
        assertThatThrownBy(() -> pagu.setPagu(YEAR, MEDONO, new BigDecimal("-1"), user("admin.bappeda")))
                .extracting("messageKey").isEqualTo("dana.pagu.error.nilai");
        pagu.setPagu(YEAR, MEDONO, juta(100), user("admin.bappeda"));

        for (String outsider : List.of("lurah.podosugih", "pkk.medono", "camat.barat")) {
            assertThatThrownBy(() -> pagu.allocate(YEAR, MEDONO, FundField.PEMBERDAYAAN, "Pelatihan UMKM", juta(5),
                    user(outsider))).extracting("messageKey").isEqualTo("dana.pagu.error.bukan-untuk-anda");
        }
        assertThat(pagu.allocations(YEAR, MEDONO)).isEmpty();
    }

    @Test
    void an_imported_workbook_is_stored_whole_or_not_at_all() {
        AuthenticatedUser admin = user("admin.bappeda");
        String podosugih = "33.75.01.1003";
        pagu.setPagu(YEAR, MEDONO, juta(100), admin);
        pagu.allocate(YEAR, MEDONO, FundField.SARANA_PRASARANA, "Saluran drainase RW 002", juta(60), user("lurah.medono"));

        List<ImportProblem> problems = pagu.importPagu(YEAR, List.of(
                new PaguRow(2, podosugih, juta(925)),
                new PaguRow(3, "33.75.99.9999", juta(900)),
                new PaguRow(4, podosugih, juta(930)),
                new PaguRow(5, "33.75.01.1004", new BigDecimal("-1")),
                new PaguRow(6, MEDONO, juta(50))), admin);
        assertThat(problems).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "dana.pagu.impor.error.kode"),
                org.assertj.core.groups.Tuple.tuple(4, "dana.pagu.impor.error.ganda"),
                org.assertj.core.groups.Tuple.tuple(5, "dana.pagu.impor.error.rentang"),
                org.assertj.core.groups.Tuple.tuple(6, "dana.pagu.impor.error.di-bawah-alokasi"));
        assertThat(problems.get(1).arguments()).containsExactly(4, podosugih, 2);
        assertThat(pagu.summary(YEAR, podosugih).pagu()).isZero();
        assertThat(pagu.summary(YEAR, MEDONO).pagu()).isEqualByComparingTo(juta(100));

        assertThat(pagu.importPagu(YEAR, List.of(new PaguRow(2, podosugih, juta(925)),
                new PaguRow(3, MEDONO, juta(960))), admin)).isEmpty();
        assertThat(pagu.summary(YEAR, podosugih).pagu()).isEqualByComparingTo(juta(925));
        assertThat(pagu.summary(YEAR, MEDONO).pagu()).isEqualByComparingTo(juta(960));
        assertThat(pagu.importPagu(YEAR, List.of(), admin)).extracting(ImportProblem::messageKey)
                .containsExactly("dana.pagu.impor.error.kosong");
        assertThatThrownBy(() -> pagu.importPagu(YEAR, List.of(new PaguRow(2, MEDONO, juta(1))),
                user("lurah.medono"))).extracting("messageKey").isEqualTo("dana.pagu.error.bukan-untuk-anda");
        assertThat(pagu.summary(YEAR, MEDONO).pagu()).isEqualByComparingTo(juta(960));
    }
}
