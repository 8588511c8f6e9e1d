package id.musrenflow.lks.internal;

import id.musrenflow.lks.AccreditationApplication;
import id.musrenflow.lks.AccreditationComponent;
import id.musrenflow.lks.AccreditationGrade;
import id.musrenflow.lks.AccreditationStatus;
import id.musrenflow.lks.AccreditationStep;
import id.musrenflow.lks.Certificate;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of accreditation applications, their scores and history; callers hold the transaction. */
@Repository
public class AccreditationStore {

    private static final String APPLICATION = "select a.id, a.nomor, a.lks_id, l.kode, l.nama, a.status, "
            + "a.diajukan_oleh, a.diajukan_pada, a.rekomendasi_dinsos, a.rekomendasi_lkks, a.asesor, a.nilai_akhir, "
            + "a.peringkat, a.berlaku_sampai from lks_akreditasi a join lks l on l.id = a.lks_id ";

    private final JdbcClient jdbc;

    AccreditationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String nextNumber(int year) {
        int updated = jdbc.sql("update lks_akreditasi_nomor_urut set terakhir = terakhir + 1 where tahun = ?")
                .param(year).update();
        if (updated == 0) {
            jdbc.sql("insert into lks_akreditasi_nomor_urut (tahun, terakhir) values (?, 1)").param(year).update();
        }
        int next = jdbc.sql("select terakhir from lks_akreditasi_nomor_urut where tahun = ?").param(year)
                .query(Integer.class).single();
        return "AK-%d-%04d".formatted(year, next);
    }

    public long insert(String number, long organisationId, String actor, LocalDateTime at, String dinsosLetter,
                       String lkksLetter) {
        jdbc.sql("insert into lks_akreditasi (nomor, lks_id, status, diajukan_oleh, diajukan_pada, rekomendasi_dinsos, "
                        + "rekomendasi_lkks) values (?, ?, 'DIAJUKAN', ?, ?, ?, ?)")
                .params(number, organisationId, actor, Timestamp.valueOf(at), dinsosLetter, lkksLetter).update();
        return find(number).orElseThrow().id();
    }

    public Optional<AccreditationApplication> find(long id) {
        return jdbc.sql(APPLICATION + "where a.id = ?").param(id).query(AccreditationStore::application).optional();
    }

    public Optional<AccreditationApplication> find(String number) {
        return jdbc.sql(APPLICATION + "where a.nomor = ?").param(number).query(AccreditationStore::application)
                .optional();
    }

    public List<AccreditationApplication> ofOrganisation(long organisationId) {
        return jdbc.sql(APPLICATION + "where a.lks_id = ? order by a.diajukan_pada desc, a.id desc")
                .param(organisationId).query(AccreditationStore::application).list();
    }

    /** Moves the status only from the expected one, so a concurrent step cannot be overwritten silently. */
    public boolean moveStatus(long id, AccreditationStatus from, AccreditationStatus to, String reasonCode,
                              String reason, LocalDateTime decidedAt) {
        return jdbc.sql("update lks_akreditasi set status = ?, kode_alasan = ?, alasan = ?, "
                        + "diputus_pada = coalesce(?, diputus_pada) where id = ? and status = ?")
                .params(to.name(), reasonCode, reason, decidedAt == null ? null : Timestamp.valueOf(decidedAt), id,
                        from.name())
                .update() == 1;
    }

    public void setAssessor(long id, String assessor) {
        jdbc.sql("update lks_akreditasi set asesor = ? where id = ?").params(assessor, id).update();
    }

    public void setVisitSchedule(long id, LocalDateTime at) {
        jdbc.sql("update lks_akreditasi set jadwal_kunjungan = ? where id = ?").params(Timestamp.valueOf(at), id)
                .update();
    }

    public Optional<LocalDateTime> visitSchedule(long id) {
        return jdbc.sql("select jadwal_kunjungan from lks_akreditasi where id = ? and jadwal_kunjungan is not null")
                .param(id).query((rs, i) -> rs.getTimestamp(1).toLocalDateTime()).optional();
    }

    public void setScores(long id, LocalDate visit, String report, Map<AccreditationComponent, BigDecimal> scores,
                          Map<AccreditationComponent, Integer> weights, BigDecimal total, AccreditationGrade grade) {
        jdbc.sql("update lks_akreditasi set tanggal_kunjungan = ?, laporan_kunjungan = ?, nilai_akhir = ?, "
                        + "peringkat = ? where id = ?")
                .params(visit == null ? null : Date.valueOf(visit), report, total, grade.name(), id).update();
        jdbc.sql("delete from lks_akreditasi_nilai where akreditasi_id = ?").param(id).update();
        scores.forEach((component, score) -> jdbc.sql("insert into lks_akreditasi_nilai (akreditasi_id, komponen, "
                        + "nilai, bobot) values (?, ?, ?, ?)")
                .params(id, component.name(), score, weights.get(component)).update());
    }

    public Map<AccreditationComponent, BigDecimal> scores(long id) {
        Map<AccreditationComponent, BigDecimal> scores = new java.util.EnumMap<>(AccreditationComponent.class);
        jdbc.sql("select komponen, nilai from lks_akreditasi_nilai where akreditasi_id = ?").param(id)
                .query((ResultSet rs) -> {
                    scores.put(AccreditationComponent.valueOf(rs.getString(1)), rs.getBigDecimal(2));
                });
        return scores;
    }

    /** The next certificate number of the year (SERT-AKR-2027-0001); callers hold the transaction. */
    public String nextCertificateNumber(int year) {
        int updated = jdbc.sql("update lks_sertifikat_nomor_urut set terakhir = terakhir + 1 where tahun = ?")
                .param(year).update();
        if (updated == 0) {
            jdbc.sql("insert into lks_sertifikat_nomor_urut (tahun, terakhir) values (?, 1)").param(year).update();
        }
        int next = jdbc.sql("select terakhir from lks_sertifikat_nomor_urut where tahun = ?").param(year)
                .query(Integer.class).single();
        return "SERT-AKR-%d-%04d".formatted(year, next);
    }

    public void setCertificate(long id, String number, LocalDate validFrom) {
        jdbc.sql("update lks_akreditasi set nomor_sertifikat = ?, berlaku_mulai = ? where id = ?")
                .params(number, Date.valueOf(validFrom), id).update();
    }

    /** The certificate facts of an approved accreditation, by certificate number. */
    public Optional<Certificate> certificate(String number) {
        return jdbc.sql("select a.nomor_sertifikat, a.nomor, l.nama, l.alamat, a.peringkat, a.berlaku_mulai, "
                        + "a.berlaku_sampai, a.diputus_pada from lks_akreditasi a join lks l on l.id = a.lks_id "
                        + "where a.nomor_sertifikat = ?")
                .param(number)
                .query((rs, i) -> new Certificate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        AccreditationGrade.valueOf(rs.getString(5)), rs.getDate(6).toLocalDate(),
                        rs.getDate(7).toLocalDate(), rs.getTimestamp(8).toLocalDateTime().toLocalDate()))
                .optional();
    }

    /** Certificate number of each accreditation of the organisation that has one, by application id. */
    public Map<Long, String> certificateNumbers(long organisationId) {
        Map<Long, String> numbers = new java.util.HashMap<>();
        jdbc.sql("select id, nomor_sertifikat from lks_akreditasi where lks_id = ? and nomor_sertifikat is not null")
                .param(organisationId)
                .query((ResultSet rs) -> {
                    numbers.put(rs.getLong(1), rs.getString(2));
                });
        return numbers;
    }

    public void setValidUntil(long id, LocalDate validUntil) {
        jdbc.sql("update lks_akreditasi set berlaku_sampai = ? where id = ?").params(Date.valueOf(validUntil), id)
                .update();
    }

    public void addStep(long id, LocalDateTime at, String actor, String event, AccreditationStatus from,
                        AccreditationStatus to, String reasonCode, String reason) {
        jdbc.sql("insert into lks_akreditasi_riwayat (akreditasi_id, waktu, pelaku, peristiwa, dari_status, ke_status, "
                        + "kode_alasan, alasan) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, Timestamp.valueOf(at), actor, event, from == null ? null : from.name(), to.name(),
                        reasonCode, reason)
                .update();
    }

    public List<AccreditationStep> history(long id) {
        return jdbc.sql("select waktu, pelaku, peristiwa, dari_status, ke_status, kode_alasan, alasan "
                        + "from lks_akreditasi_riwayat where akreditasi_id = ? order by waktu, id")
                .param(id)
                .query((rs, i) -> new AccreditationStep(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2),
                        rs.getString(3), rs.getString(4) == null ? null : AccreditationStatus.valueOf(rs.getString(4)),
                        AccreditationStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)))
                .list();
    }

    private static AccreditationApplication application(ResultSet rs, int row) throws SQLException {
        Date validUntil = rs.getDate(14);
        return new AccreditationApplication(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                rs.getString(5), AccreditationStatus.valueOf(rs.getString(6)), rs.getString(7),
                rs.getTimestamp(8).toLocalDateTime(), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getBigDecimal(12), rs.getString(13) == null ? null : AccreditationGrade.valueOf(rs.getString(13)),
                validUntil == null ? null : validUntil.toLocalDate());
    }
}
