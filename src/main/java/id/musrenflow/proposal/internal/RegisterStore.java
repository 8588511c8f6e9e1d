package id.musrenflow.proposal.internal;

import id.musrenflow.proposal.Breakdown;
import id.musrenflow.proposal.DecisionLevel;
import id.musrenflow.proposal.ExportRow;
import id.musrenflow.proposal.LevelDecision;
import id.musrenflow.proposal.MapPoint;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalReach;
import id.musrenflow.proposal.ProposalStage;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.RegisterFilter;
import id.musrenflow.proposal.RegisterRow;
import id.musrenflow.proposal.RegisterSort;
import id.musrenflow.proposal.StageDuration;
import id.musrenflow.proposal.StageFigure;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL of the planners' register: pages, counts and sums per stage and group, map points, durations from the status
 * history, and the export in chunks. Everything is aggregated in the database over indexed columns.
 */
@Component
public class RegisterStore {

    private static final int EXPORT_CHUNK = 500;

    private static final String ROW = "select u.id, u.nomor, u.tahun, u.status, " + RegisterSql.STAGE + ", u.judul, "
            + "u.revisi, u.kode_kelurahan, u.kode_rw, u.asal, u.jenis, u.bidang, u.opd_awal, u.opd_akhir, u.biaya, "
            + "u.kamus_id, u.diajukan_pada, u.diubah_pada, u.tenggat from usulan u";

    private final JdbcClient jdbc;

    RegisterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RegisterRow> page(RegisterFilter filter, ProposalReach reach, RegisterSort sort, boolean descending,
                                  int offset, int limit, LocalDateTime now) {
        RegisterSql sql = new RegisterSql(filter, reach, false, now);
        String direction = descending ? " desc" : " asc";
        String order = sort == RegisterSort.NUMBER ? "u.nomor" + direction
                : sort.column() + direction + (descending ? " nulls last" : " nulls first") + ", u.nomor";
        return jdbc.sql(ROW + sql.where() + " order by " + order + " limit " + sql.param(limit) + " offset "
                        + sql.param(offset))
                .params(sql.params())
                .query(RegisterStore::row)
                .list();
    }

    public long count(RegisterFilter filter, ProposalReach reach, LocalDateTime now) {
        RegisterSql sql = new RegisterSql(filter, reach, false, now);
        return jdbc.sql("select count(*) from usulan u" + sql.where()).params(sql.params()).query(Long.class).single();
    }

    /** True when the usulan is within the reach (and is not a draft). */
    public boolean visible(long id, ProposalReach reach, LocalDateTime now) {
        RegisterSql sql = new RegisterSql(new RegisterFilter(null, null, null, null, null, null, null, null, null,
                null, false, null), reach, false, now);
        String where = sql.where() + (sql.where().isEmpty() ? " where " : " and ") + "u.id = " + sql.param(id);
        return jdbc.sql("select count(*) from usulan u" + where).params(sql.params()).query(Long.class).single() > 0;
    }

    /** Drafts are counted (a planner wants to know what is being prepared) but never listed. */
    public long drafts(RegisterFilter filter, ProposalReach reach, LocalDateTime now) {
        RegisterSql sql = new RegisterSql(filter.withStages(java.util.Set.of(ProposalStage.DRAFT)), reach, true, now);
        return jdbc.sql("select count(*) from usulan u" + sql.where()).params(sql.params()).query(Long.class).single();
    }

    public List<StageFigure> figures(RegisterFilter filter, ProposalReach reach, Breakdown breakdown,
                                     LocalDateTime now) {
        RegisterSql sql = new RegisterSql(filter, reach, false, now);
        String key = breakdown == null ? "cast(null as varchar(30))" : keyOf(breakdown, filter.territory());
        return jdbc.sql("select k, s, count(*), sum(b) from (select " + key + " as k, " + RegisterSql.STAGE
                        + " as s, u.biaya as b from usulan u" + sql.where() + ") x group by k, s")
                .params(sql.params())
                .query((rs, i) -> new StageFigure(rs.getString(1), ProposalStage.valueOf(rs.getString(2)),
                        rs.getLong(3), zeroIfNull(rs.getBigDecimal(4))))
                .list();
    }

    public List<MapPoint> points(RegisterFilter filter, ProposalReach reach, int limit, LocalDateTime now) {
        RegisterSql sql = new RegisterSql(filter, reach, false, now);
        return jdbc.sql("select u.id, u.nomor, u.judul, " + RegisterSql.STAGE + ", u.latitude, u.longitude from usulan u"
                        + sql.where() + (sql.where().isEmpty() ? " where " : " and ")
                        + "u.latitude is not null order by u.id limit " + sql.param(limit))
                .params(sql.params())
                .query((rs, i) -> new MapPoint(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ProposalStage.valueOf(rs.getString(4)), rs.getDouble(5), rs.getDouble(6)))
                .list();
    }

    /**
     * Time in each open stage, from the status history: a stay runs from the row that entered a status to the next
     * status row (or {@code now} while it lasts); DITERUSKAN_KECAMATAN is split at the field verdict. Consecutive
     * rows of one usulan in the same stage are one stay (an RW approval writes PRIORITAS_RW and DIAJUKAN_KELURAHAN
     * in one step; counted apart, the first would add a stay of no time and halve the median).
     */
    public List<StageDuration> durations(RegisterFilter filter, ProposalReach reach, Breakdown breakdown,
                                         LocalDateTime now) {
        RegisterSql sql = new RegisterSql(filter.withStages(null), reach, false, now);
        String key = breakdown == null ? "cast(null as varchar(30))" : keyOf(breakdown, filter.territory());
        String nowParam = sql.param(Timestamp.valueOf(now));
        String history = "select r.usulan_id, r.ke_status, r.waktu as masuk, lead(r.waktu) over "
                + "(partition by r.usulan_id order by r.waktu, r.id) as keluar from usulan_riwayat r "
                + "where r.peristiwa = 'STATUS' and r.usulan_id in (select u.id from usulan u" + sql.where() + ")";
        String stays = "select h.usulan_id as uid, " + key + " as k, h.ke_status as st, h.masuk, coalesce(h.keluar, "
                + nowParam + ") as keluar, u.lapangan_layak_pada as lap from (" + history + ") h "
                + "join usulan u on u.id = h.usulan_id";
        String split = "select uid, k, " + RegisterSql.stageOfStatus("st") + " as s, masuk as a, keluar as b from ("
                + stays + ") s1 where st <> 'DITERUSKAN_KECAMATAN' or lap is null or lap < masuk or lap > keluar "
                + "union all select uid, k, 'VERIFIKASI_KECAMATAN', masuk, lap from (" + stays + ") s2 "
                + "where st = 'DITERUSKAN_KECAMATAN' and lap between masuk and keluar "
                + "union all select uid, k, 'FORUM_KECAMATAN', lap, keluar from (" + stays + ") s3 "
                + "where st = 'DITERUSKAN_KECAMATAN' and lap between masuk and keluar";
        String marked = "select uid, k, s, a, b, case when lag(s) over (partition by uid order by a, b) = s "
                + "then 0 else 1 end as baru from (" + split + ") sp";
        String islands = "select uid, k, s, a, b, sum(baru) over (partition by uid order by a, b "
                + "rows between unbounded preceding and current row) as pulau from (" + marked + ") m";
        String merged = "select k, s, min(a) as a, max(b) as b from (" + islands + ") i group by uid, k, s, pulau";
        String hours = "(extract(epoch from b) - extract(epoch from a)) / 3600.0";
        return jdbc.sql("select k, s, count(*), percentile_cont(0.5) within group (order by " + hours + "), "
                        + "percentile_cont(0.9) within group (order by " + hours + ") from (" + merged + ") d "
                        + "where s in ('RW', 'VERIFIKASI_KELURAHAN', 'FORUM_KELURAHAN', 'VERIFIKASI_KECAMATAN', "
                        + "'FORUM_KECAMATAN', 'OPD', 'BAPPEDA') group by k, s")
                .params(sql.params())
                .query((rs, i) -> new StageDuration(rs.getString(1), ProposalStage.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getDouble(4), rs.getDouble(5)))
                .list();
    }

    /**
     * Hands every selected usulan to {@code sink} in number order, {@value #EXPORT_CHUNK} at a time (keyset paging
     * on the number), so memory stays bounded whatever the size; returns how many were written.
     */
    public long export(RegisterFilter filter, ProposalReach reach, LocalDateTime now, Consumer<ExportRow> sink) {
        String after = "";
        long written = 0;
        while (true) {
            RegisterSql sql = new RegisterSql(filter, reach, false, now);
            String where = sql.where() + (sql.where().isEmpty() ? " where " : " and ") + "u.nomor > "
                    + sql.param(after);
            List<ExportRow> chunk = jdbc.sql(EXPORT + where + " order by u.nomor limit " + EXPORT_CHUNK)
                    .params(sql.params())
                    .query(RegisterStore::exportRow)
                    .list();
            if (chunk.isEmpty()) {
                return written;
            }
            List<Long> ids = chunk.stream().map(ExportRow::id).toList();
            Map<Long, List<String>> rts = rts(ids);
            Map<Long, Map<DecisionLevel, LevelDecision>> decisions = decisions(ids);
            for (ExportRow row : chunk) {
                sink.accept(withExtras(row, rts.getOrDefault(row.id(), List.of()),
                        decisions.getOrDefault(row.id(), Map.of())));
                written++;
            }
            after = chunk.get(chunk.size() - 1).number();
        }
    }

    private static final String EXPORT = "select u.id, u.nomor, u.tahun, u.status, " + RegisterSql.STAGE + ", "
            + "u.diajukan_pada, u.diubah_pada, u.asal, u.pengusul_username, u.pengusul_jabatan, u.nama_warga, "
            + "u.telepon_warga, u.kode_kelurahan, u.kode_rw, u.alamat, u.latitude, u.longitude, u.jenis, u.bidang, "
            + "k.kode, k.nama, u.judul, u.revisi, u.masalah, u.deskripsi, u.output_diharapkan, "
            + "u.penerima_manfaat_jumlah, u.penerima_manfaat_kelompok, u.volume, u.satuan, u.harga_satuan, u.biaya, "
            + "u.swadaya, u.opd_awal, u.opd_akhir, u.sub_kegiatan_kode, u.peringkat_rw, u.peringkat_kelurahan, "
            + "u.peringkat_kecamatan, u.skor, u.usulan_ke, u.berlaku_sampai, u.dana_kelurahan "
            + "from usulan u left join kamus_usulan k on k.id = u.kamus_id";

    private Map<Long, List<String>> rts(List<Long> ids) {
        Map<Long, List<String>> result = new HashMap<>();
        jdbc.sql("select usulan_id, kode_rt from usulan_rt where usulan_id in (:ids) order by kode_rt")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return result;
    }

    /** The last decision of every level, from the status history of the usulan in one query. */
    private Map<Long, Map<DecisionLevel, LevelDecision>> decisions(List<Long> ids) {
        Map<Long, Map<DecisionLevel, LevelDecision>> result = new HashMap<>();
        List<String> decisive = new ArrayList<>();
        for (DecisionLevel level : DecisionLevel.values()) {
            level.decisions().forEach(s -> decisive.add(s.name()));
        }
        jdbc.sql("select usulan_id, ke_status, kode_alasan, alasan, pelaku, jabatan, waktu from usulan_riwayat "
                        + "where usulan_id in (:ids) and peristiwa = 'STATUS' and ke_status in (:statuses) "
                        + "order by usulan_id, waktu, id")
                .param("ids", ids)
                .param("statuses", decisive)
                .query((ResultSet rs) -> {
                    ProposalStatus status = ProposalStatus.valueOf(rs.getString(2));
                    DecisionLevel level = DecisionLevel.deciding(status);
                    result.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(DecisionLevel.class))
                            .put(level, new LevelDecision(level, status, rs.getString(3), rs.getString(4),
                                    rs.getString(5), rs.getString(6), rs.getTimestamp(7).toLocalDateTime()));
                });
        return result;
    }

    /** The group key of an usulan as SQL: the child territory of the filter's territory, the OPD, bidang or origin. */
    private static String keyOf(Breakdown breakdown, String territory) {
        return switch (breakdown) {
            case OPD -> "coalesce(u.opd_akhir, u.opd_awal)";
            case FIELD -> "u.bidang";
            case ORIGIN -> "u.asal";
            case TERRITORY -> {
                int depth = territory == null ? 1 : RegisterSql.depth(territory);
                yield switch (depth) {
                    case 1 -> "left(u.kode_kelurahan, 8)";
                    case 2 -> "u.kode_kelurahan";
                    default -> "u.kode_rw";
                };
            }
        };
    }

    private static RegisterRow row(ResultSet rs, int i) throws SQLException {
        return new RegisterRow(rs.getLong(1), rs.getString(2), rs.getInt(3), ProposalStatus.valueOf(rs.getString(4)),
                ProposalStage.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7), rs.getString(8),
                rs.getString(9), ProposalOrigin.valueOf(rs.getString(10)), ProposalKind.valueOf(rs.getString(11)),
                ProposalField.valueOf(rs.getString(12)), rs.getString(13), rs.getString(14), rs.getBigDecimal(15),
                (Long) rs.getObject(16, Long.class), time(rs, 17), time(rs, 18), time(rs, 19));
    }

    private static ExportRow exportRow(ResultSet rs, int i) throws SQLException {
        return new ExportRow(rs.getLong(1), rs.getString(2), rs.getInt(3), ProposalStatus.valueOf(rs.getString(4)),
                ProposalStage.valueOf(rs.getString(5)), time(rs, 6), time(rs, 7),
                ProposalOrigin.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), List.of(), rs.getString(15),
                rs.getBigDecimal(16), rs.getBigDecimal(17), ProposalKind.valueOf(rs.getString(18)),
                ProposalField.valueOf(rs.getString(19)), rs.getString(20), rs.getString(21), rs.getString(22),
                rs.getInt(23), rs.getString(24), rs.getString(25), rs.getString(26),
                (Integer) rs.getObject(27, Integer.class), rs.getString(28), rs.getBigDecimal(29), rs.getString(30),
                rs.getBigDecimal(31), rs.getBigDecimal(32), rs.getString(33), rs.getString(34), rs.getString(35),
                rs.getString(36), (Integer) rs.getObject(37, Integer.class), (Integer) rs.getObject(38, Integer.class),
                (Integer) rs.getObject(39, Integer.class), rs.getBigDecimal(40), rs.getInt(41),
                rs.getDate(42) == null ? null : rs.getDate(42).toLocalDate(), rs.getBoolean(43), Map.of());
    }

    private static ExportRow withExtras(ExportRow r, List<String> rtCodes, Map<DecisionLevel, LevelDecision> decisions) {
        return new ExportRow(r.id(), r.number(), r.year(), r.status(), r.stage(), r.submittedAt(), r.changedAt(),
                r.origin(), r.proposer(), r.proposerPosition(), r.residentName(), r.residentPhone(), r.kelurahanCode(),
                r.rwCode(), List.copyOf(rtCodes), r.address(), r.latitude(), r.longitude(), r.kind(), r.field(),
                r.catalogueCode(), r.catalogueName(), r.title(), r.revision(), r.problem(), r.description(),
                r.expectedOutput(), r.beneficiaries(), r.beneficiaryGroup(), r.volume(), r.unit(), r.unitCost(),
                r.cost(), r.selfHelp(), r.initialOpd(), r.finalOpd(), r.subActivityCode(), r.rankRw(),
                r.rankKelurahan(), r.rankKecamatan(), r.score(), r.repeatCount(), r.validUntil(), r.kelurahanFund(),
                decisions.isEmpty() ? Map.of() : new EnumMap<>(decisions));
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
