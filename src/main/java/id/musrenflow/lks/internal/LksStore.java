package id.musrenflow.lks.internal;

import id.musrenflow.lks.AccreditationGrade;
import id.musrenflow.lks.Application;
import id.musrenflow.lks.ApplicationKind;
import id.musrenflow.lks.ApplicationStep;
import id.musrenflow.lks.DocumentType;
import id.musrenflow.lks.LegalForm;
import id.musrenflow.lks.LksDocument;
import id.musrenflow.lks.Officer;
import id.musrenflow.lks.Organisation;
import id.musrenflow.lks.OrganisationChange;
import id.musrenflow.lks.OrganisationDraft;
import id.musrenflow.lks.RegistryEntry;
import id.musrenflow.lks.OrganisationStatus;
import id.musrenflow.lks.RegistrationStatus;
import id.musrenflow.lks.ServiceField;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the registry and its applications; callers hold the transaction and have checked access. */
@Repository
public class LksStore {

    private static final String ORGANISATION = "select id, kode, nama, bentuk_hukum, alamat, kode_kelurahan, "
            + "bidang_layanan, anggota_lkks, status, nomor_tanda_daftar, tanda_daftar_berlaku, akreditasi, "
            + "akreditasi_berlaku from lks ";
    private static final String APPLICATION = "select p.id, p.nomor, p.lks_id, l.kode, l.nama, p.jenis, p.status, "
            + "p.diajukan_oleh, p.diajukan_pada, p.diputus_pada, p.kode_alasan, p.alasan from lks_permohonan p "
            + "join lks l on l.id = p.lks_id ";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    LksStore(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insertOrganisation(String code, String name, LegalForm form, String address, String kelurahan,
                                   ServiceField field, boolean lkksMember) {
        jdbc.sql("insert into lks (kode, nama, bentuk_hukum, alamat, kode_kelurahan, bidang_layanan, anggota_lkks) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(code, name, form.name(), address, kelurahan, field.name(), lkksMember).update();
        return findByCode(code).orElseThrow().id();
    }

    public Optional<Organisation> find(long id) {
        return jdbc.sql(ORGANISATION + "where id = ?").param(id).query(this::organisation).optional();
    }

    public Optional<Organisation> findByCode(String code) {
        return jdbc.sql(ORGANISATION + "where kode = ?").param(code).query(this::organisation).optional();
    }

    /** Every organisation in the registry, by name (for the Dinas Sosial / LKKS report). */
    public List<Organisation> all() {
        return jdbc.sql(ORGANISATION + "order by nama, id").query(this::organisation).list();
    }

    /** Registered or accredited on {@code today}, by name. */
    public void register(long organisationId, String number, LocalDate validUntil) {
        jdbc.sql("update lks set status = 'TERDAFTAR', nomor_tanda_daftar = ?, tanda_daftar_berlaku = ? where id = ?")
                .params(number, Date.valueOf(validUntil), organisationId).update();
    }

    public void setAccreditation(long organisationId, AccreditationGrade grade, LocalDate validUntil) {
        jdbc.sql("update lks set akreditasi = ?, akreditasi_berlaku = ? where id = ?")
                .params(grade.name(), Date.valueOf(validUntil), organisationId).update();
    }

    public void addOfficer(long organisationId, String name, String role, String nik, LocalDate start, LocalDate end) {
        jdbc.sql("insert into lks_pengurus (lks_id, nama, jabatan, nik, mulai, selesai) values (?, ?, ?, ?, ?, ?)")
                .params(organisationId, name, role, nik, Date.valueOf(start), end == null ? null : Date.valueOf(end))
                .update();
    }

    public List<Officer> officers(long organisationId) {
        return jdbc.sql("select id, nama, jabatan, nik, mulai, selesai, versi from lks_pengurus where lks_id = ? "
                        + "order by mulai desc, id")
                .param(organisationId)
                .query((rs, i) -> new Officer(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Officer.mask(rs.getString(4)), rs.getDate(5).toLocalDate(), localDate(rs, 6), rs.getInt(7)))
                .list();
    }

    /** Changes an officer only from the version the editor saw; false when someone else changed it meanwhile. */
    public boolean updateOfficer(long organisationId, long officerId, int version, String name, String role,
                                 String nik, LocalDate start, LocalDate end) {
        return jdbc.sql("update lks_pengurus set nama = ?, jabatan = ?, nik = coalesce(?, nik), mulai = ?, "
                        + "selesai = ?, versi = versi + 1 where id = ? and lks_id = ? and versi = ?")
                .params(name, role, nik, Date.valueOf(start), end == null ? null : Date.valueOf(end), officerId,
                        organisationId, version)
                .update() == 1;
    }

    public Optional<RegistryEntry> entry(long organisationId) {
        return find(organisationId).flatMap(o -> jdbc.sql("select nomor_akta, nomor_sk_kemenkumham, "
                        + "anggota_lkks_sejak, versi from lks where id = ?").param(organisationId)
                .query((rs, i) -> new RegistryEntry(o, rs.getString(1), rs.getString(2), localDate(rs, 3),
                        rs.getInt(4)))
                .optional());
    }

    /** Changes the entry only from the version the editor saw; false when someone else changed it meanwhile. */
    public boolean updateOrganisation(long id, int version, OrganisationDraft draft) {
        return jdbc.sql("update lks set nama = ?, bentuk_hukum = ?, nomor_akta = ?, nomor_sk_kemenkumham = ?, "
                        + "alamat = ?, kode_kelurahan = ?, bidang_layanan = ?, versi = versi + 1 "
                        + "where id = ? and versi = ?")
                .params(draft.name(), draft.legalForm().name(), draft.deedNumber(), draft.decreeNumber(),
                        draft.address(), draft.kelurahanCode(), draft.serviceField().name(), id, version)
                .update() == 1;
    }

    public void setLegalNumbers(long id, String deedNumber, String decreeNumber) {
        jdbc.sql("update lks set nomor_akta = ?, nomor_sk_kemenkumham = ? where id = ?")
                .params(deedNumber, decreeNumber, id).update();
    }

    public boolean updateMembership(long id, int version, boolean member, LocalDate since) {
        return jdbc.sql("update lks set anggota_lkks = ?, anggota_lkks_sejak = ?, versi = versi + 1 "
                        + "where id = ? and versi = ?")
                .params(member, since == null ? null : Date.valueOf(since), id, version).update() == 1;
    }

    /** A registration whose last valid day was {@code validUntil} (not renewed since) becomes KEDALUWARSA. */
    public boolean expireRegistration(long organisationId, LocalDate validUntil) {
        return jdbc.sql("update lks set status = 'KEDALUWARSA' where id = ? and tanda_daftar_berlaku = ? "
                        + "and status = 'TERDAFTAR'")
                .params(organisationId, Date.valueOf(validUntil)).update() == 1;
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from lks where kode = ?").param(code).query(Integer.class).single() > 0;
    }

    public void addOrganisationHistory(long organisationId, LocalDateTime at, String actor, String event,
                                       String detail, String reason) {
        jdbc.sql("insert into lks_riwayat_lembaga (lks_id, waktu, pelaku, peristiwa, keterangan, alasan) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(organisationId, Timestamp.valueOf(at), actor, event, detail, reason).update();
    }

    public List<OrganisationChange> organisationHistory(long organisationId) {
        return jdbc.sql("select waktu, pelaku, peristiwa, keterangan, alasan from lks_riwayat_lembaga "
                        + "where lks_id = ? order by waktu, id")
                .param(organisationId)
                .query((rs, i) -> new OrganisationChange(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    public long insertDocument(long organisationId, DocumentType type, String fileName, String contentType,
                               byte[] content, String actor, LocalDateTime at) {
        jdbc.sql("insert into lks_dokumen (lks_id, jenis, nama_file, tipe_konten, ukuran, isi, diunggah_oleh, "
                        + "diunggah_pada) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(organisationId, type.name(), fileName, contentType, content.length, content, actor,
                        Timestamp.valueOf(at))
                .update();
        return jdbc.sql("select max(id) from lks_dokumen where lks_id = ?").param(organisationId)
                .query(Long.class).single();
    }

    /** Newest first, so the first of a type is the one that counts. */
    public List<LksDocument> documents(long organisationId) {
        return jdbc.sql("select id, jenis, nama_file, tipe_konten, ukuran, diunggah_oleh, diunggah_pada "
                        + "from lks_dokumen where lks_id = ? order by diunggah_pada desc, id desc")
                .param(organisationId)
                .query((rs, i) -> new LksDocument(rs.getLong(1), DocumentType.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                        rs.getTimestamp(7).toLocalDateTime()))
                .list();
    }

    public Optional<byte[]> documentContent(long organisationId, long documentId) {
        return jdbc.sql("select isi from lks_dokumen where id = ? and lks_id = ?").params(documentId, organisationId)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    /**
     * Makes the application numbers of {@code year} continue after {@code serial} (demo data registered with a
     * number of that series), so an accepted application never derives a registration number already in use.
     */
    public void reserveApplicationNumbers(int year, int serial) {
        int updated = jdbc.sql("update lks_permohonan_nomor_urut set terakhir = greatest(terakhir, ?) where tahun = ?")
                .params(serial, year).update();
        if (updated == 0) {
            jdbc.sql("insert into lks_permohonan_nomor_urut (tahun, terakhir) values (?, ?)").params(year, serial)
                    .update();
        }
    }

    public String nextApplicationNumber(int year) {
        int updated = jdbc.sql("update lks_permohonan_nomor_urut set terakhir = terakhir + 1 where tahun = ?")
                .param(year).update();
        if (updated == 0) {
            jdbc.sql("insert into lks_permohonan_nomor_urut (tahun, terakhir) values (?, 1)").param(year).update();
        }
        int next = jdbc.sql("select terakhir from lks_permohonan_nomor_urut where tahun = ?").param(year)
                .query(Integer.class).single();
        return "TD-%d-%04d".formatted(year, next);
    }

    public long insertApplication(String number, long organisationId, ApplicationKind kind, String actor,
                                  LocalDateTime at) {
        jdbc.sql("insert into lks_permohonan (nomor, lks_id, jenis, status, diajukan_oleh, diajukan_pada) "
                        + "values (?, ?, ?, 'DIAJUKAN', ?, ?)")
                .params(number, organisationId, kind.name(), actor, Timestamp.valueOf(at)).update();
        return findApplication(number).orElseThrow().id();
    }

    public Optional<Application> findApplication(long id) {
        return jdbc.sql(APPLICATION + "where p.id = ?").param(id).query(LksStore::application).optional();
    }

    public Optional<Application> findApplication(String number) {
        return jdbc.sql(APPLICATION + "where p.nomor = ?").param(number).query(LksStore::application).optional();
    }

    public List<Application> applications(long organisationId) {
        return jdbc.sql(APPLICATION + "where p.lks_id = ? order by p.diajukan_pada desc, p.id desc")
                .param(organisationId).query(LksStore::application).list();
    }

    /** Moves the status only from the expected one, so a concurrent step cannot be overwritten silently. */
    public boolean moveStatus(long applicationId, RegistrationStatus from, RegistrationStatus to, String reasonCode,
                              String reason, LocalDateTime decidedAt) {
        return jdbc.sql("update lks_permohonan set status = ?, kode_alasan = ?, alasan = ?, "
                        + "diputus_pada = coalesce(?, diputus_pada) where id = ? and status = ?")
                .params(to.name(), reasonCode, reason, decidedAt == null ? null : Timestamp.valueOf(decidedAt),
                        applicationId, from.name())
                .update() == 1;
    }

    public void addStep(long applicationId, LocalDateTime at, String actor, String position, String event,
                        RegistrationStatus from, RegistrationStatus to, String reasonCode, String reason) {
        jdbc.sql("insert into lks_riwayat (permohonan_id, waktu, pelaku, jabatan, peristiwa, dari_status, ke_status, "
                        + "kode_alasan, alasan) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(applicationId, Timestamp.valueOf(at), actor, position, event, from == null ? null : from.name(),
                        to.name(), reasonCode, reason)
                .update();
    }

    public List<ApplicationStep> history(long applicationId) {
        return jdbc.sql("select waktu, pelaku, jabatan, peristiwa, dari_status, ke_status, kode_alasan, alasan "
                        + "from lks_riwayat where permohonan_id = ? order by waktu, id")
                .param(applicationId)
                .query((rs, i) -> new ApplicationStep(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2),
                        rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? null : RegistrationStatus.valueOf(rs.getString(5)),
                        RegistrationStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** Every read carries the status as of the app clock, so no screen shows a lapsed registration as current. */
    private Organisation organisation(ResultSet rs, int row) throws SQLException {
        return storedOrganisation(rs).asOf(LocalDate.now(clock));
    }

    private static Organisation storedOrganisation(ResultSet rs) throws SQLException {
        return new Organisation(rs.getLong(1), rs.getString(2), rs.getString(3), LegalForm.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), ServiceField.valueOf(rs.getString(7)), rs.getBoolean(8),
                OrganisationStatus.valueOf(rs.getString(9)), rs.getString(10), localDate(rs, 11),
                rs.getString(12) == null ? null : AccreditationGrade.valueOf(rs.getString(12)), localDate(rs, 13));
    }

    private static Application application(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp(10);
        return new Application(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                ApplicationKind.valueOf(rs.getString(6)), RegistrationStatus.valueOf(rs.getString(7)), rs.getString(8),
                rs.getTimestamp(9).toLocalDateTime(), decided == null ? null : decided.toLocalDateTime(),
                rs.getString(11), rs.getString(12));
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
