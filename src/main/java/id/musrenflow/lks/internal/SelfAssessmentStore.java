package id.musrenflow.lks.internal;

import id.musrenflow.lks.AccreditationComponent;
import id.musrenflow.lks.SelfAssessment;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the structured self-assessment instrument (lks_penilaian_mandiri); callers hold the transaction. */
@Repository
public class SelfAssessmentStore {

    private final JdbcClient jdbc;

    SelfAssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<AccreditationComponent, SelfAssessment> of(long organisationId) {
        Map<AccreditationComponent, SelfAssessment> entries = new EnumMap<>(AccreditationComponent.class);
        jdbc.sql("select komponen, nilai, bukti, diisi_oleh, diisi_pada from lks_penilaian_mandiri where lks_id = ?")
                .param(organisationId)
                .query((rs, i) -> new SelfAssessment(AccreditationComponent.valueOf(rs.getString(1)),
                        rs.getBigDecimal(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toLocalDateTime()))
                .list().forEach(e -> entries.put(e.component(), e));
        return entries;
    }

    public void replace(long organisationId, Map<AccreditationComponent, BigDecimal> scores,
                        Map<AccreditationComponent, String> evidence, String actor, LocalDateTime at) {
        jdbc.sql("delete from lks_penilaian_mandiri where lks_id = ?").param(organisationId).update();
        scores.forEach((component, score) -> jdbc.sql("insert into lks_penilaian_mandiri (lks_id, komponen, nilai, "
                        + "bukti, diisi_oleh, diisi_pada) values (?, ?, ?, ?, ?, ?)")
                .params(organisationId, component.name(), score, evidence.get(component), actor, Timestamp.valueOf(at))
                .update());
    }
}
