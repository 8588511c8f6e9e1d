package id.musrenflow.identity;

import id.musrenflow.base.AuditTrail;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.internal.JabatanEntity;
import id.musrenflow.identity.internal.JabatanRepository;
import id.musrenflow.identity.internal.PenggunaEntity;
import id.musrenflow.identity.internal.PenggunaRepository;
import id.musrenflow.identity.internal.PositionRules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, their positions, and the roles and candidate groups that derive from those positions. */
@Service
@Transactional(readOnly = true)
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final int MIN_PASSWORD = 8;

    private final PenggunaRepository users;
    private final JabatanRepository positions;
    private final PositionRules rules;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;

    UserService(PenggunaRepository users, JabatanRepository positions, PositionRules rules,
                    PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock) {
        this.users = users;
        this.positions = positions;
        this.rules = rules;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<UserAccount> findUser(String username) {
        return users.findByUsernameIgnoreCase(username).map(this::toAccount);
    }

    public UserAccount getUser(long userId) {
        return toAccount(entity(userId));
    }

    public List<UserAccount> users() {
        List<PenggunaEntity> all = users.findAll();
        Map<Long, List<Position>> byUser = positions.findByPenggunaIdIn(all.stream().map(PenggunaEntity::getId).toList())
                .stream().map(JabatanEntity::toPosition).collect(Collectors.groupingBy(Position::userId));
        return all.stream()
                .map(u -> toAccount(u, byUser.getOrDefault(u.getId(), List.of())))
                .sorted(Comparator.comparing(UserAccount::username))
                .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The moment a user locked out by failed sign-ins may try again; empty once that moment has passed. */
    public Optional<LocalDateTime> lockedUntil(UserAccount user) {
        return Optional.ofNullable(user.lockedUntil()).filter(LocalDateTime.now(clock)::isBefore);
    }

    /** Who changed this user and their positions, oldest first. */
    public List<AuditTrail.AuditEntry> history(long userId) {
        return audit.of("PENGGUNA", entity(userId).getUsername());
    }

    /** Positions of the user that are in force today; expired acting positions drop out by themselves. */
    public List<Position> activePositions(String username) {
        return findUser(username).map(u -> activeOn(u.positions(), today())).orElse(List.of());
    }

    public Set<String> groupsOf(String username) {
        return groupsOf(activePositions(username));
    }

    /** Candidate groups of a set of positions; system administrators also belong to Camunda's admin group. */
    public static Set<String> groupsOf(List<Position> positions) {
        Set<String> groups = new TreeSet<>();
        for (Position p : positions) {
            groups.add(p.groupId());
            if (p.type() == PositionType.ADMIN_SISTEM) {
                groups.add(PositionType.CAMUNDA_ADMIN_GROUP);
            }
        }
        return groups;
    }

    public static List<Position> activeOn(List<Position> positions, LocalDate date) {
        return positions.stream().filter(p -> p.activeOn(date)).toList();
    }

    /** Every group some user belongs to today, for Camunda's group queries. */
    public Set<String> allGroups() {
        LocalDate today = today();
        return groupsOf(positions.findAll().stream().map(JabatanEntity::toPosition)
                .filter(p -> p.activeOn(today)).toList());
    }

    /**
     * Organisation codes of the positions of this type held today in the territory, sorted: the Pokmas of a
     * kelurahan, say ({@code organisationsIn(POKMAS, "33.75.01.1002")}).
     */
    public List<String> organisationsIn(PositionType type, String territoryCode) {
        LocalDate today = today();
        return positions.findAll().stream().map(JabatanEntity::toPosition)
                .filter(p -> p.type() == type && p.activeOn(today) && Objects.equals(p.territoryCode(), territoryCode)
                        && p.organisationCode() != null)
                .map(Position::organisationCode).distinct().sorted().toList();
    }

    /** Usernames whose positions put them in the group today, e.g. everyone acting as Lurah of a kelurahan. */
    public List<String> membersOf(String groupId) {
        return users().stream()
                .filter(UserAccount::active)
                .filter(u -> groupsOf(activeOn(u.positions(), today())).contains(groupId))
                .map(UserAccount::username)
                .toList();
    }

    /** Active users holding a position of {@code type} today (any territory), by full name; for pickers. */
    public List<UserAccount> holdersOf(PositionType type) {
        LocalDate today = today();
        return users().stream().filter(UserAccount::active)
                .filter(u -> activeOn(u.positions(), today).stream().anyMatch(p -> p.type() == type))
                .sorted(Comparator.comparing(UserAccount::fullName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(UserAccount::username))
                .toList();
    }

    @Transactional
    public UserAccount createUser(NewUser command, String actor) {
        String username = command.username() == null ? "" : command.username().strip().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw new BusinessException("pengguna.error.username-tidak-sah");
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new BusinessException("pengguna.error.username-sudah-ada", username);
        }
        requireName(command.fullName());
        checkPassword(username, command.password());
        PenggunaEntity entity = new PenggunaEntity(username, passwordEncoder.encode(command.password()),
                command.fullName().strip(), LocalDateTime.now(clock));
        entity.setEmail(blankToNull(command.email()));
        entity.setTelepon(blankToNull(command.phone()));
        users.save(entity);
        audit.record(actor, "BUAT", "PENGGUNA", username, entity.getNamaLengkap());
        return toAccount(entity);
    }

    @Transactional
    public UserAccount updateProfile(long userId, String fullName, String email, String phone, String actor) {
        requireName(fullName);
        PenggunaEntity entity = entity(userId);
        entity.setNamaLengkap(fullName.strip());
        entity.setEmail(blankToNull(email));
        entity.setTelepon(blankToNull(phone));
        audit.record(actor, "UBAH_PROFIL", "PENGGUNA", entity.getUsername(), null);
        return toAccount(entity);
    }

    @Transactional
    public void resetPassword(long userId, String newPassword, String actor) {
        PenggunaEntity entity = entity(userId);
        checkPassword(entity.getUsername(), newPassword);
        entity.setPasswordHash(passwordEncoder.encode(newPassword));
        audit.record(actor, "ATUR_ULANG_SANDI", "PENGGUNA", entity.getUsername(), null);
    }

    @Transactional
    public void setActive(long userId, boolean active, String reason, String actor) {
        if (!active && (reason == null || reason.isBlank())) {
            throw new BusinessException("umum.error.alasan-wajib");
        }
        PenggunaEntity entity = entity(userId);
        entity.setAktif(active);
        audit.record(actor, active ? "AKTIFKAN" : "NONAKTIFKAN", "PENGGUNA", entity.getUsername(), reason);
    }

    @Transactional
    public void unlock(long userId, String actor) {
        PenggunaEntity entity = entity(userId);
        entity.setTerkunciSampai(null);
        entity.setGagalLogin(0);
        audit.record(actor, "BUKA_KUNCI", "PENGGUNA", entity.getUsername(), null);
    }

    @Transactional
    public void setLanguage(String username, String language) {
        if (!"id".equals(language) && !"en".equals(language)) {
            throw new BusinessException("pengguna.error.bahasa-tidak-dikenal");
        }
        users.findByUsernameIgnoreCase(username).ifPresent(u -> u.setBahasa(language));
    }

    @Transactional
    public Position addPosition(long userId, NewPosition command, String actor) {
        PenggunaEntity user = entity(userId);
        rules.check(command);
        JabatanEntity saved = positions.save(new JabatanEntity(userId, command.type(), command.territoryCode(),
                command.organisationCode(), command.status(), command.start(), command.end(), command.note()));
        Position position = saved.toPosition();
        audit.record(actor, "TAMBAH_JABATAN", "PENGGUNA", user.getUsername(),
                position.groupId() + " " + command.status() + " " + command.start() + "–"
                        + (command.end() == null ? "" : command.end()));
        return position;
    }

    /** Ends a position on {@code lastDay} (inclusive); the history of who held it stays. */
    @Transactional
    public Position endPosition(long positionId, LocalDate lastDay, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("umum.error.alasan-wajib");
        }
        JabatanEntity entity = positions.findById(positionId)
                .orElseThrow(() -> new BusinessException("jabatan.error.tidak-ditemukan"));
        Position current = entity.toPosition();
        if (lastDay.isBefore(current.start())) {
            throw new BusinessException("jabatan.error.tanggal-terbalik");
        }
        entity.setSelesai(lastDay);
        audit.record(actor, "AKHIRI_JABATAN", "PENGGUNA", entity(current.userId()).getUsername(),
                current.groupId() + " s.d. " + lastDay + ": " + reason);
        return entity.toPosition();
    }

    private PenggunaEntity entity(long userId) {
        return users.findById(userId).orElseThrow(() -> new BusinessException("pengguna.error.tidak-ditemukan"));
    }

    private UserAccount toAccount(PenggunaEntity u) {
        return toAccount(u, positions.findByPenggunaIdOrderByMulai(u.getId()).stream()
                .map(JabatanEntity::toPosition).toList());
    }

    private UserAccount toAccount(PenggunaEntity u, List<Position> userPositions) {
        return new UserAccount(u.getId(), u.getUsername(), u.getNamaLengkap(), u.getEmail(), u.getTelepon(),
                u.getBahasa(), u.isAktif(), u.getTerkunciSampai(), userPositions);
    }

    private static void requireName(String fullName) {
        if (fullName == null || fullName.isBlank() || fullName.strip().length() > 120) {
            throw new BusinessException("pengguna.error.nama-wajib");
        }
    }

    private static void checkPassword(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.equalsIgnoreCase(username)) {
            throw new BusinessException("pengguna.error.sandi-lemah", MIN_PASSWORD);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
