package id.musrenflow.proposal.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Due dates of the usulan tasks ({@code camunda:dueDate="${tenggatTahap.untuk('RW')}"}); durations per stage are
 * configuration (musrenflow.usulan.tenggat.RW=P7D...), since the calendar changes every year.
 */
@Component("tenggatTahap")
public class TenggatTahap {

    private final Clock clock;
    private final Map<String, Duration> durations;
    private final Duration fallback;

    TenggatTahap(Clock clock, StageDeadlines deadlines,
                 @Value("${musrenflow.usulan.tenggat-bawaan:P7D}") Duration fallback) {
        this.clock = clock;
        this.durations = deadlines.tenggat();
        this.fallback = fallback;
    }

    public Date untuk(String stage) {
        return Date.from(Instant.now(clock).plus(durations.getOrDefault(stage, fallback)));
    }
}
