package id.musrenflow.identity.security;

import id.musrenflow.base.AuditTrail;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.internal.PenggunaEntity;
import id.musrenflow.identity.internal.PenggunaRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for sign-in and counts failed attempts; each update commits on its own, whatever the caller does. */
@Component
public class LoginAttempts {

    private final PenggunaRepository users;
    private final UserService identity;
    private final LockoutProperties lockout;
    private final AuditTrail audit;
    private final Clock clock;

    LoginAttempts(PenggunaRepository users, UserService identity, LockoutProperties lockout, AuditTrail audit,
                  Clock clock) {
        this.users = users;
        this.identity = identity;
        this.lockout = lockout;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MusrenflowUserDetails loadUserByUsername(String username) {
        PenggunaEntity user = users.findByUsernameIgnoreCase(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        LocalDateTime now = LocalDateTime.now(clock);
        boolean locked = user.getTerkunciSampai() != null && now.isBefore(user.getTerkunciSampai());
        var positions = identity.activePositions(user.getUsername());
        return new MusrenflowUserDetails(user.getUsername(), user.getPasswordHash(), user.getNamaLengkap(),
                user.getBahasa(), user.isAktif(), user.getTerkunciSampai(), locked, positions,
                UserService.groupsOf(positions));
    }

    /** Counts a wrong password; returns the lock end when this attempt locked the account. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<LocalDateTime> recordFailure(String username) {
        Optional<PenggunaEntity> found = users.findByUsernameIgnoreCase(username == null ? "" : username.strip());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PenggunaEntity user = found.get();
        int attempts = user.getGagalLogin() + 1;
        if (attempts >= lockout.maxAttempts()) {
            LocalDateTime until = LocalDateTime.now(clock).plus(lockout.duration());
            user.setGagalLogin(0);
            user.setTerkunciSampai(until);
            audit.record("sistem", "KUNCI_AKUN", "PENGGUNA", user.getUsername(),
                    attempts + " kali gagal masuk; terkunci sampai " + until);
            return Optional.of(until);
        }
        user.setGagalLogin(attempts);
        return Optional.empty();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        users.findByUsernameIgnoreCase(username)
                .filter(u -> u.getGagalLogin() > 0 || u.getTerkunciSampai() != null)
                .ifPresent(u -> {
                    u.setGagalLogin(0);
                    u.setTerkunciSampai(null);
                });
    }
}
