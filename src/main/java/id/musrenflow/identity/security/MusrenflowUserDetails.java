package id.musrenflow.identity.security;

import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.Position;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a user: authorities are ROLE_&lt;position type&gt; of the positions in force. */
public final class MusrenflowUserDetails implements UserDetails, CredentialsContainer, AuthenticatedUser {

    private final String username;
    private String passwordHash;
    private final String displayName;
    private final String language;
    private final boolean enabled;
    private final boolean locked;
    private final LocalDateTime lockedUntil;
    private final List<Position> positions;
    private final Set<String> groups;
    private final List<SimpleGrantedAuthority> authorities;

    @SuppressWarnings("java:S107")
    MusrenflowUserDetails(String username, String passwordHash, String displayName, String language, boolean enabled,
                          LocalDateTime lockedUntil, boolean locked, List<Position> positions, Set<String> groups) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.language = language;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.locked = locked;
        this.positions = List.copyOf(positions);
        this.groups = Set.copyOf(groups);
        this.authorities = positions.stream().map(p -> "ROLE_" + p.type().role()).distinct()
                .map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public List<Position> positions() {
        return positions;
    }

    @Override
    public Set<String> groups() {
        return groups;
    }

    public LocalDateTime lockedUntil() {
        return lockedUntil;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MusrenflowUserDetails that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "MusrenflowUserDetails[" + username + "]";
    }
}
