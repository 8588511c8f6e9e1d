package id.musrenflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.musrenflow.HttpSession;
import id.musrenflow.MutableClock;
import id.musrenflow.PostgresIT;
import id.musrenflow.identity.security.LockoutProperties;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Repeated wrong passwords lock the account, whichever entry point is used, until the lock time has passed. */
class LockoutIT extends PostgresIT {

    private static final String PASSWORD = "benar-sekali-1";

    @Autowired
    private UserService users;
    @Autowired
    private LockoutProperties lockout;
    @Autowired
    private MutableClock clock;

    private String newAdmin() {
        String username = unique("kunci");
        UserAccount user = users.createUser(new NewUser(username, "Uji Kunci", null, null, PASSWORD), "test");
        users.addPosition(user.id(), new NewPosition(PositionType.INTEGRASI, null, null, PositionStatus.DEFINITIF,
                users.today(), null, null), "test");
        return username;
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_with_a_clear_message_then_it_unlocks_by_itself() {
        String username = newAdmin();
        HttpSession browser = new HttpSession(url(""));
        for (int attempt = 1; attempt < lockout.maxAttempts(); attempt++) {
            HttpResponse<String> wrong = browser.login(username, "salah");
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login?error"));
        }
        HttpResponse<String> locking = browser.login(username, "salah");
        assertThat(locking.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login?locked"));

        HttpResponse<String> correctButLocked = browser.login(username, PASSWORD);
        assertThat(correctButLocked.headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/login?locked"));
        assertThat(new HttpSession(url("")).getWithBasic("/engine-rest/engine", username, PASSWORD).statusCode())
                .isEqualTo(401);
        assertThat(users.findUser(username).orElseThrow().lockedUntil()).isNotNull();

        clock.advance(lockout.duration().plusSeconds(1));

        HttpResponse<String> afterLock = new HttpSession(url("")).login(username, PASSWORD);
        assertThat(afterLock.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).doesNotContain("login"));
        assertThat(new HttpSession(url("")).getWithBasic("/engine-rest/engine", username, PASSWORD).statusCode())
                .isEqualTo(200);
    }

    @Test
    void wrong_passwords_over_http_basic_count_towards_the_lock_too() {
        String username = newAdmin();
        for (int attempt = 0; attempt < lockout.maxAttempts(); attempt++) {
            new HttpSession(url("")).getWithBasic("/engine-rest/engine", username, "tebakan-" + attempt);
        }
        assertThat(new HttpSession(url("")).getWithBasic("/engine-rest/engine", username, PASSWORD).statusCode())
                .isEqualTo(401);
        assertThat(new HttpSession(url("")).login(username, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/login?locked"));
    }

    @Test
    void a_successful_sign_in_resets_the_count_of_failures() {
        String username = newAdmin();
        for (int attempt = 1; attempt < lockout.maxAttempts(); attempt++) {
            new HttpSession(url("")).login(username, "salah");
        }
        new HttpSession(url("")).login(username, PASSWORD);
        for (int attempt = 1; attempt < lockout.maxAttempts(); attempt++) {
            new HttpSession(url("")).login(username, "salah");
        }
        assertThat(new HttpSession(url("")).login(username, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).doesNotContain("login"));
    }
}
