package id.musrenflow.danakelurahan.internal;

import id.musrenflow.danakelurahan.Allocation;
import id.musrenflow.danakelurahan.FundField;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** SQL for pagu and allocations; callers hold the transaction. */
@Component
public class PaguStore {

    private final JdbcClient jdbc;

    PaguStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pagu, with its row locked until the transaction ends: every change of the sum goes through here. */
    public Optional<BigDecimal> lockPagu(int year, String kelurahanCode) {
        return jdbc.sql("select pagu from pagu_dana_kelurahan where tahun = ? and kode_kelurahan = ? for update")
                .params(year, kelurahanCode).query(BigDecimal.class).optional();
    }

    public Optional<BigDecimal> pagu(int year, String kelurahanCode) {
        return jdbc.sql("select pagu from pagu_dana_kelurahan where tahun = ? and kode_kelurahan = ?")
                .params(year, kelurahanCode).query(BigDecimal.class).optional();
    }

    /** Years with a pagu somewhere in the city, newest first. */
    public List<Integer> years() {
        return jdbc.sql("select distinct tahun from pagu_dana_kelurahan order by tahun desc").query(Integer.class).list();
    }

    public void insertPagu(int year, String kelurahanCode, BigDecimal pagu, String actor, LocalDateTime now) {
        jdbc.sql("insert into pagu_dana_kelurahan (tahun, kode_kelurahan, pagu, diubah_oleh, diubah_pada) "
                        + "values (?, ?, ?, ?, ?)")
                .params(year, kelurahanCode, pagu, actor, Timestamp.valueOf(now)).update();
    }

    public void updatePagu(int year, String kelurahanCode, BigDecimal pagu, String actor, LocalDateTime now) {
        jdbc.sql("update pagu_dana_kelurahan set pagu = ?, diubah_oleh = ?, diubah_pada = ? "
                        + "where tahun = ? and kode_kelurahan = ?")
                .params(pagu, actor, Timestamp.valueOf(now), year, kelurahanCode).update();
    }

    public BigDecimal allocated(int year, String kelurahanCode, Long except) {
        return jdbc.sql("select coalesce(sum(nilai), 0) from alokasi_dana_kelurahan where tahun = ? "
                        + "and kode_kelurahan = ? and id <> ?")
                .params(year, kelurahanCode, except == null ? -1L : except).query(BigDecimal.class).single();
    }

    public long insertAllocation(int year, String kelurahanCode, FundField field, String description,
                                 BigDecimal amount, String actor, LocalDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into alokasi_dana_kelurahan (tahun, kode_kelurahan, bidang, uraian, nilai, dibuat_oleh, "
                        + "dibuat_pada) values (?, ?, ?, ?, ?, ?, ?)")
                .params(year, kelurahanCode, field.name(), description, amount, actor, Timestamp.valueOf(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public int updateAllocation(long id, BigDecimal amount, int expectedVersion) {
        return jdbc.sql("update alokasi_dana_kelurahan set nilai = ?, version = version + 1 where id = ? and version = ?")
                .params(amount, id, expectedVersion).update();
    }

    public Optional<Allocation> allocation(long id) {
        return jdbc.sql("select id, tahun, kode_kelurahan, bidang, uraian, nilai, version from alokasi_dana_kelurahan "
                        + "where id = ?").param(id).query((rs, i) -> new Allocation(rs.getLong(1), rs.getInt(2),
                        rs.getString(3), FundField.valueOf(rs.getString(4)), rs.getString(5), rs.getBigDecimal(6),
                        rs.getInt(7))).optional();
    }

    public List<Allocation> allocations(int year, String kelurahanCode) {
        return jdbc.sql("select id, tahun, kode_kelurahan, bidang, uraian, nilai, version from alokasi_dana_kelurahan "
                        + "where tahun = ? and kode_kelurahan = ? order by id").params(year, kelurahanCode)
                .query((rs, i) -> new Allocation(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        FundField.valueOf(rs.getString(4)), rs.getString(5), rs.getBigDecimal(6), rs.getInt(7)))
                .list();
    }
}
