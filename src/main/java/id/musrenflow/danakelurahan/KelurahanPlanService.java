package id.musrenflow.danakelurahan;

import id.musrenflow.base.BusinessException;
import id.musrenflow.base.Rupiah;
import id.musrenflow.danakelurahan.internal.PaguStore;
import id.musrenflow.danakelurahan.internal.PlanStore;
import id.musrenflow.danakelurahan.internal.PlanStore.PlanRow;
import id.musrenflow.danakelurahan.process.AlokasiDanaKelurahanProcessClient;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.proposal.KelurahanFunded;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Rencana Kegiatan Kelurahan (issue 4): the Lurah chooses activities from the candidates within the pagu, the
 * Camat approves or returns it (processes/alokasi-dana-kelurahan.bpmn), an approved plan is locked. Every change
 * locks the pagu row first (as {@link PaguService} does), so the sum never passes the pagu under concurrent edits.
 */
@Service
public class KelurahanPlanService {

    private final PlanStore store;
    private final PaguStore pagu;
    private final PaguService paguService;
    private final ProposalService proposals;
    private final AlokasiDanaKelurahanProcessClient process;
    private final UserService users;
    private final ActivityLifecycle activities;
    private final Clock clock;

    KelurahanPlanService(PlanStore store, PaguStore pagu, PaguService paguService, ProposalService proposals,
                         AlokasiDanaKelurahanProcessClient process, UserService users, ActivityLifecycle activities,
                         Clock clock) {
        this.store = store;
        this.pagu = pagu;
        this.paguService = paguService;
        this.proposals = proposals;
        this.process = process;
        this.users = users;
        this.activities = activities;
        this.clock = clock;
    }

    /**
     * Usulan agreed for dana kelurahan (by the forum's rank; FISIK is sarana-prasarana, NON_FISIK pemberdayaan),
     * then accepted LKK activities (pemberdayaan) in the order their programmes were accepted.
     */
    @Transactional(readOnly = true)
    public List<PlanCandidate> candidates(int year, String kelurahanCode) {
        List<PlanCandidate> all = new ArrayList<>();
        for (KelurahanFunded u : proposals.fundedByKelurahan(year, kelurahanCode)) {
            all.add(new PlanCandidate(CandidateSource.USULAN, u.id(), u.number(), u.title(),
                    u.kind() == ProposalKind.FISIK ? FundField.SARANA_PRASARANA : FundField.PEMBERDAYAAN, u.cost(),
                    u.kelurahanRank()));
        }
        all.addAll(store.acceptedLkkActivities(year, kelurahanCode));
        return all;
    }

    /** Fills the pagu (less what is allocated outside the plan) in priority order, skipping what no longer fits. */
    @Transactional(readOnly = true)
    public List<PlanCandidate> suggestion(int year, String kelurahanCode) {
        BigDecimal remaining = pagu.pagu(year, kelurahanCode).orElse(BigDecimal.ZERO)
                .subtract(store.unplannedAllocations(year, kelurahanCode));
        List<PlanCandidate> chosen = new ArrayList<>();
        for (PlanCandidate c : candidates(year, kelurahanCode)) {
            if (c.cost().signum() > 0 && c.cost().compareTo(remaining) <= 0) {
                chosen.add(c);
                remaining = remaining.subtract(c.cost());
            }
        }
        return chosen;
    }

    /** The plan as the kelurahan, the kecamatan and the Bappeda admin see it; empty before its first save. */
    @Transactional(readOnly = true)
    public Optional<KelurahanPlan> plan(int year, String kelurahanCode, AuthenticatedUser user) {
        requireReader(kelurahanCode, user);
        return store.find(year, kelurahanCode).map(this::withItems);
    }

    @Transactional(readOnly = true)
    public List<PlanStatusChange> history(int year, String kelurahanCode, AuthenticatedUser user) {
        requireReader(kelurahanCode, user);
        return store.history(year, kelurahanCode);
    }

    /**
     * The Lurah's choice replaces the plan's allocations. A choice other than the suggestion needs a reason; the
     * sum with the allocations outside the plan never passes the pagu.
     *
     * @param expectedVersion the version the Lurah read; null for a plan not saved yet
     */
    @Transactional
    public KelurahanPlan compose(int year, String kelurahanCode, Integer expectedVersion, List<CandidateRef> chosen,
                                 String overrideReason, AuthenticatedUser user) {
        requireLurah(kelurahanCode, user);
        BigDecimal limit = pagu.lockPagu(year, kelurahanCode)
                .orElseThrow(() -> new BusinessException("dana.pagu.error.belum-ada"));
        Optional<PlanRow> existing = store.find(year, kelurahanCode);
        existing.ifPresent(row -> requireEditable(row.status()));
        if (existing.isPresent() && !Integer.valueOf(existing.get().version()).equals(expectedVersion)) {
            throw new BusinessException("dana.rkk.error.diubah-bersamaan");
        }
        Map<CandidateRef, PlanCandidate> known = candidates(year, kelurahanCode).stream()
                .collect(Collectors.toMap(PlanCandidate::ref, Function.identity(), (a, b) -> a));
        Set<CandidateRef> choice = new LinkedHashSet<>(chosen);
        List<PlanCandidate> items = new ArrayList<>();
        for (CandidateRef ref : choice) {
            PlanCandidate candidate = known.get(ref);
            if (candidate == null) {
                throw new BusinessException("dana.rkk.error.kandidat-tidak-dikenal");
            }
            items.add(candidate);
        }
        Set<CandidateRef> suggested = suggestion(year, kelurahanCode).stream().map(PlanCandidate::ref)
                .collect(Collectors.toSet());
        String reason = null;
        if (!suggested.equals(choice)) {
            reason = overrideReason == null ? "" : overrideReason.strip();
            if (reason.length() < 10 || reason.length() > 1000 || reason.contains("<") || reason.contains(">")) {
                throw new BusinessException("dana.rkk.error.alasan-penyesuaian");
            }
        }
        store.deleteItems(year, kelurahanCode);
        BigDecimal outside = store.unplannedAllocations(year, kelurahanCode);
        BigDecimal total = items.stream().map(PlanCandidate::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (outside.add(total).compareTo(limit) > 0) {
            throw new BusinessException("dana.pagu.error.melebihi", Rupiah.format(limit.subtract(outside)));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (PlanCandidate item : items) {
            store.insertItem(year, kelurahanCode, item, user.username(), now);
        }
        if (existing.isEmpty()) {
            try {
                store.insert(year, kelurahanCode, KelurahanPlan.number(year, kelurahanCode), reason, user.username(),
                        now);
            } catch (DuplicateKeyException e) {
                throw new BusinessException("dana.rkk.error.diubah-bersamaan");
            }
            store.addHistory(year, kelurahanCode, new PlanStatusChange(now, user.username(), "lurah:" + kelurahanCode,
                    null, PlanStatus.DRAFT, null, null, null));
        } else {
            try {
                store.update(year, kelurahanCode, expectedVersion, reason, user.username(), now);
            } catch (OptimisticLockingFailureException e) {
                throw new BusinessException("dana.rkk.error.diubah-bersamaan");
            }
        }
        return withItems(store.find(year, kelurahanCode).orElseThrow());
    }

    /**
     * Sends the plan to the Camat: a draft starts the approval, a returned plan (with a note of what changed)
     * completes the Lurah's repair task.
     */
    @Transactional
    public KelurahanPlan submit(int year, String kelurahanCode, String note, AuthenticatedUser user) {
        requireLurah(kelurahanCode, user);
        pagu.lockPagu(year, kelurahanCode).orElseThrow(() -> new BusinessException("dana.pagu.error.belum-ada"));
        PlanRow row = store.find(year, kelurahanCode).orElseThrow(() -> new BusinessException("dana.rkk.error.kosong"));
        requireEditable(row.status());
        KelurahanPlan plan = withItems(row);
        if (plan.items().isEmpty()) {
            throw new BusinessException("dana.rkk.error.kosong");
        }
        if (row.status() == PlanStatus.DIKEMBALIKAN) {
            String text = note == null ? "" : note.strip();
            if (text.length() < 5 || text.length() > 1000 || text.contains("<") || text.contains(">")) {
                throw new BusinessException("dana.rkk.error.catatan");
            }
            process.completeRepair(plan.number(), text, user.username());
        } else {
            store.setSubmitter(year, kelurahanCode, user.username());
            process.start(plan, user.username());
        }
        return withItems(store.find(year, kelurahanCode).orElseThrow());
    }

    /** The Lurah's choice saved and sent to the Camat in one transaction (the screen's "Ajukan"). */
    @Transactional
    public KelurahanPlan submit(int year, String kelurahanCode, Integer expectedVersion, List<CandidateRef> chosen,
                                String overrideReason, String note, AuthenticatedUser user) {
        compose(year, kelurahanCode, expectedVersion, chosen, overrideReason, user);
        return submit(year, kelurahanCode, note, user);
    }

    /**
     * Moves the status and writes the history in the engine step's transaction (listener ubahStatusRkk); approval
     * creates the plan's activities and starts their execution in that same transaction.
     */
    @Transactional
    public void recordStatus(int year, String kelurahanCode, PlanStatus to, String actor, String reasonCode,
                             String reason, String note) {
        PlanRow row = store.find(year, kelurahanCode).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        store.changeStatus(year, kelurahanCode, row.status(), to, now);
        List<String> groups = users.activePositions(actor).stream().map(Position::groupId).toList();
        String position = List.of("lurah:" + kelurahanCode, AlokasiDanaKelurahanProcessClient.camatGroup(kelurahanCode))
                .stream().filter(groups::contains).findFirst().orElse(groups.isEmpty() ? null : groups.get(0));
        store.addHistory(year, kelurahanCode, new PlanStatusChange(now, actor, position, row.status(), to, reasonCode,
                reason, note));
        if (to == PlanStatus.DISETUJUI) {
            activities.startActivities(year, kelurahanCode, actor);
        }
    }

    private KelurahanPlan withItems(PlanRow row) {
        return new KelurahanPlan(row.year(), row.kelurahanCode(), row.number(), row.status(), row.submitter(),
                row.overrideReason(), row.version(), store.items(row.year(), row.kelurahanCode()),
                paguService.summary(row.year(), row.kelurahanCode()));
    }

    private static void requireEditable(PlanStatus status) {
        if (status == PlanStatus.DISETUJUI) {
            throw new BusinessException("dana.rkk.error.terkunci");
        }
        if (!status.editable()) {
            throw new BusinessException("dana.rkk.error.sedang-diajukan");
        }
    }

    private static void requireLurah(String kelurahanCode, AuthenticatedUser user) {
        if (kelurahanCode == null || !user.groups().contains("lurah:" + kelurahanCode)) {
            throw new BusinessException("dana.rkk.error.bukan-untuk-anda");
        }
    }

    private static void requireReader(String kelurahanCode, AuthenticatedUser user) {
        String kecamatan = kelurahanCode.substring(0, kelurahanCode.lastIndexOf('.'));
        if (!user.groups().contains("lurah:" + kelurahanCode) && !user.groups().contains("staf-kelurahan:" + kelurahanCode)
                && !user.groups().contains("camat:" + kecamatan) && !user.groups().contains("staf-kecamatan:" + kecamatan)
                && !user.hasRole(PositionType.BAPPEDA_ADMIN)) {
            throw new BusinessException("dana.rkk.error.bukan-untuk-anda");
        }
    }
}
