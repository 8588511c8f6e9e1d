package id.musrenflow.danakelurahan.internal;

import id.musrenflow.danakelurahan.ActivityFigures;
import id.musrenflow.danakelurahan.ActivityStatus;
import id.musrenflow.danakelurahan.ContractForm;
import id.musrenflow.danakelurahan.FundField;
import id.musrenflow.danakelurahan.ImplementationMode;
import id.musrenflow.danakelurahan.PlanCandidate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One row per allocation with its activity's money and progress, for the budget board and exports. */
@Component
public class FiguresStore {

    private final JdbcClient jdbc;

    FiguresStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ActivityFigures> figures(int year, String kelurahanCode) {
        return jdbc.sql("select a.id, a.bidang, a.sub_kegiatan, a.uraian, a.nilai, a.jenis_kandidat, a.kandidat_id, "
                        + "k.id, k.nomor, k.mode, k.bentuk_kontrak, k.status, k.fisik_persen, k.keuangan_persen, "
                        + "(select coalesce(sum(t.dicairkan_nilai), 0) from kegiatan_kelurahan_tahap t "
                        + " where t.kegiatan_id = k.id and t.dicairkan_pada is not null), "
                        + "(select coalesce(sum(t.lpj_realisasi), 0) from kegiatan_kelurahan_tahap t "
                        + " where t.kegiatan_id = k.id and t.lpj_status = 'DIVERIFIKASI') "
                        + "from alokasi_dana_kelurahan a left join kegiatan_kelurahan k on k.alokasi_id = a.id "
                        + "where a.tahun = ? and a.kode_kelurahan = ? order by a.id")
                .params(year, kelurahanCode)
                .query((rs, i) -> {
                    FundField field = FundField.valueOf(rs.getString(2));
                    String subActivity = rs.getString(3);
                    boolean usulan = "USULAN".equals(rs.getString(6));
                    long activityId = rs.getLong(8);
                    String mode = rs.getString(10);
                    String contract = rs.getString(11);
                    String status = rs.getString(12);
                    return new ActivityFigures(activityId, rs.getString(9), rs.getLong(1), field,
                            subActivity != null ? subActivity : PlanCandidate.subActivityCode(field), rs.getString(4),
                            mode == null ? null : ImplementationMode.valueOf(mode),
                            contract == null ? null : ContractForm.valueOf(contract),
                            status == null ? ActivityStatus.DIRENCANAKAN : ActivityStatus.valueOf(status),
                            rs.getBigDecimal(5), rs.getBigDecimal(15), rs.getBigDecimal(16), rs.getInt(13),
                            rs.getInt(14), usulan ? rs.getLong(7) : null);
                })
                .list();
    }
}
