package id.musrenflow.danakelurahan.internal;

import id.musrenflow.danakelurahan.ActivityDocument;
import id.musrenflow.danakelurahan.ActivityStatus;
import id.musrenflow.danakelurahan.ActivityStatusChange;
import id.musrenflow.danakelurahan.ContractForm;
import id.musrenflow.danakelurahan.DocumentKind;
import id.musrenflow.danakelurahan.FundField;
import id.musrenflow.danakelurahan.ImplementationMode;
import id.musrenflow.danakelurahan.LpjStatus;
import id.musrenflow.danakelurahan.ProgressReport;
import id.musrenflow.danakelurahan.ProviderContract;
import id.musrenflow.danakelurahan.ReleaseStage;
import id.musrenflow.danakelurahan.Team;
import id.musrenflow.danakelurahan.TeamMember;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** SQL for dana kelurahan activities, their stages, teams, documents, reports and history; callers hold the transaction. */
@Component
public class ActivityStore {

    /** The activity row as stored, without its lists. */
    public record ActivityRow(long id, String number, long allocationId, int year, String kelurahanCode,
                              FundField field, String subActivityCode, String description, BigDecimal budget,
                              Long proposalId, ActivityStatus status, ImplementationMode mode,
                              ContractForm contractForm, String modeReason, String pokmasCode,
                              ProviderContract contract, int physicalPercent, int financialPercent) {
    }

    /** A stored file with its content. */
    public record StoredFile(long id, long activityId, DocumentKind kind, String fileName, String contentType,
                             byte[] content) {
    }

    private static final String COLUMNS = "id, nomor, alokasi_id, tahun, kode_kelurahan, bidang, sub_kegiatan, uraian, "
            + "anggaran, usulan_id, status, mode, bentuk_kontrak, alasan_mode, kode_pokmas, penyedia_nama, penyedia_npwp, "
            + "nomor_kontrak, tanggal_kontrak, nilai_kontrak, mulai, selesai, fisik_persen, keuangan_persen";

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** KEG-2027-3375011002-001: serial per kelurahan and year, reserved in the caller's transaction. */
    public String nextNumber(int year, String kelurahanCode) {
        int updated = jdbc.sql("update kegiatan_kelurahan_nomor_urut set terakhir = terakhir + 1 "
                        + "where tahun = ? and kode_kelurahan = ?")
                .params(year, kelurahanCode).update();
        if (updated == 0) {
            jdbc.sql("insert into kegiatan_kelurahan_nomor_urut (tahun, kode_kelurahan, terakhir) values (?, ?, 1)")
                    .params(year, kelurahanCode).update();
        }
        int serial = jdbc.sql("select terakhir from kegiatan_kelurahan_nomor_urut where tahun = ? and kode_kelurahan = ?")
                .params(year, kelurahanCode).query(Integer.class).single();
        return "KEG-%d-%s-%03d".formatted(year, kelurahanCode.replace(".", ""), serial);
    }

    public long insert(String number, long allocationId, int year, String kelurahanCode, FundField field,
                       String subActivityCode, String description, BigDecimal budget, Long proposalId,
                       LocalDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into kegiatan_kelurahan (nomor, alokasi_id, tahun, kode_kelurahan, bidang, sub_kegiatan, "
                        + "uraian, anggaran, usulan_id, status, dibuat_pada, diubah_pada) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DIANGGARKAN', ?, ?)")
                .params(number, allocationId, year, kelurahanCode, field.name(), subActivityCode, description, budget,
                        proposalId, Timestamp.valueOf(now), Timestamp.valueOf(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void insertStage(long activityId, int stage, int percent, BigDecimal amount) {
        jdbc.sql("insert into kegiatan_kelurahan_tahap (kegiatan_id, tahap, persen, nilai) values (?, ?, ?, ?)")
                .params(activityId, stage, percent, amount).update();
    }

    public Optional<ActivityRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from kegiatan_kelurahan where id = ?").param(id)
                .query(ActivityStore::row).optional();
    }

    /** The row locked until the transaction ends: steps on one activity are serialised on it. */
    public Optional<ActivityRow> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from kegiatan_kelurahan where id = ? for update").param(id)
                .query(ActivityStore::row).optional();
    }

    /** Activities matching the visibility condition built by the caller (a where clause and its parameters). */
    public List<ActivityRow> list(String condition, List<Object> params) {
        return jdbc.sql("select " + COLUMNS + " from kegiatan_kelurahan where " + condition
                        + " order by tahun desc, kode_kelurahan, nomor")
                .params(params).query(ActivityStore::row).list();
    }

    public void changeStatus(long id, ActivityStatus from, ActivityStatus to, LocalDateTime now) {
        int updated = jdbc.sql("update kegiatan_kelurahan set status = ?, diubah_pada = ?, version = version + 1 "
                        + "where id = ? and status = ?")
                .params(to.name(), Timestamp.valueOf(now), id, from.name()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("kegiatan " + id + " is no longer " + from);
        }
    }

    public void addHistory(long id, ActivityStatusChange change) {
        jdbc.sql("insert into kegiatan_kelurahan_riwayat (kegiatan_id, waktu, pelaku, jabatan, dari_status, ke_status, "
                        + "kode_alasan, alasan, catatan) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, Timestamp.valueOf(change.at()), change.actor(), change.position(),
                        change.from() == null ? null : change.from().name(), change.to().name(), change.reasonCode(),
                        change.reason(), change.note())
                .update();
    }

    public List<ActivityStatusChange> history(long id) {
        return jdbc.sql("select waktu, pelaku, jabatan, dari_status, ke_status, kode_alasan, alasan, catatan "
                        + "from kegiatan_kelurahan_riwayat where kegiatan_id = ? order by waktu, id")
                .param(id)
                .query((rs, i) -> new ActivityStatusChange(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2),
                        rs.getString(3), rs.getString(4) == null ? null : ActivityStatus.valueOf(rs.getString(4)),
                        ActivityStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    public void setMode(long id, ImplementationMode mode, ContractForm form, String reason, String pokmasCode,
                        boolean capable, LocalDateTime now) {
        jdbc.sql("update kegiatan_kelurahan set mode = ?, bentuk_kontrak = ?, alasan_mode = ?, kode_pokmas = ?, "
                        + "pelaksana_mampu = ?, diubah_pada = ?, version = version + 1 where id = ?")
                .params(mode.name(), form == null ? null : form.name(), reason, pokmasCode, capable,
                        Timestamp.valueOf(now), id)
                .update();
    }

    public void replaceTeams(long id, List<TeamMember> members) {
        jdbc.sql("delete from kegiatan_kelurahan_tim where kegiatan_id = ?").param(id).update();
        for (TeamMember m : members) {
            jdbc.sql("insert into kegiatan_kelurahan_tim (kegiatan_id, tim, nama, peran) values (?, ?, ?, ?)")
                    .params(id, m.team().name(), m.name(), m.role()).update();
        }
    }

    public List<TeamMember> teams(long id) {
        return jdbc.sql("select tim, nama, peran from kegiatan_kelurahan_tim where kegiatan_id = ? order by id").param(id)
                .query((rs, i) -> new TeamMember(Team.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .list();
    }

    public void setContract(long id, ProviderContract c, LocalDateTime now) {
        jdbc.sql("update kegiatan_kelurahan set penyedia_nama = ?, penyedia_npwp = ?, nomor_kontrak = ?, "
                        + "tanggal_kontrak = ?, nilai_kontrak = ?, mulai = ?, selesai = ?, diubah_pada = ?, "
                        + "version = version + 1 where id = ?")
                .params(c.providerName(), c.npwp(), c.number(), Date.valueOf(c.date()), c.value(),
                        Date.valueOf(c.start()), Date.valueOf(c.end()), Timestamp.valueOf(now), id)
                .update();
    }

    public long insertDocument(long activityId, Long reportId, DocumentKind kind, Integer tag, String fileName,
                               String contentType, byte[] content, String actor, LocalDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into kegiatan_kelurahan_berkas (kegiatan_id, laporan_id, jenis, tag_persen, nama_file, "
                        + "tipe_konten, ukuran, isi, diunggah_oleh, diunggah_pada) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(activityId, reportId, kind.name(), tag, fileName, contentType, content.length, content, actor,
                        Timestamp.valueOf(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public List<ActivityDocument> documents(long activityId) {
        return jdbc.sql("select id, jenis, tag_persen, laporan_id, nama_file, tipe_konten, ukuran, diunggah_oleh, "
                        + "diunggah_pada from kegiatan_kelurahan_berkas where kegiatan_id = ? order by id")
                .param(activityId)
                .query((rs, i) -> new ActivityDocument(rs.getLong(1), DocumentKind.valueOf(rs.getString(2)),
                        (Integer) rs.getObject(3), (Long) rs.getObject(4), rs.getString(5), rs.getString(6),
                        rs.getInt(7), rs.getString(8), rs.getTimestamp(9).toLocalDateTime()))
                .list();
    }

    public Optional<StoredFile> file(long documentId) {
        return jdbc.sql("select id, kegiatan_id, jenis, nama_file, tipe_konten, isi from kegiatan_kelurahan_berkas "
                        + "where id = ?")
                .param(documentId)
                .query((rs, i) -> new StoredFile(rs.getLong(1), rs.getLong(2), DocumentKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getBytes(6)))
                .optional();
    }

    public List<ReleaseStage> stages(long activityId) {
        return jdbc.sql("select tahap, persen, nilai, dicairkan_nilai, dicairkan_oleh, dicairkan_pada, lpj_status, "
                        + "lpj_realisasi, lpj_dokumen_id, lpj_diajukan_oleh, lpj_diajukan_pada, lpj_diperiksa_oleh, "
                        + "lpj_diperiksa_pada, lpj_alasan_revisi from kegiatan_kelurahan_tahap where kegiatan_id = ? "
                        + "order by tahap")
                .param(activityId)
                .query((rs, i) -> new ReleaseStage(rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getString(5), time(rs, 6), rs.getString(7) == null ? null : LpjStatus.valueOf(rs.getString(7)),
                        rs.getBigDecimal(8), (Long) rs.getObject(9), rs.getString(10), time(rs, 11), rs.getString(12),
                        time(rs, 13), rs.getString(14)))
                .list();
    }

    public void release(long activityId, int stage, BigDecimal amount, String actor, LocalDateTime now) {
        jdbc.sql("update kegiatan_kelurahan_tahap set dicairkan_nilai = ?, dicairkan_oleh = ?, dicairkan_pada = ? "
                        + "where kegiatan_id = ? and tahap = ? and dicairkan_pada is null")
                .params(amount, actor, Timestamp.valueOf(now), activityId, stage).update();
    }

    public void submitLpj(long activityId, int stage, BigDecimal realised, long documentId, String actor,
                          LocalDateTime now) {
        jdbc.sql("update kegiatan_kelurahan_tahap set lpj_status = 'DIAJUKAN', lpj_realisasi = ?, lpj_dokumen_id = ?, "
                        + "lpj_diajukan_oleh = ?, lpj_diajukan_pada = ? where kegiatan_id = ? and tahap = ?")
                .params(realised, documentId, actor, Timestamp.valueOf(now), activityId, stage).update();
    }

    public void checkLpj(long activityId, int stage, LpjStatus status, String actor, String reason, LocalDateTime now) {
        jdbc.sql("update kegiatan_kelurahan_tahap set lpj_status = ?, lpj_diperiksa_oleh = ?, lpj_diperiksa_pada = ?, "
                        + "lpj_alasan_revisi = ? where kegiatan_id = ? and tahap = ?")
                .params(status.name(), actor, Timestamp.valueOf(now), reason, activityId, stage).update();
    }

    public long insertReport(long activityId, int physical, int financial, String note, String actor,
                             LocalDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into kegiatan_kelurahan_laporan (kegiatan_id, waktu, pelapor, fisik_persen, "
                        + "keuangan_persen, catatan) values (?, ?, ?, ?, ?, ?)")
                .params(activityId, Timestamp.valueOf(now), actor, physical, financial, note)
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("update kegiatan_kelurahan set fisik_persen = ?, keuangan_persen = ?, laporan_terakhir = ?, "
                        + "diubah_pada = ?, version = version + 1 where id = ?")
                .params(physical, financial, Timestamp.valueOf(now), Timestamp.valueOf(now), activityId).update();
        return id;
    }

    public List<ProgressReport> reports(long activityId, List<ActivityDocument> documents) {
        return jdbc.sql("select id, waktu, pelapor, fisik_persen, keuangan_persen, catatan "
                        + "from kegiatan_kelurahan_laporan where kegiatan_id = ? order by waktu, id")
                .param(activityId)
                .query((rs, i) -> {
                    long id = rs.getLong(1);
                    return new ProgressReport(id, rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getInt(4),
                            rs.getInt(5), rs.getString(6),
                            documents.stream().filter(d -> Long.valueOf(id).equals(d.reportId())).toList());
                })
                .list();
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static ActivityRow row(ResultSet rs, int i) throws SQLException {
        String mode = rs.getString(12);
        String form = rs.getString(13);
        ProviderContract contract = rs.getString(16) == null ? null
                : new ProviderContract(rs.getString(16), rs.getString(17), rs.getString(18),
                        form == null ? null : ContractForm.valueOf(form), date(rs, 19), rs.getBigDecimal(20),
                        date(rs, 21), date(rs, 22));
        return new ActivityRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                FundField.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getBigDecimal(9),
                (Long) rs.getObject(10), ActivityStatus.valueOf(rs.getString(11)),
                mode == null ? null : ImplementationMode.valueOf(mode), form == null ? null : ContractForm.valueOf(form),
                rs.getString(14), rs.getString(15), contract, rs.getInt(23), rs.getInt(24));
    }
}
