package id.musrenflow.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Records who changed what, when and why, in the caller's transaction. */
@Service
public class AuditTrail {

    private static final int MAX_DETAIL = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String actor, String action, String objectType, String objectId, String detail) {
        String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        jdbc.update("insert into jejak_audit (waktu, pelaku, aksi, objek, objek_id, rincian) values (?, ?, ?, ?, ?, ?)",
                Timestamp.valueOf(LocalDateTime.now(clock)), actor, action, objectType, objectId, trimmed);
    }

    public List<AuditEntry> of(String objectType, String objectId) {
        return jdbc.query("select waktu, pelaku, aksi, rincian from jejak_audit where objek = ? and objek_id = ? "
                        + "order by waktu, id",
                (rs, i) -> new AuditEntry(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3),
                        rs.getString(4)),
                objectType, objectId);
    }

    public record AuditEntry(LocalDateTime at, String actor, String action, String detail) {
    }
}
