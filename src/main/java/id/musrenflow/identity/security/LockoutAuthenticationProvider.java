package id.musrenflow.identity.security;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in for every entry point (app form, Camunda webapps, HTTP basic on /engine-rest) that counts
 * failures and locks the account after too many, so no entry point can be used to guess passwords.
 */
@Component
public class LockoutAuthenticationProvider implements AuthenticationProvider {

    /** Session attribute holding the {@link LocalDateTime} a just-locked account unlocks at. */
    public static final String LOCKED_UNTIL_SESSION_KEY = "musrenflow.lockedUntil";

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;

    LockoutAuthenticationProvider(LoginAttempts attempts, PasswordEncoder encoder) {
        this.attempts = attempts;
        this.passwords = new DaoAuthenticationProvider(attempts::loadUserByUsername);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            Authentication result = passwords.authenticate(authentication);
            attempts.recordSuccess(result.getName());
            return result;
        } catch (BadCredentialsException wrongPassword) {
            Optional<LocalDateTime> lockedUntil = attempts.recordFailure(authentication.getName());
            if (lockedUntil.isPresent()) {
                throw new AccountLockedException(lockedUntil.get());
            }
            throw wrongPassword;
        } catch (LockedException locked) {
            throw new AccountLockedException(attempts.loadUserByUsername(authentication.getName()).lockedUntil());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Locked, with the moment the lock ends so the sign-in page can tell the user. */
    public static final class AccountLockedException extends LockedException {

        private final transient LocalDateTime until;

        AccountLockedException(LocalDateTime until) {
            super("account locked until " + until);
            this.until = until;
        }

        public LocalDateTime until() {
            return until;
        }
    }
}
