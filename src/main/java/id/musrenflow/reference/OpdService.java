package id.musrenflow.reference;

import id.musrenflow.base.AuditTrail;
import id.musrenflow.base.BusinessException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editable OPD list and the read-only Kemendagri classification it maps to. */
@Service
@Transactional(readOnly = true)
public class OpdService {

    private static final String CODE_PATTERN = "[A-Z0-9-]{2,30}";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    OpdService(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Opd> list() {
        Map<Long, List<String>> fields = new LinkedHashMap<>();
        jdbc.sql("select opd_id, bidang_kode from opd_bidang_urusan order by bidang_kode")
                .query((rs, i) -> fields.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return jdbc.sql("select id, kode, nama, singkatan, aktif, version from opd order by nama")
                .query((rs, i) -> new Opd(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), List.copyOf(fields.getOrDefault(rs.getLong(1), List.of())), rs.getLong(6)))
                .list();
    }

    public Optional<Opd> find(String code) {
        return list().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    public List<Classification> fieldsOfGovernment() {
        return jdbc.sql("select kode, nama, jenis from urusan order by kode")
                .query((rs, i) -> new Classification(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public List<Classification> kelurahanSubActivities() {
        return jdbc.sql("select kode, nama, tingkat from sub_kegiatan order by kode")
                .query((rs, i) -> new Classification(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Creates (id null) or updates an OPD with its bidang urusan. */
    @Transactional
    public Opd save(Opd opd, String actor) {
        String code = opd.code() == null ? "" : opd.code().strip().toUpperCase();
        if (!code.matches(CODE_PATTERN)) {
            throw new BusinessException("opd.error.kode-tidak-sah");
        }
        if (opd.name() == null || opd.name().isBlank() || opd.shortName() == null || opd.shortName().isBlank()) {
            throw new BusinessException("opd.error.nama-wajib");
        }
        if (opd.fields().isEmpty()) {
            throw new BusinessException("opd.error.bidang-wajib");
        }
        int known = jdbc.sql("select count(*) from urusan where jenis = 'BIDANG_URUSAN' and kode in (:codes)")
                .param("codes", opd.fields()).query(Integer.class).single();
        if (known != opd.fields().stream().distinct().count()) {
            throw new BusinessException("opd.error.bukan-bidang-urusan");
        }
        Long sameCode = jdbc.sql("select id from opd where kode = ?").param(code).query(Long.class).optional().orElse(null);
        if (sameCode != null && !sameCode.equals(opd.id())) {
            throw new BusinessException("opd.error.kode-sudah-ada", code);
        }
        long id;
        if (opd.id() == null) {
            jdbc.sql("insert into opd (kode, nama, singkatan, aktif) values (?, ?, ?, ?)")
                    .params(code, opd.name().strip(), opd.shortName().strip(), opd.active()).update();
            id = jdbc.sql("select id from opd where kode = ?").param(code).query(Long.class).single();
        } else {
            id = opd.id();
            int updated = jdbc.sql("update opd set kode = ?, nama = ?, singkatan = ?, aktif = ?, version = version + 1 "
                            + "where id = ? and version = ?")
                    .params(code, opd.name().strip(), opd.shortName().strip(), opd.active(), id, opd.version()).update();
            if (updated != 1) {
                throw new BusinessException("opd.error.diubah-bersamaan");
            }
            jdbc.sql("delete from opd_bidang_urusan where opd_id = ?").param(id).update();
        }
        for (String field : opd.fields()) {
            jdbc.sql("insert into opd_bidang_urusan (opd_id, bidang_kode) values (?, ?)").params(id, field).update();
        }
        audit.record(actor, opd.id() == null ? "BUAT" : "UBAH", "OPD", code,
                opd.name().strip() + " " + opd.fields() + (opd.active() ? "" : " (nonaktif)"));
        return find(code).orElseThrow();
    }
}
