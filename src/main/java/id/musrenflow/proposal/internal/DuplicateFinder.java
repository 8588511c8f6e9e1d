package id.musrenflow.proposal.internal;

import id.musrenflow.proposal.PossibleDuplicate;
import id.musrenflow.proposal.ProposalStatus;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for duplicate candidates. The database narrows by catalogue item and a bounding box; the exact great-circle
 * distance (haversine) is computed here, so the same code runs on H2 and PostgreSQL without PostGIS.
 */
@Component
public class DuplicateFinder {

    private static final double EARTH_RADIUS_M = 6_371_008.8;
    private static final double METRES_PER_DEGREE = 111_320.0;
    private static final String COLUMNS = "select u.id, u.nomor, u.judul, u.revisi, u.tahun, u.status, u.latitude, "
            + "u.longitude from usulan u ";

    private record Row(long id, String number, String title, int year, ProposalStatus status, BigDecimal latitude,
                       BigDecimal longitude) {
    }

    private final JdbcClient jdbc;
    private final DuplicateSettings settings;
    private final Clock clock;

    DuplicateFinder(JdbcClient jdbc, DuplicateSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    public List<PossibleDuplicate> find(long proposalId) {
        Row self = jdbc.sql(COLUMNS + "where u.id = ?").param(proposalId).query(this::row).optional().orElse(null);
        // by the item's code: each year's catalogue has its own rows, and an earlier year's usulan counts too
        String item = self == null ? null : jdbc.sql("select kamus_kode from usulan where id = ? and kamus_kode is not null")
                .param(proposalId).query(String.class).optional().orElse(null);
        if (item == null) {
            return List.of();
        }
        Map<Long, PossibleDuplicate> found = new LinkedHashMap<>();
        nearby(self, item).forEach(d -> found.put(d.id(), d));
        for (Row row : sameRtStillValid(self, item)) {
            PossibleDuplicate near = found.get(row.id());
            found.put(row.id(), new PossibleDuplicate(row.id(), row.number(), row.title(), row.year(), row.status(),
                    near == null ? null : near.distanceMetres(), true));
        }
        List<PossibleDuplicate> result = new ArrayList<>(found.values());
        result.sort(Comparator.comparing((PossibleDuplicate d) -> d.distanceMetres() == null ? Integer.MAX_VALUE
                : d.distanceMetres()).thenComparing(PossibleDuplicate::number));
        return result;
    }

    private List<PossibleDuplicate> nearby(Row self, String item) {
        if (self.latitude() == null || self.longitude() == null) {
            return List.of();
        }
        int radius = settings.duplikatRadiusMeter();
        double lat = self.latitude().doubleValue();
        double lon = self.longitude().doubleValue();
        double dLat = radius / METRES_PER_DEGREE;
        double dLon = radius / (METRES_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(lat))));
        return jdbc.sql(COLUMNS + "where u.kamus_kode = ? and u.id <> ? and u.tahun <= ? "
                        + "and u.status not in ('DRAFT', 'DIBATALKAN') "
                        + "and u.latitude between ? and ? and u.longitude between ? and ?")
                .params(item, self.id(), self.year(), lat - dLat, lat + dLat, lon - dLon, lon + dLon)
                .query(this::row).list().stream()
                .map(r -> new PossibleDuplicate(r.id(), r.number(), r.title(), r.year(), r.status(),
                        (int) Math.round(metres(lat, lon, r.latitude().doubleValue(), r.longitude().doubleValue())),
                        false))
                .filter(d -> d.distanceMetres() <= radius)
                .toList();
    }

    /** Earlier usulan of the item sharing an RT, not yet realised and still within their validity (masa berlaku). */
    private List<Row> sameRtStillValid(Row self, String item) {
        return jdbc.sql(COLUMNS + "where u.kamus_kode = ? and u.id <> ? and u.id < ? and u.tahun <= ? "
                        + "and u.status not in ('DRAFT', 'DIBATALKAN', 'SELESAI', 'KADALUARSA') "
                        + "and (u.berlaku_sampai is null or u.berlaku_sampai >= ?) "
                        + "and exists (select 1 from usulan_rt r join usulan_rt mine on mine.kode_rt = r.kode_rt "
                        + "where r.usulan_id = u.id and mine.usulan_id = ?)")
                .params(item, self.id(), self.id(), self.year(), Date.valueOf(LocalDate.now(clock)), self.id())
                .query(this::row).list();
    }

    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        String title = rs.getString(3);
        return new Row(rs.getLong(1), rs.getString(2), rs.getInt(4) > 0 ? title + " (Revisi)" : title, rs.getInt(5),
                ProposalStatus.valueOf(rs.getString(6)), rs.getBigDecimal(7), rs.getBigDecimal(8));
    }
}
