package id.musrenflow.danakelurahan.internal;

import id.musrenflow.danakelurahan.CandidateSource;
import id.musrenflow.danakelurahan.FundField;
import id.musrenflow.danakelurahan.PlanCandidate;
import id.musrenflow.danakelurahan.PlanItem;
import id.musrenflow.danakelurahan.PlanStatus;
import id.musrenflow.danakelurahan.PlanStatusChange;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for the Rencana Kegiatan Kelurahan, its allocations and history; callers hold the transaction. */
@Component
public class PlanStore {

    /** The plan row as stored, without its items. */
    public record PlanRow(int year, String kelurahanCode, String number, PlanStatus status, String submitter,
                          String overrideReason, int version) {
    }

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlanRow> find(int year, String kelurahanCode) {
        return jdbc.sql("select tahun, kode_kelurahan, nomor, status, pengaju, alasan_penyesuaian, version "
                        + "from rencana_kegiatan_kelurahan where tahun = ? and kode_kelurahan = ?")
                .params(year, kelurahanCode)
                .query((rs, i) -> new PlanRow(rs.getInt(1), rs.getString(2), rs.getString(3),
                        PlanStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getInt(7)))
                .optional();
    }

    public void insert(int year, String kelurahanCode, String number, String overrideReason, String actor,
                       LocalDateTime now) {
        jdbc.sql("insert into rencana_kegiatan_kelurahan (tahun, kode_kelurahan, nomor, status, alasan_penyesuaian, "
                        + "disusun_oleh, diubah_pada) values (?, ?, ?, 'DRAFT', ?, ?, ?)")
                .params(year, kelurahanCode, number, overrideReason, actor, Timestamp.valueOf(now)).update();
    }

    public void update(int year, String kelurahanCode, int expectedVersion, String overrideReason, String actor,
                       LocalDateTime now) {
        int updated = jdbc.sql("update rencana_kegiatan_kelurahan set alasan_penyesuaian = ?, disusun_oleh = ?, "
                        + "diubah_pada = ?, version = version + 1 where tahun = ? and kode_kelurahan = ? and version = ?")
                .params(overrideReason, actor, Timestamp.valueOf(now), year, kelurahanCode, expectedVersion).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("rencana " + year + " " + kelurahanCode + " changed");
        }
    }

    public void setSubmitter(int year, String kelurahanCode, String username) {
        jdbc.sql("update rencana_kegiatan_kelurahan set pengaju = ? where tahun = ? and kode_kelurahan = ?")
                .params(username, year, kelurahanCode).update();
    }

    public void changeStatus(int year, String kelurahanCode, PlanStatus from, PlanStatus to, LocalDateTime now) {
        int updated = jdbc.sql("update rencana_kegiatan_kelurahan set status = ?, diubah_pada = ?, version = version + 1 "
                        + "where tahun = ? and kode_kelurahan = ? and status = ?")
                .params(to.name(), Timestamp.valueOf(now), year, kelurahanCode, from.name()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("rencana " + year + " " + kelurahanCode + " is no longer " + from);
        }
    }

    public void addHistory(int year, String kelurahanCode, PlanStatusChange change) {
        jdbc.sql("insert into rencana_kegiatan_kelurahan_riwayat (tahun, kode_kelurahan, waktu, pelaku, jabatan, "
                        + "dari_status, ke_status, kode_alasan, alasan, catatan) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(year, kelurahanCode, Timestamp.valueOf(change.at()), change.actor(), change.position(),
                        change.from() == null ? null : change.from().name(), change.to().name(), change.reasonCode(),
                        change.reason(), change.note())
                .update();
    }

    public List<PlanStatusChange> history(int year, String kelurahanCode) {
        return jdbc.sql("select waktu, pelaku, jabatan, dari_status, ke_status, kode_alasan, alasan, catatan "
                        + "from rencana_kegiatan_kelurahan_riwayat where tahun = ? and kode_kelurahan = ? order by waktu, id")
                .params(year, kelurahanCode)
                .query((rs, i) -> new PlanStatusChange(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2),
                        rs.getString(3), rs.getString(4) == null ? null : PlanStatus.valueOf(rs.getString(4)),
                        PlanStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** Allocations made for candidates (the plan's items), in the order they were made. */
    public List<PlanItem> items(int year, String kelurahanCode) {
        return jdbc.sql("select id, jenis_kandidat, kandidat_id, uraian, bidang, sub_kegiatan, nilai "
                        + "from alokasi_dana_kelurahan where tahun = ? and kode_kelurahan = ? and jenis_kandidat is not null "
                        + "order by id")
                .params(year, kelurahanCode)
                .query((rs, i) -> new PlanItem(rs.getLong(1), CandidateSource.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getString(4), FundField.valueOf(rs.getString(5)), rs.getString(6), rs.getBigDecimal(7)))
                .list();
    }

    public void deleteItems(int year, String kelurahanCode) {
        jdbc.sql("delete from alokasi_dana_kelurahan where tahun = ? and kode_kelurahan = ? and jenis_kandidat is not null")
                .params(year, kelurahanCode).update();
    }

    public void insertItem(int year, String kelurahanCode, PlanCandidate candidate, String actor, LocalDateTime now) {
        String description = candidate.title().length() > 300 ? candidate.title().substring(0, 300) : candidate.title();
        jdbc.sql("insert into alokasi_dana_kelurahan (tahun, kode_kelurahan, bidang, uraian, nilai, dibuat_oleh, "
                        + "dibuat_pada, jenis_kandidat, kandidat_id, sub_kegiatan) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(year, kelurahanCode, candidate.field().name(), description, candidate.cost(), actor,
                        Timestamp.valueOf(now), candidate.source().name(), candidate.id(), candidate.subActivityCode())
                .update();
    }

    /**
     * Accepted LKK activities of the kelurahan and year (pemberdayaan candidates), in the order their programmes
     * were accepted, then in the programme's own order.
     */
    public List<PlanCandidate> acceptedLkkActivities(int year, String kelurahanCode) {
        return jdbc.sql("select k.id, p.nomor, k.nama, k.anggaran from program_lkk_kegiatan k "
                        + "join program_lkk p on p.id = k.program_id "
                        + "where p.tahun = ? and p.kode_kelurahan = ? and p.status = 'DITERIMA' and k.kandidat_pemberdayaan "
                        + "order by (select min(r.waktu) from program_lkk_riwayat r where r.program_id = p.id "
                        + "and r.ke_status = 'DITERIMA'), p.id, k.urutan")
                .params(year, kelurahanCode)
                .query((rs, i) -> new PlanCandidate(CandidateSource.KEGIATAN_LKK, rs.getLong(1), rs.getString(2),
                        rs.getString(3), FundField.PEMBERDAYAAN, rs.getBigDecimal(4), null))
                .list();
    }

    /** Programme number and lembaga of the accepted LKK activities of a kelurahan's year, by activity id. */
    public Map<Long, LkkSource> lkkSources(int year, String kelurahanCode) {
        Map<Long, LkkSource> sources = new HashMap<>();
        jdbc.sql("select k.id, p.nomor, p.lembaga from program_lkk_kegiatan k join program_lkk p on p.id = k.program_id "
                        + "where p.tahun = ? and p.kode_kelurahan = ?")
                .params(year, kelurahanCode)
                .query((rs, i) -> sources.put(rs.getLong(1), new LkkSource(rs.getString(2), rs.getString(3))))
                .list();
        return sources;
    }

    /** Where an LKK activity of the plan comes from. */
    public record LkkSource(String programmeNumber, String lembaga) {
    }

    public BigDecimal unplannedAllocations(int year, String kelurahanCode) {
        return jdbc.sql("select coalesce(sum(nilai), 0) from alokasi_dana_kelurahan where tahun = ? "
                        + "and kode_kelurahan = ? and jenis_kandidat is null")
                .params(year, kelurahanCode).query(BigDecimal.class).single();
    }
}
