package id.musrenflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A clock that starts at a fixed moment and keeps ticking from there (so events still follow each other), which
 * tests move forward instead of waiting. {@link #syncEngine()} puts the Camunda engine's clock on the same time.
 */
public class MutableClock extends Clock {

    private volatile Duration offset;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this(Duration.between(Instant.now(), start), zone);
    }

    private MutableClock(Duration offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    /** Moves this clock and the engine's by {@code duration} (negative to move back). */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
        syncEngine();
    }

    /** Moves this clock and the engine's to {@code moment}; returns the jump, to move back by its negation. */
    public Duration jumpTo(Instant moment) {
        Duration jump = Duration.between(instant(), moment);
        advance(jump);
        return jump;
    }

    /** The engine's timers, task dates and history read the same time as the application from now on. */
    public void syncEngine() {
        ClockUtil.offset(offset.toMillis());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return new MutableClock(offset, otherZone);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
