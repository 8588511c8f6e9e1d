package id.musrenflow.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** After {@code maxAttempts} wrong passwords in a row the account is locked for {@code duration}, then unlocks itself. */
@ConfigurationProperties("musrenflow.security.lockout")
public record LockoutProperties(int maxAttempts, Duration duration) {

    public LockoutProperties {
        if (maxAttempts <= 0) {
            maxAttempts = 5;
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            duration = Duration.ofMinutes(15);
        }
    }
}
