package id.musrenflow.danakelurahan.internal;

import id.musrenflow.danakelurahan.Activity;
import id.musrenflow.danakelurahan.ActivityDraft;
import id.musrenflow.danakelurahan.ContractForm;
import id.musrenflow.danakelurahan.ImplementationDecision;
import id.musrenflow.danakelurahan.ImplementationMode;
import id.musrenflow.danakelurahan.LkkProgramme;
import id.musrenflow.danakelurahan.ProgrammeOwner;
import id.musrenflow.danakelurahan.ProgrammeStatus;
import id.musrenflow.danakelurahan.ProgrammeStatusChange;
import id.musrenflow.danakelurahan.ProgrammeTheme;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for LKK programmes, their activities, history and the theme split; callers hold the transaction. */
@Component
public class ProgrammeStore {

    private static final String PROGRAMME = "select id, nomor, tahun, kode_kelurahan, lembaga, grup_pemilik, status, "
            + "pengaju, version from program_lkk ";

    private final JdbcClient jdbc;

    ProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LkkProgramme> find(long id) {
        return jdbc.sql(PROGRAMME + "where id = ?").param(id).query(this::programme).optional();
    }

    public Optional<LkkProgramme> find(ProgrammeOwner owner, int year) {
        return jdbc.sql(PROGRAMME + "where tahun = ? and kode_kelurahan = ? and lembaga = ?")
                .params(year, owner.kelurahanCode(), owner.lembaga()).query(this::programme).optional();
    }

    public long insert(String number, int year, ProgrammeOwner owner, LocalDateTime now) {
        jdbc.sql("insert into program_lkk (nomor, tahun, kode_kelurahan, lembaga, grup_pemilik, status, dibuat_pada, "
                        + "diubah_pada) values (?, ?, ?, ?, ?, 'DRAFT', ?, ?)")
                .params(number, year, owner.kelurahanCode(), owner.lembaga(), owner.group(), Timestamp.valueOf(now),
                        Timestamp.valueOf(now))
                .update();
        return jdbc.sql("select id from program_lkk where nomor = ?").param(number).query(Long.class).single();
    }

    /** Claims the programme for one change: fails if someone else saved since {@code expectedVersion} was read. */
    public void touch(long id, int expectedVersion, LocalDateTime now) {
        int updated = jdbc.sql("update program_lkk set version = version + 1, diubah_pada = ? where id = ? and version = ?")
                .params(Timestamp.valueOf(now), id, expectedVersion).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("program_lkk " + id + " changed since version " + expectedVersion);
        }
    }

    public void replaceActivities(long programmeId, List<ActivityDraft> activities) {
        jdbc.sql("delete from program_lkk_kegiatan where program_id = ?").param(programmeId).update();
        int order = 1;
        for (ActivityDraft a : activities) {
            jdbc.sql("insert into program_lkk_kegiatan (program_id, urutan, nama, tema, sasaran, anggaran, pelatihan) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(programmeId, order++, a.name().strip(), a.theme().name(), a.targetGroup().strip(),
                            a.budget(), a.training())
                    .update();
        }
    }

    public void setSubmitter(long id, String username) {
        jdbc.sql("update program_lkk set pengaju = ? where id = ?").params(username, id).update();
    }

    public void changeStatus(long id, ProgrammeStatus from, ProgrammeStatus to, LocalDateTime now) {
        int updated = jdbc.sql("update program_lkk set status = ?, diubah_pada = ?, version = version + 1 "
                        + "where id = ? and status = ?")
                .params(to.name(), Timestamp.valueOf(now), id, from.name()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("program_lkk " + id + " is no longer " + from);
        }
    }

    public void markCandidate(long activityId, ImplementationDecision decision) {
        jdbc.sql("update program_lkk_kegiatan set kandidat_pemberdayaan = true, mode_pelaksanaan = ?, bentuk_kontrak = ?, "
                        + "alasan_mode = ? where id = ?")
                .params(decision.mode().name(), decision.contractForm() == null ? null : decision.contractForm().name(),
                        decision.reason(), activityId)
                .update();
    }

    public void addHistory(long id, ProgrammeStatusChange change) {
        jdbc.sql("insert into program_lkk_riwayat (program_id, waktu, pelaku, jabatan, dari_status, ke_status, "
                        + "kode_alasan, alasan, catatan) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, Timestamp.valueOf(change.at()), change.actor(), change.position(),
                        change.from() == null ? null : change.from().name(), change.to().name(), change.reasonCode(),
                        change.reason(), change.note())
                .update();
    }

    public List<ProgrammeStatusChange> history(long id) {
        return jdbc.sql("select waktu, pelaku, jabatan, dari_status, ke_status, kode_alasan, alasan, catatan "
                        + "from program_lkk_riwayat where program_id = ? order by waktu, id")
                .param(id)
                .query((rs, i) -> new ProgrammeStatusChange(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2),
                        rs.getString(3), rs.getString(4) == null ? null : ProgrammeStatus.valueOf(rs.getString(4)),
                        ProgrammeStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** The configured split of the year, in percent by theme. */
    public Map<ProgrammeTheme, BigDecimal> split(int year) {
        Map<ProgrammeTheme, BigDecimal> split = new EnumMap<>(ProgrammeTheme.class);
        jdbc.sql("select tema, persen from pembagian_tema_lkk where tahun = ?").param(year)
                .query((rs, i) -> split.put(ProgrammeTheme.valueOf(rs.getString(1)), rs.getBigDecimal(2))).list();
        return split;
    }

    /** Replaces the year's split; an empty map leaves the year without one. */
    public void replaceSplit(int year, Map<ProgrammeTheme, BigDecimal> percents) {
        jdbc.sql("delete from pembagian_tema_lkk where tahun = ?").param(year).update();
        percents.forEach((theme, percent) -> jdbc.sql("insert into pembagian_tema_lkk (tahun, tema, persen) "
                + "values (?, ?, ?)").params(year, theme.name(), percent).update());
    }

    /** Accepted candidate activities of all lembaga of the kelurahan for the year, summed by theme. */
    public Map<ProgrammeTheme, BigDecimal> acceptedByTheme(int year, String kelurahanCode) {
        Map<ProgrammeTheme, BigDecimal> sums = new EnumMap<>(ProgrammeTheme.class);
        jdbc.sql("select k.tema, sum(k.anggaran) from program_lkk_kegiatan k join program_lkk p on p.id = k.program_id "
                        + "where p.tahun = ? and p.kode_kelurahan = ? and k.kandidat_pemberdayaan group by k.tema")
                .params(year, kelurahanCode)
                .query((rs, i) -> sums.put(ProgrammeTheme.valueOf(rs.getString(1)), rs.getBigDecimal(2))).list();
        return sums;
    }

    private LkkProgramme programme(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong(1);
        return new LkkProgramme(id, rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                ProgrammeStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getInt(9), activities(id));
    }

    private List<Activity> activities(long programmeId) {
        return jdbc.sql("select id, urutan, nama, tema, sasaran, anggaran, pelatihan, kandidat_pemberdayaan, "
                        + "mode_pelaksanaan, bentuk_kontrak, alasan_mode from program_lkk_kegiatan where program_id = ? "
                        + "order by urutan")
                .param(programmeId)
                .query((rs, i) -> new Activity(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        ProgrammeTheme.valueOf(rs.getString(4)), rs.getString(5), rs.getBigDecimal(6), rs.getBoolean(7),
                        rs.getBoolean(8), rs.getString(9) == null ? null : ImplementationMode.valueOf(rs.getString(9)),
                        rs.getString(10) == null ? null : ContractForm.valueOf(rs.getString(10)), rs.getString(11)))
                .list();
    }
}
