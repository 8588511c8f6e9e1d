package id.musrenflow.region.internal;

import id.musrenflow.region.Level;
import id.musrenflow.region.TerritoryCodes;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo RW and RT under every kelurahan, in the city's real totals (334 RW, 1,627 RT): 12 or 13 RW per kelurahan,
 * 4 or 5 RT per RW. Real RW/RT lists are entered by administrators; this only runs while demo data is enabled and
 * no RW exists yet.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "musrenflow.demo.enabled", havingValue = "true")
public class DemoRegions implements org.springframework.boot.ApplicationRunner {

    static final int TOTAL_RW = 334;
    static final int TOTAL_RT = 1627;

    private final WilayahRepository repository;
    private final JdbcTemplate jdbc;

    DemoRegions(WilayahRepository repository, JdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(org.springframework.boot.ApplicationArguments args) {
        if (repository.countByTingkat(Level.RW) > 0) {
            return;
        }
        List<WilayahEntity> kelurahan = repository.findByTingkatOrderByKode(Level.KELURAHAN);
        int extraRw = TOTAL_RW - 12 * kelurahan.size();
        List<Object[]> rws = new ArrayList<>();
        List<Object[]> rts = new ArrayList<>();
        for (int k = 0; k < kelurahan.size(); k++) {
            int rwCount = 12 + (k < extraRw ? 1 : 0);
            for (int rw = 1; rw <= rwCount; rw++) {
                String rwCode = TerritoryCodes.child(kelurahan.get(k).kode(), rw);
                rws.add(new Object[] {rwCode, "RW " + TerritoryCodes.threeDigits(rw), "RW", kelurahan.get(k).kode(), rw});
            }
        }
        int fourRtRws = 5 * rws.size() - TOTAL_RT;
        for (int i = 0; i < rws.size(); i++) {
            String rwCode = (String) rws.get(i)[0];
            // spread the smaller RWs evenly instead of bunching them in the first kelurahan
            int rtCount = (i * fourRtRws / rws.size()) != ((i + 1) * fourRtRws / rws.size()) ? 4 : 5;
            for (int rt = 1; rt <= rtCount; rt++) {
                rts.add(new Object[] {TerritoryCodes.child(rwCode, rt), "RT " + TerritoryCodes.threeDigits(rt), "RT",
                        rwCode, rt});
            }
        }
        String insert = "insert into wilayah (kode, nama, tingkat, kode_induk, nomor) values (?, ?, ?, ?, ?)";
        jdbc.batchUpdate(insert, rws);
        jdbc.batchUpdate(insert, rts);
    }
}
