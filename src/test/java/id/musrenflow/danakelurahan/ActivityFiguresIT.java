package id.musrenflow.danakelurahan;

import static org.assertj.core.api.Assertions.assertThat;

import id.musrenflow.PostgresIT;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The budget board's figures on PostgreSQL: one row per allocation, DIRENCANAKAN without an activity, released =
 * released stages only, realised = verified LPJ only.
 */
class ActivityFiguresIT extends PostgresIT {

    private static final String MEDONO = "33.75.01.1002";
    private static final int YEAR = 2091;

    @Autowired
    private ExecutionService execution;
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
    @AfterEach
    void clearYear() {
        jdbc.sql("delete from alokasi_dana_kelurahan where tahun = ?").param(YEAR).update();
        jdbc.sql("delete from pagu_dana_kelurahan where tahun = ?").param(YEAR).update();
    }

    @Test
    void planned_allocations_are_direncanakan_and_an_activity_brings_its_released_and_verified_money() {
        pagu.setPagu(YEAR, MEDONO, new BigDecimal("500000000"), user("admin.bappeda"));
        Allocation first = pagu.allocate(YEAR, MEDONO, FundField.SARANA_PRASARANA, "Saluran drainase RW 002",
                new BigDecimal("100000000"), user("lurah.medono"));
        Allocation second = pagu.allocate(YEAR, MEDONO, FundField.PEMBERDAYAAN, "Pelatihan UMKM",
                new BigDecimal("20000000"), user("lurah.medono"));

        List<ActivityFigures> planned = execution.figures(YEAR, MEDONO);
        assertThat(planned).extracting(ActivityFigures::allocationId).containsExactly(first.id(), second.id());
        ActivityFigures row = planned.get(0);
        assertThat(row.status()).isEqualTo(ActivityStatus.DIRENCANAKAN);
        assertThat(row.activityId()).isZero();
        assertThat(row.number()).isNull();
        assertThat(row.mode()).isNull();
        assertThat(row.subActivityCode()).isEqualTo(PlanCandidate.SUB_KEGIATAN_SARANA_PRASARANA);
        assertThat(row.budget()).isEqualByComparingTo("100000000");
        assertThat(row.released()).isEqualByComparingTo("0");
        assertThat(row.realised()).isEqualByComparingTo("0");
        assertThat(row.proposalId()).isNull();

        long activity = jdbc.sql("insert into kegiatan_kelurahan (nomor, alokasi_id, tahun, kode_kelurahan, bidang, "
                        + "uraian, anggaran, status, mode, bentuk_kontrak, fisik_persen, keuangan_persen, dibuat_pada, "
                        + "diubah_pada) values ('KEG-2091-3375011002-001', ?, ?, ?, 'SARANA_PRASARANA', 'Saluran', "
                        + "100000000, 'PELAKSANAAN', 'PENYEDIA', 'SURAT_PERJANJIAN', 45, 40, now(), now()) returning id")
                .params(first.id(), YEAR, MEDONO).query(Long.class).single();
        jdbc.sql("insert into kegiatan_kelurahan_tahap (kegiatan_id, tahap, persen, nilai, dicairkan_nilai, "
                + "dicairkan_oleh, dicairkan_pada, lpj_status, lpj_realisasi) values "
                + "(?, 1, 40, 40000000, 40000000, 'lurah.medono', now(), 'DIVERIFIKASI', 39000000), "
                + "(?, 2, 30, 30000000, 30000000, 'lurah.medono', now(), 'DIAJUKAN', 30000000), "
                + "(?, 3, 30, 30000000, null, null, null, null, null)")
                .params(activity, activity, activity).update();

        ActivityFigures running = execution.figures(YEAR, MEDONO).get(0);
        assertThat(running.activityId()).isEqualTo(activity);
        assertThat(running.number()).isEqualTo("KEG-2091-3375011002-001");
        assertThat(running.status()).isEqualTo(ActivityStatus.PELAKSANAAN);
        assertThat(running.mode()).isEqualTo(ImplementationMode.PENYEDIA);
        assertThat(running.contractForm()).isEqualTo(ContractForm.SURAT_PERJANJIAN);
        assertThat(running.released()).isEqualByComparingTo("70000000");
        assertThat(running.realised()).isEqualByComparingTo("39000000");
        assertThat(running.physicalPercent()).isEqualTo(45);
        assertThat(running.financialPercent()).isEqualTo(40);
        assertThat(execution.figures(YEAR, MEDONO).get(1).status()).isEqualTo(ActivityStatus.DIRENCANAKAN);
        assertThat(execution.figures(YEAR, "33.75.01.1003")).isEmpty();
    }
}
