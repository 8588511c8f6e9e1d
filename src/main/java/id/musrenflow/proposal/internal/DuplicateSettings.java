package id.musrenflow.proposal.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** musrenflow.usulan.duplikat-radius-meter: how close two usulan of one catalogue item must be to warn. */
@ConfigurationProperties("musrenflow.usulan")
public record DuplicateSettings(Integer duplikatRadiusMeter) {

    public DuplicateSettings {
        duplikatRadiusMeter = duplikatRadiusMeter == null || duplikatRadiusMeter <= 0 ? 100 : duplikatRadiusMeter;
    }
}
