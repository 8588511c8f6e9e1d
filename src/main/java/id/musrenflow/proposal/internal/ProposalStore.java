package id.musrenflow.proposal.internal;

import id.musrenflow.proposal.Attachment;
import id.musrenflow.proposal.AttachmentType;
import id.musrenflow.proposal.CatalogueItem;
import id.musrenflow.proposal.KelurahanFunded;
import id.musrenflow.proposal.ProposalDetail;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalExecution;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.proposal.StatusChange;
import id.musrenflow.proposal.TaskDeadline;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for usulan, their RT, catalogue, numbering and history; callers hold the transaction. */
@Component
public class ProposalStore {

    private static final String SUMMARY = "select u.id, u.nomor, u.tahun, u.status, u.revisi, u.judul, u.jenis, "
            + "u.kode_kelurahan, u.kode_rw, u.alamat, u.volume, u.satuan, u.biaya, u.pengusul_username, "
            + "coalesce(u.opd_akhir, u.opd_awal), u.kamus_id, u.latitude, u.longitude, u.version, u.diubah_pada from usulan u ";

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CatalogueItem> catalogue(int year) {
        return jdbc.sql("select id, tahun, kode, nama, jenis, bidang, satuan, harga_satuan, opd_kode, bidang_urusan_kode, "
                        + "sub_kegiatan_kode, boleh_dana_kelurahan, wajib_foto, wajib_koordinat, wajib_bukti_lahan "
                        + "from kamus_usulan where tahun = ? and aktif order by nama")
                .param(year)
                .query((rs, i) -> new CatalogueItem(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        ProposalKind.valueOf(rs.getString(5)), ProposalField.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getBigDecimal(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getBoolean(12),
                        rs.getBoolean(13), rs.getBoolean(14), rs.getBoolean(15)))
                .list();
    }

    /** Next number for the kelurahan and year; the row lock serialises concurrent drafts. */
    public int nextSequence(int year, String kelurahanCode) {
        int updated = jdbc.sql("update usulan_nomor_urut set terakhir = terakhir + 1 where tahun = ? and kode_kelurahan = ?")
                .params(year, kelurahanCode).update();
        if (updated == 0) {
            jdbc.sql("insert into usulan_nomor_urut (tahun, kode_kelurahan, terakhir) values (?, ?, 1)")
                    .params(year, kelurahanCode).update();
            return 1;
        }
        return jdbc.sql("select terakhir from usulan_nomor_urut where tahun = ? and kode_kelurahan = ?")
                .params(year, kelurahanCode).query(Integer.class).single();
    }

    public long insert(String number, ProposalDraft d, CatalogueItem item, BigDecimal cost, String proposer,
                       String position, LocalDateTime now) {
        jdbc.sql("insert into usulan (nomor, tahun, status, asal, pengusul_username, pengusul_jabatan, nama_warga, "
                        + "telepon_warga, kode_kelurahan, kode_rw, alamat, latitude, longitude, jenis, bidang, kamus_id, "
                        + "judul, masalah, deskripsi, output_diharapkan, penerima_manfaat_jumlah, penerima_manfaat_kelompok, "
                        + "volume, satuan, harga_satuan, biaya, alasan_biaya, swadaya, opd_awal, sub_kegiatan_kode, "
                        + "dibuat_pada, diubah_pada) values (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(number, d.year(), d.origin().name(), proposer, position, d.residentName(), d.residentPhone(),
                        d.kelurahanCode(), d.rwCode(), d.address().strip(), d.latitude(), d.longitude(), d.kind().name(),
                        d.field().name(), item == null ? null : item.id(), d.title().strip(), d.problem().strip(),
                        d.description(), d.expectedOutput(), d.beneficiaries(), d.beneficiaryGroup(), d.volume(),
                        item == null ? d.unit() : item.unit(), item == null ? d.unitCost() : item.unitCost(), cost,
                        d.costReason(), d.communityContribution(), item == null ? null : item.opdCode(),
                        item == null ? null : item.subActivityCode(), Timestamp.valueOf(now), Timestamp.valueOf(now))
                .update();
        long id = jdbc.sql("select id from usulan where nomor = ?").param(number).query(Long.class).single();
        keepItem(id, item);
        replaceRts(id, d.rtCodes());
        return id;
    }

    /**
     * Overwrites the proposer's fields while the usulan is still editable and nobody changed it since
     * {@code expectedVersion} was read; returns the number of rows changed (0 = refused).
     */
    public int update(long id, long expectedVersion, ProposalDraft d, CatalogueItem item, BigDecimal cost,
                      LocalDateTime now) {
        int updated = jdbc.sql("update usulan set nama_warga = ?, telepon_warga = ?, kode_rw = ?, alamat = ?, latitude = ?, "
                        + "longitude = ?, jenis = ?, bidang = ?, kamus_id = ?, judul = ?, masalah = ?, deskripsi = ?, "
                        + "output_diharapkan = ?, penerima_manfaat_jumlah = ?, penerima_manfaat_kelompok = ?, volume = ?, "
                        + "satuan = ?, harga_satuan = ?, biaya = ?, alasan_biaya = ?, swadaya = ?, opd_awal = ?, "
                        + "sub_kegiatan_kode = ?, diubah_pada = ?, version = version + 1 "
                        + "where id = ? and version = ? and status in ('DRAFT', 'PERLU_REVISI')")
                .params(d.residentName(), d.residentPhone(), d.rwCode(), d.address().strip(), d.latitude(),
                        d.longitude(), d.kind().name(), d.field().name(), item == null ? null : item.id(),
                        d.title().strip(), d.problem().strip(), d.description(), d.expectedOutput(), d.beneficiaries(),
                        d.beneficiaryGroup(), d.volume(), item == null ? d.unit() : item.unit(),
                        item == null ? d.unitCost() : item.unitCost(), cost, d.costReason(), d.communityContribution(),
                        item == null ? null : item.opdCode(), item == null ? null : item.subActivityCode(),
                        Timestamp.valueOf(now), id, expectedVersion)
                .update();
        if (updated == 1) {
            keepItem(id, item);
        }
        return updated;
    }

    /**
     * Copies the catalogue item onto the usulan (null for an usulan langsung). The catalogue is edited in place by
     * the Bappeda admin; this copy, taken whenever the proposer saves (and so fixed from submission on, when the
     * proposer can no longer change it), is what the usulan was proposed with: its unit cost made the usulan's cost, its
     * flags decided what the submission needed, and the screens show it instead of today's catalogue row. A
     * returned usulan is proposed anew: saving the revision takes the item as it is then.
     */
    private void keepItem(long id, CatalogueItem item) {
        jdbc.sql("update usulan set kamus_kode = ?, kamus_nama = ?, kamus_jenis = ?, kamus_bidang = ?, kamus_satuan = ?, "
                        + "kamus_harga_satuan = ?, kamus_opd = ?, kamus_bidang_urusan = ?, kamus_sub_kegiatan = ?, "
                        + "kamus_dana_kelurahan = ?, kamus_wajib_foto = ?, kamus_wajib_koordinat = ?, "
                        + "kamus_wajib_bukti_lahan = ? where id = ?")
                .params(item == null ? null : item.code(), item == null ? null : item.name(),
                        item == null ? null : item.kind().name(), item == null ? null : item.field().name(),
                        item == null ? null : item.unit(), item == null ? null : item.unitCost(),
                        item == null ? null : item.opdCode(), item == null ? null : item.fieldOfGovernment(),
                        item == null ? null : item.subActivityCode(), item == null ? null : item.danaKelurahan(),
                        item == null ? null : item.photoRequired(), item == null ? null : item.coordinatesRequired(),
                        item == null ? null : item.landEvidenceRequired(), id)
                .update();
    }

    /** The catalogue item the usulan was proposed with, as it was then; empty for an usulan langsung. */
    public Optional<CatalogueItem> proposedItem(long id) {
        return jdbc.sql("select kamus_id, tahun, kamus_kode, kamus_nama, kamus_jenis, kamus_bidang, kamus_satuan, "
                        + "kamus_harga_satuan, kamus_opd, kamus_bidang_urusan, kamus_sub_kegiatan, kamus_dana_kelurahan, "
                        + "kamus_wajib_foto, kamus_wajib_koordinat, kamus_wajib_bukti_lahan from usulan "
                        + "where id = ? and kamus_id is not null and kamus_kode is not null")
                .param(id)
                .query((rs, i) -> new CatalogueItem(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        ProposalKind.valueOf(rs.getString(5)), ProposalField.valueOf(rs.getString(6)),
                        rs.getString(7), rs.getBigDecimal(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getBoolean(12), rs.getBoolean(13), rs.getBoolean(14), rs.getBoolean(15)))
                .optional();
    }

    public int removeAttachment(long id, long attachmentId) {
        return jdbc.sql("delete from usulan_lampiran where id = ? and usulan_id = ?").params(attachmentId, id).update();
    }

    public void replaceRts(long id, List<String> rtCodes) {
        jdbc.sql("delete from usulan_rt where usulan_id = ?").param(id).update();
        for (String rt : rtCodes.stream().distinct().toList()) {
            jdbc.sql("insert into usulan_rt (usulan_id, kode_rt) values (?, ?)").params(id, rt).update();
        }
    }

    public Optional<ProposalSummary> find(long id) {
        return withRts(jdbc.sql(SUMMARY + "where u.id = ?").param(id).query(this::summary).list()).stream().findFirst();
    }

    public Optional<ProposalSummary> findByNumber(String number) {
        return withRts(jdbc.sql(SUMMARY + "where u.nomor = ?").param(number).query(this::summary).list()).stream()
                .findFirst();
    }

    public List<ProposalSummary> byNumbers(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return withRts(jdbc.sql(SUMMARY + "where u.nomor in (:numbers) order by u.id")
                .param("numbers", List.copyOf(numbers)).query(this::summary).list());
    }

    public List<ProposalSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withRts(jdbc.sql(SUMMARY + "where u.id in (:ids) order by u.id").param("ids", List.copyOf(ids))
                .query(this::summary).list());
    }

    public List<ProposalSummary> byProposer(String username) {
        return withRts(jdbc.sql(SUMMARY + "where u.pengusul_username = ? order by u.diubah_pada desc")
                .param(username).query(this::summary).list());
    }

    /** Moves the status only if nobody changed the usulan since it was read (optimistic lock on version). */
    public void changeStatus(long id, ProposalStatus from, ProposalStatus to, LocalDateTime now) {
        int updated = jdbc.sql("update usulan set status = ?, diubah_pada = ?, tenggat = null, version = version + 1 "
                        + "where id = ? and status = ?")
                .params(to.name(), Timestamp.valueOf(now), id, from.name()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("usulan " + id + " is no longer " + from);
        }
    }

    public ProposalOrigin origin(long id) {
        return ProposalOrigin.valueOf(
                jdbc.sql("select asal from usulan where id = ?").param(id).query(String.class).single());
    }

    /** The number of another usulan of the same RW and year, still in play, that already holds this RW rank. */
    public Optional<String> rwRankHolder(long id, int rank) {
        return jdbc.sql("select o.nomor from usulan u join usulan o on o.kode_rw = u.kode_rw and o.tahun = u.tahun "
                        + "and o.id <> u.id where u.id = ? and o.peringkat_rw = ? "
                        + "and o.status not in ('DIBATALKAN', 'DITOLAK_RW', 'PERLU_REVISI') order by o.nomor")
                .params(id, rank).query(String.class).list().stream().findFirst();
    }

    /** The ranks other live usulan of the same RW list of the same year hold. */
    public List<Integer> rwRanksTaken(long id) {
        return jdbc.sql("select o.peringkat_rw from usulan u join usulan o on o.kode_rw = u.kode_rw "
                        + "and o.tahun = u.tahun and o.id <> u.id where u.id = ? and o.peringkat_rw is not null "
                        + "and o.status not in ('DIBATALKAN', 'DITOLAK_RW', 'PERLU_REVISI')")
                .params(id).query(Integer.class).list();
    }

    public void setRwRank(long id, Integer rank) {
        jdbc.sql("update usulan set peringkat_rw = ? where id = ?").params(rank, id).update();
    }

    public void setFinalOpd(long id, String opdCode) {
        jdbc.sql("update usulan set opd_akhir = ? where id = ?").params(opdCode, id).update();
    }

    /** The budget, start, completion and validity the usulan has been given after the RKPD (nulls until then). */
    public ProposalExecution execution(long id) {
        return jdbc.sql("select nomor_dpa, tanggal_dpa, nilai_anggaran, tanggal_mulai, tanggal_selesai, nilai_realisasi, "
                        + "berlaku_sampai from usulan where id = ?")
                .param(id)
                .query((rs, i) -> new ProposalExecution(rs.getString(1), localDate(rs.getDate(2)), rs.getBigDecimal(3),
                        localDate(rs.getDate(4)), localDate(rs.getDate(5)), rs.getBigDecimal(6),
                        localDate(rs.getDate(7))))
                .single();
    }

    public void setBudget(long id, String reference, LocalDate date, BigDecimal amount) {
        jdbc.sql("update usulan set nomor_dpa = ?, tanggal_dpa = ?, nilai_anggaran = ? where id = ?")
                .params(reference, Date.valueOf(date), amount, id).update();
    }

    public void setStart(long id, LocalDate start) {
        jdbc.sql("update usulan set tanggal_mulai = ? where id = ?").params(Date.valueOf(start), id).update();
    }

    public void setCompletion(long id, LocalDate completed, BigDecimal realisation) {
        jdbc.sql("update usulan set tanggal_selesai = ?, nilai_realisasi = ? where id = ?")
                .params(Date.valueOf(completed), realisation, id).update();
    }

    public void setValidUntil(long id, LocalDate validUntil) {
        jdbc.sql("update usulan set berlaku_sampai = ? where id = ?").params(Date.valueOf(validUntil), id).update();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    public void markRevised(long id) {
        jdbc.sql("update usulan set revisi = revisi + 1 where id = ?").param(id).update();
    }

    public void markSubmitted(long id, LocalDateTime at) {
        jdbc.sql("update usulan set diajukan_pada = ? where id = ? and diajukan_pada is null")
                .params(Timestamp.valueOf(at), id).update();
    }

    public void markFieldVerified(long id, LocalDateTime at) {
        jdbc.sql("update usulan set lapangan_layak_pada = ?, tenggat = null where id = ?").params(Timestamp.valueOf(at), id).update();
    }

    public void setTaskDue(long id, LocalDateTime due) {
        jdbc.sql("update usulan set tenggat = ? where id = ?")
                .params(due == null ? null : Timestamp.valueOf(due), id).update();
    }

    public void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update usulan set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    public void addHistory(long id, StatusChange change) {
        TaskDeadline deadline = change.deadline();
        jdbc.sql("insert into usulan_riwayat (usulan_id, waktu, pelaku, jabatan, dari_status, ke_status, kode_alasan, "
                        + "alasan, catatan, peristiwa, tahap, tenggat, dieskalasi_ke) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, Timestamp.valueOf(change.at()), change.actor(), change.position(),
                        change.from() == null ? null : change.from().name(), change.to().name(), change.reasonCode(),
                        change.reason(), change.note(), deadline == null ? "STATUS" : deadline.kind().name(),
                        deadline == null ? null : deadline.stage(),
                        deadline == null || deadline.due() == null ? null : Timestamp.valueOf(deadline.due()),
                        deadline == null ? null : deadline.escalatedTo())
                .update();
    }

    public List<StatusChange> history(long id) {
        return jdbc.sql("select waktu, pelaku, jabatan, dari_status, ke_status, kode_alasan, alasan, catatan, "
                        + "peristiwa, tahap, tenggat, dieskalasi_ke from usulan_riwayat where usulan_id = ? "
                        + "order by waktu, id")
                .param(id)
                .query((rs, i) -> new StatusChange(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2),
                        rs.getString(3), rs.getString(4) == null ? null : ProposalStatus.valueOf(rs.getString(4)),
                        ProposalStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                        "STATUS".equals(rs.getString(9)) ? null : new TaskDeadline(
                                TaskDeadline.Kind.valueOf(rs.getString(9)), rs.getString(10),
                                rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toLocalDateTime(),
                                rs.getString(12))))
                .list();
    }

    public int photoCount(long id, String type) {
        return jdbc.sql("select count(*) from usulan_lampiran where usulan_id = ? and jenis = ?").params(id, type)
                .query(Integer.class).single();
    }

    public void addAttachment(long id, String type, String fileName, String contentType, byte[] content,
                              byte[] thumbnail, String actor, LocalDateTime now) {
        jdbc.sql("insert into usulan_lampiran (usulan_id, jenis, nama_file, tipe_konten, ukuran, isi, thumbnail, "
                        + "diunggah_oleh, diunggah_pada) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, type, fileName, contentType, content.length, content, thumbnail, actor, Timestamp.valueOf(now))
                .update();
    }

    public Optional<ProposalDetail> detail(long id) {
        return find(id).flatMap(summary -> detail(summary, proposedItem(id).orElse(null)));
    }

    private Optional<ProposalDetail> detail(ProposalSummary summary, CatalogueItem item) {
        long id = summary.id();
        return jdbc.sql("select tahun, asal, kode_kelurahan, kode_rw, alamat, latitude, "
                        + "longitude, jenis, bidang, kamus_id, judul, masalah, deskripsi, output_diharapkan, "
                        + "penerima_manfaat_jumlah, penerima_manfaat_kelompok, volume, satuan, harga_satuan, biaya, "
                        + "alasan_biaya, swadaya, nama_warga, telepon_warga, pengusul_jabatan, opd_awal, sub_kegiatan_kode, "
                        + "peringkat_rw, peringkat_kelurahan, peringkat_kecamatan, usulan_ke from usulan where id = ?")
                .param(id)
                .query((rs, i) -> new ProposalDetail(summary, new ProposalDraft(rs.getInt(1),
                        ProposalOrigin.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), summary.rtCodes(),
                        rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), ProposalKind.valueOf(rs.getString(8)),
                        ProposalField.valueOf(rs.getString(9)), rs.getObject(10) == null ? null : rs.getLong(10),
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        rs.getObject(15) == null ? null : rs.getInt(15), rs.getString(16), rs.getBigDecimal(17),
                        rs.getString(18), rs.getBigDecimal(19), rs.getBigDecimal(20), rs.getString(21),
                        rs.getString(22), rs.getString(23), rs.getString(24)), rs.getString(25), rs.getString(26),
                        rs.getString(27), rs.getObject(28, Integer.class), rs.getObject(29, Integer.class),
                        rs.getObject(30, Integer.class), rs.getInt(31), item))
                .optional();
    }

    public List<Attachment> attachments(long id) {
        return jdbc.sql("select id, usulan_id, jenis, nama_file, tipe_konten, ukuran, thumbnail is not null, "
                        + "diunggah_oleh, diunggah_pada from usulan_lampiran where usulan_id = ? order by id")
                .param(id)
                .query((rs, i) -> new Attachment(rs.getLong(1), rs.getLong(2), AttachmentType.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getBoolean(7), rs.getString(8),
                        rs.getTimestamp(9).toLocalDateTime()))
                .list();
    }

    /** The attachment's bytes, or its thumbnail when {@code thumbnail} (falling back to the full image). */
    public Optional<byte[]> attachmentBytes(long attachmentId, boolean thumbnail) {
        String column = thumbnail ? "coalesce(thumbnail, isi)" : "isi";
        return jdbc.sql("select " + column + " from usulan_lampiran where id = ?").param(attachmentId)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    /** The RT codes of all the summaries in one query, however many there are. */
    private List<ProposalSummary> withRts(List<ProposalSummary> summaries) {
        if (summaries.isEmpty()) {
            return summaries;
        }
        Map<Long, List<String>> rts = new HashMap<>();
        jdbc.sql("select usulan_id, kode_rt from usulan_rt where usulan_id in (:ids) order by kode_rt")
                .param("ids", summaries.stream().map(ProposalSummary::id).toList())
                .query((rs, i) -> rts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return summaries.stream().map(u -> u.withRtCodes(rts.getOrDefault(u.id(), List.of()))).toList();
    }

    private ProposalSummary summary(ResultSet rs, int row) throws SQLException {
        return new ProposalSummary(rs.getLong(1), rs.getString(2), rs.getInt(3), ProposalStatus.valueOf(rs.getString(4)),
                rs.getInt(5), rs.getString(6), ProposalKind.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9),
                List.of(), rs.getString(10), rs.getBigDecimal(11), rs.getString(12), rs.getBigDecimal(13), rs.getString(14),
                rs.getString(15), rs.getObject(16) == null ? null : rs.getLong(16), rs.getBigDecimal(17),
                rs.getBigDecimal(18), rs.getLong(19), rs.getTimestamp(20).toLocalDateTime());
    }

    /**
     * Usulan the kelurahan forum agreed to fund from dana kelurahan, alone or also forwarded to the kecamatan
     * (KEDUANYA: the flag is set, the status has moved on to DITERUSKAN_KECAMATAN and beyond).
     */
    public List<KelurahanFunded> fundedByKelurahan(int year, String kelurahanCode) {
        return jdbc.sql("select id, nomor, judul, jenis, biaya, peringkat_kelurahan from usulan where tahun = ? "
                        + "and kode_kelurahan = ? and dana_kelurahan and status <> 'DIBATALKAN' "
                        + "order by peringkat_kelurahan nulls last, id")
                .params(year, kelurahanCode)
                .query((rs, i) -> new KelurahanFunded(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ProposalKind.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getObject(6, Integer.class)))
                .list();
    }
}
