package id.musrenflow.season;

import id.musrenflow.base.AuditTrail;
import id.musrenflow.base.AuditTrail.AuditEntry;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.season.internal.SeasonRules;
import id.musrenflow.season.internal.SeasonStore;
import id.musrenflow.season.process.SeasonProcessClient;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seasons as data: which one is running, whether a stage's window is open today, opening a season from a template,
 * extending a window with a reason, closing the season when the RKPD is final. Windows are whole days in Western
 * Indonesian Time, read from the {@link Clock}; the season process turns their dates into recorded events.
 */
@Service
@Transactional(readOnly = true)
public class SeasonService {

    static final String AUDIT_OBJECT = "MUSIM";
    private static final String SYSTEM = "sistem";
    private static final int MAX_REASON = 1000;

    private final SeasonStore store;
    private final SeasonProcessClient process;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final UserService users;
    private final Clock clock;

    SeasonService(SeasonStore store, @Lazy SeasonProcessClient process, AuditTrail audit,
                  ApplicationEventPublisher events, UserService users, Clock clock) {
        this.store = store;
        this.users = users;
        this.process = process;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Optional<Season> season(int planningYear) {
        return store.find(planningYear);
    }

    /** Every season, oldest first. */
    public List<Season> seasons() {
        return store.all();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The season people work in today: the earliest open season whose windows are not all behind us (so a season
     * Bappeda opened early for next year waits until this year's last window has closed), or else the latest open one.
     */
    public Optional<Season> current() {
        LocalDate today = today();
        List<Season> open = store.all().stream().filter(s -> !s.closed()).toList();
        return open.stream().filter(s -> !today.isAfter(s.lastDay())).findFirst()
                .or(() -> open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1)));
    }

    /**
     * The planning year of the current season. Before Bappeda opened any season (a fresh installation), the next
     * calendar year, so planning screens have a year to show; nothing can be submitted until a season exists.
     */
    public int planningYear() {
        return current().map(Season::planningYear)
                .or(() -> store.all().stream().reduce((a, b) -> b).map(Season::planningYear))
                .orElse(today().getYear() + 1);
    }

    /** The current season's open windows today and the next to open, for the top bar and the public calendar. */
    public Optional<SeasonToday> now() {
        LocalDate today = today();
        return current().map(s -> new SeasonToday(s, today, s.openOn(today), s.nextAfter(today)));
    }

    public SeasonWindow window(int planningYear, Stage stage) {
        return store.find(planningYear).orElseThrow(() -> new BusinessException("musim.error.belum-dibuka", planningYear))
                .window(stage);
    }

    /** The last day of a stage's window, when a season exists for that year (task deadlines use it). */
    public Optional<LocalDate> windowEnd(int planningYear, Stage stage) {
        return store.find(planningYear).map(s -> s.window(stage).end());
    }

    /**
     * Refuses an action of {@code stage} for {@code planningYear} outside its window, naming the window and its dates.
     */
    public void requireOpen(int planningYear, Stage stage) {
        Season season = store.find(planningYear)
                .orElseThrow(() -> new BusinessException("musim.error.belum-dibuka", planningYear));
        if (season.closed()) {
            throw new BusinessException("musim.error.sudah-ditutup", planningYear);
        }
        SeasonWindow window = season.window(stage);
        LocalDate today = today();
        if (!window.contains(today)) {
            throw new BusinessException(today.isBefore(window.start()) ? "musim.error.jendela-belum-dibuka"
                    : "musim.error.jendela-sudah-ditutup", SeasonRules.name(stage), planningYear,
                    SeasonRules.date(window.start()), SeasonRules.date(window.end()));
        }
    }

    /**
     * The windows to start from when opening the season of {@code planningYear}: the previous season's dates a year
     * later (as first planned, without its extensions), or the default calendar when there was none.
     */
    public List<WindowDraft> template(int planningYear) {
        return store.find(planningYear - 1)
                .map(previous -> previous.windows().stream()
                        .map(w -> new WindowDraft(w.stage(), w.start().plusYears(1), w.plannedEnd().plusYears(1)))
                        .toList())
                .orElseGet(() -> Arrays.stream(Stage.values()).map(s -> s.defaultWindow(planningYear)).toList());
    }

    @Transactional
    public Season open(int planningYear, List<WindowDraft> windows, String actor) {
        requireAdmin(actor);
        if (store.find(planningYear).isPresent()) {
            throw new BusinessException("musim.error.sudah-ada", planningYear);
        }
        List<WindowProblem> problems = SeasonRules.check(planningYear, windows);
        if (!problems.isEmpty()) {
            throw new SeasonRejected(problems);
        }
        store.insert(planningYear, windows, actor, LocalDateTime.now(clock));
        store.setProcessInstance(planningYear, process.start(planningYear));
        audit.record(actor, "MUSIM_DIBUKA", AUDIT_OBJECT, String.valueOf(planningYear), windows.stream()
                .map(w -> w.stage() + " " + w.start() + " s.d. " + w.end()).reduce((a, b) -> a + "; " + b).orElse(""));
        return store.find(planningYear).orElseThrow();
    }

    /**
     * Moves a window's end later, with a reason; a window already closed opens again until the new end. Refused
     * when someone changed the season since {@code expectedVersion}.
     */
    @Transactional
    public Season extend(int planningYear, Stage stage, LocalDate newEnd, String reason, long expectedVersion,
                         String actor) {
        requireAdmin(actor);
        Season season = store.find(planningYear)
                .orElseThrow(() -> new BusinessException("musim.error.belum-dibuka", planningYear));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessException("musim.error.alasan-wajib");
        }
        if (why.length() > MAX_REASON) {
            throw new BusinessException("musim.error.alasan-terlalu-panjang", MAX_REASON);
        }
        if (season.closed()) {
            throw new BusinessException("musim.error.sudah-ditutup", planningYear);
        }
        SeasonWindow window = season.window(stage);
        if (newEnd == null || !newEnd.isAfter(window.end())) {
            throw new BusinessException("musim.error.perpanjangan-tidak-maju", SeasonRules.date(window.end()));
        }
        if (newEnd.getYear() != planningYear - 1) {
            throw new BusinessException("musim.error.di-luar-tahun", planningYear - 1, planningYear);
        }
        Optional<Stage> next = Arrays.stream(Stage.values()).filter(s -> s.previous() == stage).findFirst();
        if (next.isPresent() && newEnd.isAfter(season.window(next.get()).end())) {
            throw new BusinessException("musim.error.perpanjang-tahap-berikutnya-dulu", SeasonRules.name(next.get()),
                    SeasonRules.date(season.window(next.get()).end()));
        }
        if (!store.touch(planningYear, expectedVersion)) {
            throw new BusinessException("musim.error.diubah-orang-lain");
        }
        store.extend(planningYear, stage, newEnd, why);
        audit.record(actor, "JENDELA_DIPERPANJANG", AUDIT_OBJECT, String.valueOf(planningYear),
                stage + " " + window.end() + " → " + newEnd + ": " + why);
        process.extended(planningYear, stage);
        return store.find(planningYear).orElseThrow();
    }

    /** Bappeda declares the RKPD of the planning year final: the season closes and its usulan are locked. */
    @Transactional
    public Season close(int planningYear, String actor) {
        if (!holds(actor, PositionType.BAPPEDA, PositionType.BAPPEDA_ADMIN)) {
            throw new BusinessException("musim.error.bukan-bappeda");
        }
        Season season = store.find(planningYear)
                .orElseThrow(() -> new BusinessException("musim.error.belum-dibuka", planningYear));
        if (season.closed()) {
            throw new BusinessException("musim.error.sudah-ditutup", planningYear);
        }
        if (!store.touch(planningYear, season.version())) {
            throw new BusinessException("musim.error.diubah-orang-lain");
        }
        store.close(planningYear, actor, LocalDateTime.now(clock));
        audit.record(actor, "MUSIM_DITUTUP", AUDIT_OBJECT, String.valueOf(planningYear), "RKPD final");
        events.publishEvent(new SeasonClosed(planningYear, actor));
        process.closed(planningYear);
        return store.find(planningYear).orElseThrow();
    }

    /** Who opened, extended and closed what in this season, and when the timers opened and closed its windows. */
    public List<AuditEntry> history(int planningYear) {
        return audit.of(AUDIT_OBJECT, String.valueOf(planningYear));
    }

    @Transactional
    public void recordWindowOpened(int planningYear, Stage stage) {
        store.recordOpened(planningYear, stage, LocalDateTime.now(clock));
        audit.record(SYSTEM, "JENDELA_DIBUKA", AUDIT_OBJECT, String.valueOf(planningYear), stage.name());
    }

    @Transactional
    public void recordWindowClosed(int planningYear, Stage stage) {
        store.recordClosed(planningYear, stage, LocalDateTime.now(clock));
        audit.record(SYSTEM, "JENDELA_DITUTUP", AUDIT_OBJECT, String.valueOf(planningYear), stage.name());
    }

    /** The Bappeda admin and the system administrator open seasons and extend windows. */
    public boolean mayAdminister(String actor) {
        return holds(actor, PositionType.BAPPEDA_ADMIN, PositionType.ADMIN_SISTEM);
    }

    /** Bappeda planners and the Bappeda admin declare the RKPD final. */
    public boolean mayClose(String actor) {
        return holds(actor, PositionType.BAPPEDA, PositionType.BAPPEDA_ADMIN);
    }

    private boolean holds(String actor, PositionType... types) {
        List<PositionType> wanted = List.of(types);
        return users.activePositions(actor).stream().anyMatch(p -> wanted.contains(p.type()));
    }

    private void requireAdmin(String actor) {
        if (!mayAdminister(actor)) {
            throw new BusinessException("musim.error.bukan-admin");
        }
    }
}
