package id.musrenflow.proposal.process;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Working time allowed per usulan stage, e.g. musrenflow.usulan.tenggat.RW=P7D. */
@ConfigurationProperties("musrenflow.usulan")
public record StageDeadlines(Map<String, Duration> tenggat) {

    public StageDeadlines {
        tenggat = tenggat == null ? Map.of() : Map.copyOf(tenggat);
    }
}
