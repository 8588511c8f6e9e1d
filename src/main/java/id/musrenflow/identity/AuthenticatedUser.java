package id.musrenflow.identity;

import id.musrenflow.base.ui.ShellUser;
import java.util.List;
import java.util.Set;

/** The signed-in user as other modules see it: identity, positions in force at sign-in, derived groups. */
public interface AuthenticatedUser extends ShellUser {

    List<Position> positions();

    Set<String> groups();

    default boolean hasRole(PositionType type) {
        return positions().stream().anyMatch(p -> p.type() == type);
    }
}
