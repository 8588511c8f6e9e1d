package id.musrenflow.identity;

import java.time.LocalDateTime;
import java.util.List;

/** A user as other modules and screens see it: never the password hash. */
public record UserAccount(long id, String username, String fullName, String email, String phone, String language,
                          boolean active, LocalDateTime lockedUntil, List<Position> positions) {
}
