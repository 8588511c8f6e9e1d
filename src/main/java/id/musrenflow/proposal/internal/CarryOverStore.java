package id.musrenflow.proposal.internal;

import id.musrenflow.proposal.ProposalStatus;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for validity, locking and carry-over of usulan; callers hold the transaction. */
@Component
public class CarryOverStore {

    private static final String FIELDS = "asal, pengusul_username, pengusul_jabatan, nama_warga, telepon_warga, "
            + "kode_kelurahan, kode_rw, alamat, latitude, longitude, jenis, bidang, judul, masalah, deskripsi, "
            + "output_diharapkan, penerima_manfaat_jumlah, penerima_manfaat_kelompok, volume, satuan, harga_satuan, "
            + "biaya, alasan_biaya, swadaya, opd_awal, sub_kegiatan_kode, berlaku_sampai, kamus_kode, kamus_nama, "
            + "kamus_jenis, kamus_bidang, kamus_satuan, kamus_harga_satuan, kamus_opd, kamus_bidang_urusan, "
            + "kamus_sub_kegiatan, kamus_dana_kelurahan, kamus_wajib_foto, kamus_wajib_koordinat, "
            + "kamus_wajib_bukti_lahan";

    private final JdbcClient jdbc;

    CarryOverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An usulan of a closing season: its status, validity, process, and whether dana kelurahan funds it. */
    public record SeasonUsulan(long id, String number, String kelurahanCode, ProposalStatus status,
                               LocalDate validUntil, String processInstanceId, boolean fundedByKelurahan,
                               int repeat) {
    }

    /** Every usulan of the season's planning year, in number order; a season holds a city's few thousand. */
    public List<SeasonUsulan> ofYear(int year) {
        return jdbc.sql("select id, nomor, kode_kelurahan, status, berlaku_sampai, process_instance_id, dana_kelurahan, "
                        + "usulan_ke from usulan where tahun = ? order by nomor")
                .param(year)
                .query((rs, i) -> new SeasonUsulan(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ProposalStatus.valueOf(rs.getString(4)),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(6), rs.getBoolean(7),
                        rs.getInt(8)))
                .list();
    }

    public void setValidUntil(long id, LocalDate validUntil) {
        jdbc.sql("update usulan set berlaku_sampai = ? where id = ? and berlaku_sampai is null")
                .params(Date.valueOf(validUntil), id).update();
    }

    public Optional<String> carriedLevel(long id) {
        return jdbc.sql("select lanjut_di from usulan where id = ?").param(id).query(String.class).optional()
                .filter(level -> level != null);
    }

    public Optional<String> processInstance(long id) {
        return jdbc.sql("select process_instance_id from usulan where id = ?").param(id).query(String.class).optional()
                .filter(instance -> instance != null);
    }

    public Optional<id.musrenflow.proposal.Lineage> lineage(long id) {
        return jdbc.sql("select u.usulan_ke, a.nomor from usulan u join usulan a on a.id = u.usulan_asal_id "
                        + "where u.id = ?")
                .param(id).query((rs, i) -> new id.musrenflow.proposal.Lineage(rs.getInt(1), rs.getString(2)))
                .optional();
    }

    /**
     * A copy of the usulan for the next planning year as a draft of the same proposer, usulan ke-(n+1), with its
     * RTs and attachments; its catalogue reference moves to the same item code of the new year when there is one.
     */
    public long copy(long originalId, String number, int year, String level, LocalDateTime now) {
        jdbc.sql("insert into usulan (nomor, tahun, status, usulan_ke, usulan_asal_id, lanjut_di, kamus_id, "
                        + "dibuat_pada, diubah_pada, " + FIELDS + ") select ?, ?, 'DRAFT', usulan_ke + 1, id, ?, "
                        + "(select k.id from kamus_usulan k where k.tahun = ? and k.kode = u.kamus_kode), ?, ?, "
                        + FIELDS + " from usulan u where id = ?")
                .params(number, year, level, year, Timestamp.valueOf(now), Timestamp.valueOf(now), originalId)
                .update();
        long id = jdbc.sql("select id from usulan where nomor = ?").param(number).query(Long.class).single();
        jdbc.sql("insert into usulan_rt (usulan_id, kode_rt) select ?, kode_rt from usulan_rt where usulan_id = ?")
                .params(id, originalId).update();
        jdbc.sql("insert into usulan_lampiran (usulan_id, jenis, nama_file, tipe_konten, ukuran, isi, thumbnail, "
                        + "diunggah_oleh, diunggah_pada) select ?, jenis, nama_file, tipe_konten, ukuran, isi, thumbnail, "
                        + "diunggah_oleh, diunggah_pada from usulan_lampiran where usulan_id = ?")
                .params(id, originalId).update();
        return id;
    }
}
