package id.musrenflow.danakelurahan;

import id.musrenflow.base.BusinessException;
import id.musrenflow.base.Rupiah;
import id.musrenflow.danakelurahan.internal.ProgrammeOwners;
import id.musrenflow.danakelurahan.internal.ProgrammeStore;
import id.musrenflow.danakelurahan.process.ImplementationModeDecider;
import id.musrenflow.danakelurahan.process.ProgramLkkProcessClient;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.UserService;
import id.musrenflow.season.SeasonService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly programmes of the lembaga kemasyarakatan kelurahan (domain.md §4): the officer drafts and submits, the
 * kelurahan reviews in the task inbox, accepted activities become candidates for the pemberdayaan money with an
 * implementation mode from the decision table. Every user action is one transaction.
 */
@Service
public class LkkProgrammeService {

    private final ProgrammeStore store;
    private final ProgramLkkProcessClient process;
    private final ImplementationModeDecider modes;
    private final UserService users;
    private final Clock clock;
    private final DanaLimits limits;
    private final SeasonService seasons;

    LkkProgrammeService(ProgrammeStore store, ProgramLkkProcessClient process, ImplementationModeDecider modes,
                        UserService users, Clock clock, DanaLimits limits, SeasonService seasons) {
        this.seasons = seasons;
        this.limits = limits;
        this.store = store;
        this.process = process;
        this.modes = modes;
        this.users = users;
        this.clock = clock;
    }

    public DanaLimits limits() {
        return limits;
    }

    /** The lembaga the user drafts programmes for, one per eligible position they hold. */
    public List<ProgrammeOwner> ownersOf(AuthenticatedUser user) {
        return user.positions().stream().map(ProgrammeOwners::of).flatMap(Optional::stream).distinct().toList();
    }

    /** Programmes are planned for the planning year of the current season. */
    public int planningYear() {
        return seasons.planningYear();
    }

    @Transactional(readOnly = true)
    public Optional<LkkProgramme> programme(ProgrammeOwner owner, int year, AuthenticatedUser user) {
        requireOwner(owner, user);
        return store.find(owner, year);
    }

    /** Stores the activities as they are now, creating the programme on its first save. */
    @Transactional
    public LkkProgramme saveDraft(ProgrammeOwner owner, int year, Integer expectedVersion,
                                  List<ActivityDraft> activities, AuthenticatedUser user) {
        requireOwner(owner, user);
        if (year < 2019 || year > planningYear() + 1) {
            throw new BusinessException("dana.program.error.tahun");
        }
        check(activities);
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<LkkProgramme> existing = store.find(owner, year);
        long id;
        if (existing.isPresent()) {
            LkkProgramme programme = existing.get();
            if (!programme.status().editable()) {
                throw new BusinessException("dana.program.error.tidak-bisa-diubah");
            }
            if (expectedVersion == null) {
                throw new BusinessException("dana.program.error.diubah-bersamaan");
            }
            try {
                store.touch(programme.id(), expectedVersion, now);
            } catch (OptimisticLockingFailureException e) {
                throw new BusinessException("dana.program.error.diubah-bersamaan");
            }
            id = programme.id();
        } else {
            try {
                id = store.insert(number(year, owner), year, owner, now);
            } catch (DuplicateKeyException e) {
                throw new BusinessException("dana.program.error.diubah-bersamaan");
            }
            store.addHistory(id, new ProgrammeStatusChange(now, user.username(), owner.group(), null,
                    ProgrammeStatus.DRAFT, null, null, null));
        }
        store.replaceActivities(id, activities);
        return store.find(id).orElseThrow();
    }

    /**
     * Saves and sends the programme to the kelurahan: a first submission starts the review, a revision (with a note
     * of what changed) completes the officer's revision task.
     */
    @Transactional
    public LkkProgramme submit(ProgrammeOwner owner, int year, Integer expectedVersion, List<ActivityDraft> activities,
                               String revisionNote, AuthenticatedUser user) {
        if (activities.isEmpty()) {
            throw new BusinessException("dana.program.error.tanpa-kegiatan");
        }
        LkkProgramme saved = saveDraft(owner, year, expectedVersion, activities, user);
        if (saved.status() == ProgrammeStatus.PERLU_REVISI) {
            String note = revisionNote == null ? "" : revisionNote.strip();
            if (note.length() < 5 || note.length() > 1000 || note.contains("<") || note.contains(">")) {
                throw new BusinessException("dana.program.error.catatan-revisi");
            }
            process.completeRevision(saved.number(), note, user.username());
        } else {
            store.setSubmitter(saved.id(), user.username());
            process.start(saved, user.username());
        }
        return store.find(saved.id()).orElseThrow();
    }

    /** A programme as its lembaga, the reviewers and the Lurah of the kelurahan see it; refused to anyone else. */
    @Transactional(readOnly = true)
    public LkkProgramme detail(long id, AuthenticatedUser user) {
        LkkProgramme programme = store.find(id).orElseThrow(() -> new BusinessException("dana.program.error.tidak-ada"));
        List<String> readers = new ArrayList<>(ProgramLkkProcessClient.reviewerGroups(programme.kelurahanCode(),
                programme.lembaga()));
        readers.add(programme.ownerGroup());
        readers.add("lurah:" + programme.kelurahanCode());
        if (readers.stream().noneMatch(user.groups()::contains)) {
            throw new BusinessException("dana.program.error.bukan-untuk-anda");
        }
        return programme;
    }

    @Transactional(readOnly = true)
    public List<ProgrammeStatusChange> history(long id, AuthenticatedUser user) {
        return store.history(detail(id, user).id());
    }

    /** Each theme of the year's split (and any other theme asked for) against requests and accepted candidates. */
    @Transactional(readOnly = true)
    public List<ThemeShare> themeShares(LkkProgramme programme) {
        Map<ProgrammeTheme, BigDecimal> split = store.split(programme.year());
        Map<ProgrammeTheme, BigDecimal> accepted = store.acceptedByTheme(programme.year(), programme.kelurahanCode());
        return Arrays.stream(ProgrammeTheme.values()).map(theme -> new ThemeShare(theme, split.get(theme),
                        programme.activities().stream().filter(a -> a.theme() == theme).map(Activity::budget)
                                .reduce(BigDecimal.ZERO, BigDecimal::add),
                        accepted.getOrDefault(theme, BigDecimal.ZERO)))
                .filter(s -> s.targetPercent() != null || s.requested().signum() > 0 || s.accepted().signum() > 0)
                .toList();
    }

    /**
     * Moves the status and writes the history in the engine step's transaction (listener ubahStatusProgramLkk). On
     * acceptance every activity becomes a pemberdayaan candidate with its implementation mode: a lembaga's own
     * non-physical activity, the lembaga being the capable LKK.
     */
    @Transactional
    public void recordStatus(long id, ProgrammeStatus to, String actor, String reasonCode, String reason, String note) {
        LkkProgramme programme = store.find(id).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        store.changeStatus(id, programme.status(), to, now);
        store.addHistory(id, new ProgrammeStatusChange(now, actor, positionOf(actor, programme), programme.status(), to,
                reasonCode, reason, note));
        if (to == ProgrammeStatus.DITERIMA) {
            for (Activity activity : programme.activities()) {
                store.markCandidate(activity.id(), modes.decide(new ImplementationQuestion(programme.year(),
                        ActivityKind.NON_FISIK, activity.budget().longValueExact(), false, true, activity.training())));
            }
        }
    }

    private String positionOf(String actor, LkkProgramme programme) {
        List<String> groups = users.activePositions(actor).stream().map(Position::groupId).toList();
        List<String> relevant = new ArrayList<>(ProgramLkkProcessClient.reviewerGroups(programme.kelurahanCode(),
                programme.lembaga()));
        relevant.add(0, programme.ownerGroup());
        return relevant.stream().filter(groups::contains).findFirst().orElse(groups.isEmpty() ? null : groups.get(0));
    }

    private static void requireOwner(ProgrammeOwner owner, AuthenticatedUser user) {
        if (owner == null || !user.groups().contains(owner.group())) {
            throw new BusinessException("dana.program.error.bukan-untuk-anda");
        }
    }

    private void check(List<ActivityDraft> activities) {
        if (activities.size() > limits.maxActivities()) {
            throw new BusinessException("dana.program.error.terlalu-banyak", limits.maxActivities());
        }
        for (ActivityDraft activity : activities) {
            ActivityRules.first(activity, limits.maxActivityBudget()).ifPresent(problem -> {
                throw new BusinessException(problem, Rupiah.format(limits.maxActivityBudget()));
            });
        }
    }

    private static String number(int year, ProgrammeOwner owner) {
        return "PK-" + year + "-" + owner.kelurahanCode().replace(".", "") + "-" + owner.lembaga();
    }
}
