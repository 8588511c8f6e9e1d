package id.musrenflow.proposal.internal;

import id.musrenflow.proposal.ForumItem;
import id.musrenflow.proposal.ForumLevel;
import id.musrenflow.proposal.ProposalStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for the forums: the agenda's usulan in two queries whatever its length, and the ranks agreed. */
@Component
public class ForumStore {

    private final JdbcClient jdbc;

    ForumStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The usulan with these numbers, with the ranks that matter at this forum; {@code kelurahanNames} by code. */
    public List<ForumItem> items(Collection<String> numbers, ForumLevel level, Function<String, String> kelurahanNames) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        String rank = level == ForumLevel.KELURAHAN ? "peringkat_kelurahan" : "peringkat_kecamatan";
        String previous = level == ForumLevel.KELURAHAN ? "peringkat_rw" : "peringkat_kelurahan";
        Map<Long, List<String>> rts = new HashMap<>();
        jdbc.sql("select r.usulan_id, r.kode_rt from usulan_rt r join usulan u on u.id = r.usulan_id "
                        + "where u.nomor in (:numbers) order by r.kode_rt")
                .param("numbers", numbers)
                .query(rs -> {
                    rts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("select id, nomor, tahun, judul, revisi, kode_kelurahan, kode_rw, coalesce(opd_akhir, opd_awal), "
                        + "biaya, status, " + rank + ", " + previous + " from usulan where nomor in (:numbers)")
                .param("numbers", numbers)
                .query((rs, i) -> new ForumItem(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getInt(5) > 0 ? rs.getString(4) + " (Revisi)" : rs.getString(4), rs.getString(6),
                        kelurahanNames.apply(rs.getString(6)), rs.getString(7), rts.getOrDefault(rs.getLong(1), List.of()),
                        rs.getString(8), rs.getBigDecimal(9), ProposalStatus.valueOf(rs.getString(10)),
                        rs.getObject(11, Integer.class), rs.getObject(12, Integer.class)))
                .list();
    }

    /** Rank at the kelurahan forum (null when not agreed) and whether the dana kelurahan pays for it. */
    public void storeKelurahanDecision(long id, Integer rank, boolean kelurahanFund) {
        jdbc.sql("update usulan set peringkat_kelurahan = ?, dana_kelurahan = ? where id = ?")
                .params(rank, kelurahanFund, id).update();
    }

    public void storeKecamatanDecision(long id, Integer rank) {
        jdbc.sql("update usulan set peringkat_kecamatan = ? where id = ?").params(rank, id).update();
    }
}
