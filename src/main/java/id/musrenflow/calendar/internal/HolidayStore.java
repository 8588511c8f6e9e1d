package id.musrenflow.calendar.internal;

import id.musrenflow.calendar.Holiday;
import id.musrenflow.calendar.HolidayDraft;
import id.musrenflow.calendar.HolidayKind;
import id.musrenflow.calendar.HolidaySource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the hari_libur table; callers hold the transaction and have checked the input. */
@Repository
public class HolidayStore implements HolidaySource {

    private static final String SELECT = "select id, tanggal, nama, jenis, diubah_oleh, diubah_pada, versi "
            + "from hari_libur ";

    private final JdbcClient jdbc;

    HolidayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Holiday> holidays(int year) {
        return jdbc.sql(SELECT + "where tanggal between ? and ? order by tanggal")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).query(HolidayStore::holiday).list();
    }

    public Optional<Holiday> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(HolidayStore::holiday).optional();
    }

    public Optional<Holiday> findByDate(LocalDate date) {
        return jdbc.sql(SELECT + "where tanggal = ?").param(date).query(HolidayStore::holiday).optional();
    }

    public void insert(HolidayDraft draft, String actor, LocalDateTime at) {
        jdbc.sql("insert into hari_libur (tanggal, nama, jenis, diubah_oleh, diubah_pada) values (?, ?, ?, ?, ?)")
                .params(draft.date(), draft.name(), draft.kind().name(), actor, Timestamp.valueOf(at)).update();
    }

    /** False when the holiday was changed or removed since {@code version} was read. */
    public boolean update(long id, int version, HolidayDraft draft, String actor, LocalDateTime at) {
        return jdbc.sql("update hari_libur set tanggal = ?, nama = ?, jenis = ?, diubah_oleh = ?, diubah_pada = ?, "
                        + "versi = versi + 1 where id = ? and versi = ?")
                .params(draft.date(), draft.name(), draft.kind().name(), actor, Timestamp.valueOf(at), id, version)
                .update() == 1;
    }

    /** False when the holiday was changed or removed since {@code version} was read. */
    public boolean delete(long id, int version) {
        return jdbc.sql("delete from hari_libur where id = ? and versi = ?").params(id, version).update() == 1;
    }

    private static Holiday holiday(ResultSet rs, int row) throws SQLException {
        return new Holiday(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                HolidayKind.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toLocalDateTime(),
                rs.getInt(7));
    }
}
