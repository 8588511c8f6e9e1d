package id.musrenflow.proposal.internal;

import id.musrenflow.proposal.CatalogueEntry;
import id.musrenflow.proposal.CatalogueItem;
import id.musrenflow.proposal.CatalogueItemDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for the kamus usulan as the admin maintains it; callers hold the transaction. */
@Component
public class CatalogueStore {

    private static final String COLUMNS = "select id, tahun, kode, nama, jenis, bidang, satuan, harga_satuan, opd_kode, "
            + "bidang_urusan_kode, sub_kegiatan_kode, boleh_dana_kelurahan, wajib_foto, wajib_koordinat, "
            + "wajib_bukti_lahan, aktif, alasan_nonaktif, version from kamus_usulan ";
    private static final String FIELDS = "kode, nama, jenis, bidang, satuan, harga_satuan, opd_kode, bidang_urusan_kode, "
            + "sub_kegiatan_kode, boleh_dana_kelurahan, wajib_foto, wajib_koordinat, wajib_bukti_lahan";

    private final JdbcClient jdbc;

    CatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CatalogueEntry> entries(int year) {
        return jdbc.sql(COLUMNS + "where tahun = ? order by kode").param(year).query(this::mapEntry).list();
    }

    public Optional<CatalogueEntry> entry(long id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id).query(this::mapEntry).optional();
    }

    public Optional<CatalogueEntry> byCode(int year, String code) {
        return jdbc.sql(COLUMNS + "where tahun = ? and kode = ?").params(year, code).query(this::mapEntry).optional();
    }

    public List<Integer> years() {
        return jdbc.sql("select distinct tahun from kamus_usulan order by tahun").query(Integer.class).list();
    }

    public int count(int year) {
        return jdbc.sql("select count(*) from kamus_usulan where tahun = ?").param(year).query(Integer.class).single();
    }

    /** The items of the year, locked until the transaction ends, so an import and an edit cannot interleave. */
    public void lockYear(int year) {
        jdbc.sql("select id from kamus_usulan where tahun = ? for update").param(year).query(Long.class).list();
    }

    /** The closest year before {@code year} with active items, else the closest one after it. */
    public Optional<Integer> nearestYearWithItems(int year) {
        Optional<Integer> earlier = first("select max(tahun) from kamus_usulan where tahun < ? and aktif", year);
        return earlier.isPresent() ? earlier
                : first("select min(tahun) from kamus_usulan where tahun > ? and aktif", year);
    }

    public long insert(int year, CatalogueItemDraft d) {
        jdbc.sql("insert into kamus_usulan (tahun, " + FIELDS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(year, d.code(), d.name(), d.kind().name(), d.field().name(), d.unit(), d.unitCost(),
                        d.opdCode(), d.fieldOfGovernment(), d.subActivityCode(), d.danaKelurahan(),
                        d.photoRequired(), d.coordinatesRequired(), d.landEvidenceRequired())
                .update();
        return jdbc.sql("select id from kamus_usulan where tahun = ? and kode = ?").params(year, d.code())
                .query(Long.class).single();
    }

    /** Overwrites the item if nobody changed it since {@code version} was read; 0 rows = refused. */
    public int update(long id, long version, CatalogueItemDraft d) {
        return jdbc.sql("update kamus_usulan set nama = ?, jenis = ?, bidang = ?, satuan = ?, harga_satuan = ?, "
                        + "opd_kode = ?, bidang_urusan_kode = ?, sub_kegiatan_kode = ?, boleh_dana_kelurahan = ?, "
                        + "wajib_foto = ?, wajib_koordinat = ?, wajib_bukti_lahan = ?, version = version + 1 "
                        + "where id = ? and version = ?")
                .params(d.name(), d.kind().name(), d.field().name(), d.unit(), d.unitCost(), d.opdCode(),
                        d.fieldOfGovernment(), d.subActivityCode(), d.danaKelurahan(), d.photoRequired(),
                        d.coordinatesRequired(), d.landEvidenceRequired(), id, version)
                .update();
    }

    /** Retires (with the reason) or reactivates the item if nobody changed it since {@code version}. */
    public int setActive(long id, long version, boolean active, String reason) {
        return jdbc.sql("update kamus_usulan set aktif = ?, alasan_nonaktif = ?, version = version + 1 "
                        + "where id = ? and version = ?")
                .params(active, active ? null : reason, id, version).update();
    }

    /** Copies the active items of one year into another; returns how many. */
    public int copyActive(int from, int to) {
        return jdbc.sql("insert into kamus_usulan (tahun, " + FIELDS + ") select ?, " + FIELDS
                        + " from kamus_usulan where tahun = ? and aktif")
                .params(to, from).update();
    }

    /** max/min over no rows is one null row. */
    private Optional<Integer> first(String sql, int year) {
        return jdbc.sql(sql).param(year).query(Integer.class).list().stream().filter(Objects::nonNull).findFirst();
    }

    private CatalogueEntry mapEntry(ResultSet rs, int row) throws SQLException {
        CatalogueItem item = new CatalogueItem(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                ProposalKind.valueOf(rs.getString(5)), ProposalField.valueOf(rs.getString(6)), rs.getString(7),
                rs.getBigDecimal(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getBoolean(12),
                rs.getBoolean(13), rs.getBoolean(14), rs.getBoolean(15));
        return new CatalogueEntry(item, rs.getBoolean(16), rs.getString(17), rs.getLong(18));
    }
}
