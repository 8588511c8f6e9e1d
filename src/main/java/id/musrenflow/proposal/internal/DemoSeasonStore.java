package id.musrenflow.proposal.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the demo season in JDBC batches (usulan, their RT and their status history), the columns the services would
 * have written row by row. Demo data only: real usulan are always written through ProposalService.
 */
@Component
class DemoSeasonStore {

    private static final String USULAN = "insert into usulan (nomor, tahun, status, revisi, asal, pengusul_username, "
            + "pengusul_jabatan, nama_warga, kode_kelurahan, kode_rw, alamat, latitude, longitude, jenis, bidang, "
            + "kamus_id, judul, masalah, output_diharapkan, penerima_manfaat_jumlah, penerima_manfaat_kelompok, volume, "
            + "satuan, harga_satuan, biaya, opd_awal, opd_akhir, sub_kegiatan_kode, peringkat_rw, peringkat_kelurahan, "
            + "peringkat_kecamatan, usulan_ke, berlaku_sampai, dana_kelurahan, dibuat_pada, diubah_pada, diajukan_pada, "
            + "lapangan_layak_pada, tenggat, nomor_dpa, tanggal_dpa, nilai_anggaran, kamus_kode, kamus_nama, "
            + "kamus_jenis, kamus_bidang, kamus_satuan, kamus_harga_satuan, kamus_opd, kamus_bidang_urusan, "
            + "kamus_sub_kegiatan, kamus_dana_kelurahan, kamus_wajib_foto, kamus_wajib_koordinat, "
            + "kamus_wajib_bukti_lahan) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String RIWAYAT = "insert into usulan_riwayat (usulan_id, waktu, pelaku, jabatan, dari_status, "
            + "ke_status, kode_alasan, alasan, catatan, peristiwa) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'STATUS')";

    private final JdbcTemplate jdbc;

    DemoSeasonStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(int year) {
        Integer found = jdbc.queryForObject("select count(*) from usulan where tahun = ? and pengusul_username like ?",
                Integer.class, year, DemoSeasonPlan.PROPOSER_PREFIX + "%");
        return found != null && found > 0;
    }

    Map<String, Integer> lastSequences(int year) {
        Map<String, Integer> last = new HashMap<>();
        jdbc.query("select kode_kelurahan, terakhir from usulan_nomor_urut where tahun = ?",
                rs -> {
                    last.put(rs.getString(1), rs.getInt(2));
                }, year);
        return last;
    }

    /** Inserts the season and returns the id of each usulan by number. */
    Map<String, Long> insert(List<DemoSeasonUsulan> season) {
        List<Object[]> rows = new ArrayList<>();
        for (DemoSeasonUsulan u : season) {
            var k = u.item;
            rows.add(new Object[] {u.number, u.year, u.status.name(), u.revision, u.origin.name(), u.proposer,
                    u.proposerPosition, u.residentName, u.kelurahan, u.rw, u.address, u.latitude, u.longitude,
                    k.kind().name(), k.field().name(), k.id(), u.title, u.problem, u.output, u.beneficiaries,
                    u.beneficiaryGroup, u.volume, k.unit(), k.unitCost(), u.cost, k.opdCode(), u.finalOpd,
                    k.subActivityCode(), u.rankRw, u.rankKelurahan, u.rankKecamatan, u.repeat, date(u.validUntil),
                    u.danaKelurahan, time(u.created), time(u.changed()), time(u.submitted), time(u.fieldVerified),
                    time(u.due), u.budgetNumber, date(u.budgetDate), u.budget, k.code(), k.name(), k.kind().name(),
                    k.field().name(), k.unit(), k.unitCost(), k.opdCode(), k.fieldOfGovernment(), k.subActivityCode(),
                    k.danaKelurahan(), k.photoRequired(), k.coordinatesRequired(), k.landEvidenceRequired()});
        }
        jdbc.batchUpdate(USULAN, rows);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select nomor, id from usulan where tahun = ?", rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        }, season.get(0).year);
        List<Object[]> rts = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (DemoSeasonUsulan u : season) {
            long id = ids.get(u.number);
            rts.add(new Object[] {id, u.rt});
            for (DemoSeasonUsulan.Step s : u.history) {
                history.add(new Object[] {id, time(s.at()), s.actor(), s.position(),
                        s.from() == null ? null : s.from().name(), s.to().name(), s.reasonCode(), s.reason(), s.note()});
            }
        }
        jdbc.batchUpdate("insert into usulan_rt (usulan_id, kode_rt) values (?, ?)", rts);
        jdbc.batchUpdate(RIWAYAT, history);
        return ids;
    }

    void setProcessInstances(Map<Long, String> instances) {
        List<Object[]> rows = new ArrayList<>();
        instances.forEach((id, instance) -> rows.add(new Object[] {instance, id}));
        jdbc.batchUpdate("update usulan set process_instance_id = ? where id = ?", rows);
    }

    /** Later drafts of the same kelurahan and year continue after the demo numbers. */
    void setLastSequences(int year, Map<String, Integer> last) {
        last.forEach((kelurahan, sequence) -> {
            int updated = jdbc.update("update usulan_nomor_urut set terakhir = ? where tahun = ? and kode_kelurahan = ?",
                    sequence, year, kelurahan);
            if (updated == 0) {
                jdbc.update("insert into usulan_nomor_urut (tahun, kode_kelurahan, terakhir) values (?, ?, ?)",
                        year, kelurahan, sequence);
            }
        });
    }

    private static Timestamp time(LocalDateTime value) {
        return value == null ? null : Timestamp.valueOf(value);
    }

    private static Date date(LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }
}
