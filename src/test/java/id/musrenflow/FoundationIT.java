package id.musrenflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class FoundationIT extends PostgresIT {

    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RegionService regions;

    @Test
    void flyway_and_camunda_start_on_postgresql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        List<String> migrations = jdbc.queryForList(
                "select version from flyway_schema_history where success order by installed_rank", String.class);
        assertThat(migrations).startsWith("1", "2", "3");
        Integer camundaTables = jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_name in ('act_ru_task', 'act_hi_procinst', "
                        + "'act_re_procdef', 'act_ru_authorization')", Integer.class);
        assertThat(camundaTables).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_authorization where group_id_ = 'bappeda' "
                + "and resource_id_ = 'cockpit'", Integer.class)).isEqualTo(1);
    }

    @Test
    void kota_pekalongan_has_4_kecamatan_and_27_kelurahan_with_kemendagri_codes() {
        assertThat(regions.count(Level.KOTA)).isEqualTo(1);
        assertThat(regions.byLevel(Level.KECAMATAN)).extracting(t -> t.code() + " " + t.name()).containsExactly(
                "33.75.01 Pekalongan Barat", "33.75.02 Pekalongan Timur", "33.75.03 Pekalongan Utara",
                "33.75.04 Pekalongan Selatan");
        assertThat(regions.count(Level.KELURAHAN)).isEqualTo(27);
        assertThat(regions.children("33.75.01")).hasSize(7);
        assertThat(regions.children("33.75.02")).hasSize(7);
        assertThat(regions.children("33.75.03")).hasSize(7);
        assertThat(regions.children("33.75.04")).hasSize(6);
        assertThat(regions.get("33.75.01.1002").name()).isEqualTo("Medono");
        assertThat(regions.get("33.75.04.1010").name()).isEqualTo("Sokoduwet");
        assertThat(regions.get("33.75.02.1012").name()).isEqualTo("Kali Baros");
    }

    @Test
    void demo_rw_and_rt_match_the_city_totals() {
        // tests sharing this database may add an RW or RT through the region service, which audits each addition
        assertThat(regions.count(Level.RW) - added(Level.RW)).isEqualTo(334);
        assertThat(regions.count(Level.RT) - added(Level.RT)).isEqualTo(1627);
        assertThat(regions.describe("33.75.01.1002.002.003")).isEqualTo("RT 003 / RW 002 Medono");
    }

    /** Territories of a level added after the seed (and not deleted since), from the audit trail. */
    private long added(Level level) {
        return jdbc.queryForObject("select count(*) from wilayah w where w.tingkat = ? and exists (select 1 from "
                + "jejak_audit a where a.objek = 'WILAYAH' and a.aksi = 'TAMBAH' and a.objek_id = w.kode)",
                Long.class, level.name());
    }

    @Test
    void classification_and_opd_reference_data_are_loaded() {
        assertThat(jdbc.queryForObject("select count(*) from urusan where jenis = 'URUSAN'", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from urusan where jenis = 'BIDANG_URUSAN'", Integer.class))
                .isEqualTo(33);
        assertThat(jdbc.queryForObject("select nama from sub_kegiatan where kode = '7.01.03.2.02.0002'", String.class))
                .isEqualTo("Pembangunan Sarana dan Prasarana Kelurahan");
        assertThat(jdbc.queryForObject("select count(*) from opd o join opd_bidang_urusan b on b.opd_id = o.id "
                + "where o.kode = 'DPUPR' and b.bidang_kode = '1.03'", Integer.class)).isEqualTo(1);
    }
}
