package id.musrenflow.proposal;

import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.proposal.internal.CarryOverStore;
import id.musrenflow.proposal.internal.DraftRules;
import id.musrenflow.proposal.internal.PhotoRules;
import id.musrenflow.proposal.internal.ProposalAccess;
import id.musrenflow.proposal.internal.ProposalStore;
import id.musrenflow.proposal.process.UsulanProcessClient;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.TerritoryCodes;
import id.musrenflow.season.SeasonService;
import id.musrenflow.season.Stage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Usulan from draft to submission, their status history, and withdrawal; one transaction per user action. */
@Service
@Transactional(readOnly = true)
public class ProposalService {

    private final ProposalStore store;
    private final DraftRules rules;
    private final UserService users;
    private final UsulanProcessClient process;
    private final ApplicationEventPublisher events;
    private final RegionService regions;
    private final Clock clock;
    private final PhotoRules photos;
    private final SeasonService seasons;
    private final CarryOverStore carry;
    private final ProposalLimits limits;

    ProposalService(ProposalStore store, DraftRules rules, UserService users, @Lazy UsulanProcessClient process,
                    ApplicationEventPublisher events, RegionService regions, Clock clock, PhotoRules photos,
                    SeasonService seasons, CarryOverStore carry, ProposalLimits limits) {
        this.seasons = seasons;
        this.carry = carry;
        this.limits = limits;
        this.store = store;
        this.rules = rules;
        this.photos = photos;
        this.users = users;
        this.process = process;
        this.events = events;
        this.regions = regions;
        this.clock = clock;
    }

    public List<CatalogueItem> catalogue(int year) {
        return store.catalogue(year);
    }

    public Optional<ProposalSummary> find(long id) {
        return store.find(id);
    }

    public Optional<ProposalSummary> findByNumber(String number) {
        return store.findByNumber(number);
    }

    /** Several usulan at once by number (for the inbox that lists their tasks); unknown numbers are left out. */
    public List<ProposalSummary> summariesByNumbers(Collection<String> numbers) {
        return store.byNumbers(numbers);
    }

    /** Several usulan at once (for reports that list them), in id order; unknown ids are left out. */
    public List<ProposalSummary> summaries(Collection<Long> ids) {
        return store.byIds(ids);
    }

    public List<ProposalSummary> proposedBy(String username) {
        return store.byProposer(username);
    }

    /** Every stored field of the usulan; callers check the reader's territory (ProposalAccess) first. */
    public Optional<ProposalDetail> detail(long id) {
        return store.detail(id);
    }

    /**
     * The usulan if this user may read it: its proposer, or a position whose territory (or OPD) covers it. Anyone
     * else gets the same refusal as for an unknown id, so the refusal does not reveal that the usulan exists.
     */
    public ProposalDetail readable(long id, AuthenticatedUser user) {
        return store.detail(id)
                .filter(d -> ProposalAccess.mayRead(d.summary(), user.username(), user.positions()))
                .orElseThrow(() -> new BusinessException("usulan.error.tidak-dapat-dibuka"));
    }

    public List<Attachment> attachments(long id) {
        return store.attachments(id);
    }

    /** The bytes of an attachment of this usulan (its thumbnail when asked and available). */
    public Optional<byte[]> attachmentContent(long proposalId, long attachmentId, boolean thumbnail) {
        boolean belongs = store.attachments(proposalId).stream().anyMatch(a -> a.id() == attachmentId);
        return belongs ? store.attachmentBytes(attachmentId, thumbnail) : Optional.empty();
    }

    public List<StatusChange> history(long id) {
        return store.history(id);
    }

    /** Budget, dates and realisation the final OPD recorded after the RKPD, or the carry-over validity. */
    public ProposalExecution execution(long id) {
        return store.execution(id);
    }

    /** The public tracking view of an usulan by its number; empty for unknown numbers and unsubmitted drafts. */
    public Optional<PublicTracking> track(String number) {
        return store.findByNumber(number == null ? "" : number.strip())
                .filter(u -> u.status() != ProposalStatus.DRAFT)
                .map(u -> new PublicTracking(u.number(), u.displayTitle(), regions.describe(u.kelurahanCode()),
                        u.status(), store.history(u.id()).stream()
                        .filter(StatusChange::isStatusChange)
                        .map(c -> new PublicTracking.Step(c.at(), c.to(), c.reasonCode(), c.reason())).toList(),
                        store.execution(u.id())));
    }

    /** Stores a draft and gives it its permanent number, e.g. U-2027-3375011002-0042. */
    @Transactional
    public ProposalSummary createDraft(ProposalDraft draft, String actor) {
        rules.check(draft);
        Position position = proposingPosition(draft, actor);
        CatalogueItem item = catalogueItem(draft);
        BigDecimal cost = rules.cost(draft, item);
        int sequence = store.nextSequence(draft.year(), draft.kelurahanCode());
        String number = String.format("U-%d-%s-%04d", draft.year(), draft.kelurahanCode().replace(".", ""), sequence);
        LocalDateTime now = LocalDateTime.now(clock);
        long id = store.insert(number, draft, item, cost, actor, position.groupId(), now);
        store.addHistory(id, new StatusChange(now, actor, position.groupId(), null, ProposalStatus.DRAFT, null, null, null));
        return store.find(id).orElseThrow();
    }

    /** Submits a draft: checks it is complete, then starts its process in the same transaction. */
    @Transactional
    public ProposalSummary submit(long id, String actor) {
        ProposalSummary usulan = owned(id, actor);
        if (usulan.status() != ProposalStatus.DRAFT) {
            throw new BusinessException("usulan.error.bukan-draf");
        }
        checkReadyForSubmission(usulan);
        seasons.requireOpen(usulan.year(), Stage.USULAN);
        carry.setValidUntil(id, limits.validUntil(usulan.year()));
        Optional<String> carriedLevel = carry.carriedLevel(id);
        String instance = carriedLevel.isPresent() ? confirmCarried(usulan, carriedLevel.get(), actor)
                : process.start(usulan, originOf(usulan).needsRwReview(), actor);
        store.setProcessInstance(id, instance);
        events.publishEvent(new ProposalSubmitted(id, usulan.number(), actor));
        return store.find(id).orElseThrow();
    }

    /**
     * Saves the form and submits it in one transaction, so a refused submission leaves the stored usulan as it
     * was: {@code id} null creates the draft first, otherwise the draft is updated against {@code expectedVersion}.
     */
    @Transactional
    public ProposalSummary saveAndSubmit(Long id, ProposalDraft draft, long expectedVersion, String actor) {
        long saved = id == null ? createDraft(draft, actor).id() : updateDraft(id, draft, expectedVersion, actor).id();
        return submit(saved, actor);
    }

    /** Withdraws an usulan, allowed to its proposer until the musrenbang kelurahan has decided. */
    @Transactional
    public void withdraw(long id, String actor, String reason) {
        ProposalSummary usulan = owned(id, actor);
        if (usulan.status() == ProposalStatus.DRAFT && carry.carriedLevel(id).isPresent()) {
            withdrawCarried(usulan, actor, reason);
            return;
        }
        if (!usulan.status().withdrawable()) {
            throw new BusinessException("usulan.error.tidak-bisa-ditarik");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("umum.error.alasan-wajib");
        }
        process.withdraw(usulan.number(), actor, reason.strip());
    }

    /** Called by the process, inside the engine's transaction, whenever the usulan changes status. */
    @Transactional
    public void recordStatus(long id, ProposalStatus to, String actor, String reasonCode, String reason, String note) {
        ProposalSummary usulan = store.find(id).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        store.changeStatus(id, usulan.status(), to, now);
        if (usulan.status() == ProposalStatus.DRAFT) {
            store.markSubmitted(id, now);
        }
        if (usulan.status() == ProposalStatus.PERLU_REVISI && to != ProposalStatus.DIBATALKAN) {
            store.markRevised(id);
        }
        String position = users.activePositions(actor).stream().map(Position::groupId).findFirst().orElse(null);
        store.addHistory(id, new StatusChange(now, actor, position, usulan.status(), to, reasonCode, reason, note));
        events.publishEvent(new ProposalStatusChanged(id, usulan.number(), usulan.displayTitle(), usulan.proposer(),
                usulan.status(), to, actor, reasonCode, reason));
    }

    /**
     * Called by the process when the reminder of the usulan's open task fires: the timeline notes it (the status
     * stays) and the task's positions, or the proposer for their own revision, are told.
     */
    @Transactional
    public void recordTaskReminder(long id, String taskId, String stage, LocalDateTime due, Set<String> groups,
                                   String assignee) {
        ProposalSummary usulan = store.find(id).orElseThrow();
        TaskDeadline reminder = new TaskDeadline(TaskDeadline.Kind.PENGINGAT, stage, due, null);
        store.addHistory(id, StatusChange.of(LocalDateTime.now(clock), usulan.status(), reminder));
        events.publishEvent(new ProposalTaskDeadline(TaskDeadline.Kind.PENGINGAT, id, usulan.number(),
                usulan.displayTitle(), taskId, stage, due, groups, assignee, null));
    }

    /**
     * Called by the process when the usulan's open task has passed its due date and was offered to the position
     * above as well: the timeline notes it (the status stays) and both the task's positions and the new one are told.
     */
    @Transactional
    public void recordTaskEscalation(long id, String taskId, String stage, LocalDateTime due, Set<String> groups,
                                     String escalatedTo) {
        ProposalSummary usulan = store.find(id).orElseThrow();
        TaskDeadline escalation = new TaskDeadline(TaskDeadline.Kind.ESKALASI, stage, due, escalatedTo);
        store.addHistory(id, StatusChange.of(LocalDateTime.now(clock), usulan.status(), escalation));
        Set<String> told = new TreeSet<>(groups);
        told.add(escalatedTo);
        events.publishEvent(new ProposalTaskDeadline(TaskDeadline.Kind.ESKALASI, id, usulan.number(),
                usulan.displayTitle(), taskId, stage, due, told, null, escalatedTo));
    }

    /**
     * Called by the process when the kecamatan survey team finds the usulan feasible on site: the status stays
     * DITERUSKAN_KECAMATAN, the usulan now waits for the musrenbang kecamatan (the planners' funnel tells them apart).
     */
    @Transactional
    public void recordFieldVerified(long id) {
        store.markFieldVerified(id, LocalDateTime.now(clock));
    }

    /** Called by the process as the usulan enters a task: the due date the register's overdue filter reads. */
    @Transactional
    public void recordTaskDue(long id, LocalDateTime due) {
        store.setTaskDue(id, due);
    }

    /** The lowest rank no other live usulan of the same RW list holds: what the RW head's form suggests. */
    @Transactional(readOnly = true)
    public int nextFreeRwRank(long id) {
        java.util.Set<Integer> taken = new java.util.HashSet<>(store.rwRanksTaken(id));
        int rank = 1;
        while (taken.contains(rank)) {
            rank++;
        }
        return rank;
    }

    /** The RW head's rank for the usulan; ranks are unique within one RW list of one year. */
    @Transactional
    public void recordRwRank(long id, Integer rank) {
        if (rank != null) {
            store.rwRankHolder(id, rank).ifPresent(other -> {
                throw new BusinessException("usulan.error.peringkat-rw-ganda", rank, other);
            });
        }
        store.setRwRank(id, rank);
    }

    /** The OPD that verifies the usulan now (after a re-assignment; opd_awal keeps the first one). */
    @Transactional
    public void recordFinalOpd(long id, String opdCode) {
        store.setFinalOpd(id, opdCode);
    }

    /**
     * Changes the fields of a draft or of an usulan returned for revision; the number, year, origin and kelurahan
     * stay. {@code expectedVersion} is the version the form was loaded with: a change made meanwhile is refused.
     */
    @Transactional
    public ProposalSummary updateDraft(long id, ProposalDraft draft, long expectedVersion, String actor) {
        ProposalSummary usulan = owned(id, actor);
        editable(usulan);
        return update(usulan, draft, expectedVersion, actor);
    }

    @Transactional
    public ProposalSummary updateDraft(long id, ProposalDraft draft, String actor) {
        return updateDraft(id, draft, owned(id, actor).version(), actor);
    }

    /**
     * Stores the corrected fields of a returned usulan and completes the proposer's revision task, in one
     * transaction: the usulan goes back to the stage that returned it, marked "(Revisi)", with the same number.
     */
    @Transactional
    public ProposalSummary resubmitRevision(long id, ProposalDraft draft, long expectedVersion, String note,
                                            String actor) {
        ProposalSummary usulan = owned(id, actor);
        if (usulan.status() != ProposalStatus.PERLU_REVISI) {
            throw new BusinessException("usulan.revisi.error.bukan-revisi");
        }
        rules.checkRevisionNote(note);
        ProposalSummary updated = update(usulan, draft, expectedVersion, actor);
        checkReadyForSubmission(updated);
        process.completeRevision(updated.number(), updated.proposer(), note.strip(), actor);
        return store.find(id).orElseThrow();
    }

    @Transactional
    public ProposalSummary resubmitRevision(long id, ProposalDraft draft, String note, String actor) {
        return resubmitRevision(id, draft, owned(id, actor).version(), note, actor);
    }

    /** Adds a photo or scanned evidence: a real JPEG/PNG within the size limit, stored with its thumbnail. */
    @Transactional
    public void uploadImage(long id, AttachmentType type, String fileName, byte[] content, String actor) {
        editable(owned(id, actor));
        PhotoRules.Photo photo = photos.check(fileName, content);
        store.addAttachment(id, type.name(), photo.fileName(), photo.contentType(), photo.content(), photo.thumbnail(),
                actor, LocalDateTime.now(clock));
    }

    /** Removes an attachment while the proposer may still change the usulan. */
    @Transactional
    public void removeAttachment(long id, long attachmentId, String actor) {
        editable(owned(id, actor));
        if (store.removeAttachment(id, attachmentId) != 1) {
            throw new BusinessException("usulan.lampiran.error.tidak-ditemukan");
        }
    }

    @Transactional
    public void addAttachment(long id, AttachmentType type, String fileName, String contentType, byte[] content,
                              byte[] thumbnail, String actor) {
        owned(id, actor);
        store.addAttachment(id, type.name(), fileName, contentType, content, thumbnail, actor, LocalDateTime.now(clock));
    }

    private ProposalSummary update(ProposalSummary usulan, ProposalDraft draft, long expectedVersion, String actor) {
        ProposalDraft stored = store.detail(usulan.id()).orElseThrow().fields();
        ProposalDraft fixed = new ProposalDraft(stored.year(), stored.origin(), stored.kelurahanCode(), draft.rwCode(),
                draft.rtCodes(), draft.address(), draft.latitude(), draft.longitude(), draft.kind(), draft.field(),
                draft.catalogueItemId(), draft.title(), draft.problem(), draft.description(), draft.expectedOutput(),
                draft.beneficiaries(), draft.beneficiaryGroup(), draft.volume(), draft.unit(), draft.unitCost(),
                draft.cost(), draft.costReason(), draft.communityContribution(), draft.residentName(),
                draft.residentPhone());
        rules.check(fixed);
        proposingPosition(fixed, actor);
        CatalogueItem item = catalogueItem(fixed);
        BigDecimal cost = rules.cost(fixed, item);
        if (store.update(usulan.id(), expectedVersion, fixed, item, cost, LocalDateTime.now(clock)) != 1) {
            throw new BusinessException("usulan.error.diubah-bersamaan");
        }
        store.replaceRts(usulan.id(), fixed.rtCodes());
        return store.find(usulan.id()).orElseThrow();
    }

    private static void editable(ProposalSummary usulan) {
        if (!usulan.editable()) {
            throw new BusinessException("usulan.error.tidak-bisa-diubah");
        }
    }

    private void checkReadyForSubmission(ProposalSummary usulan) {
        if (usulan.kind() != ProposalKind.FISIK) {
            return;
        }
        if (store.photoCount(usulan.id(), AttachmentType.FOTO.name()) == 0) {
            throw new BusinessException("usulan.error.foto-wajib");
        }
        if (usulan.latitude() == null || usulan.longitude() == null) {
            throw new BusinessException("usulan.error.koordinat-wajib");
        }
        // the item as the proposer saved it, not as the catalogue reads today
        boolean landEvidence = store.proposedItem(usulan.id()).map(CatalogueItem::landEvidenceRequired).orElse(false);
        if (landEvidence && store.photoCount(usulan.id(), AttachmentType.BUKTI_LAHAN.name()) == 0) {
            throw new BusinessException("usulan.error.bukti-lahan-wajib");
        }
    }

    /** Usulan ke-n and the usulan it continues, when it was carried over from an earlier season. */
    public Optional<Lineage> lineage(long id) {
        return carry.lineage(id);
    }

    /** A carried-over draft the proposer does not want to continue: withdrawn with a reason, no process involved. */
    private void withdrawCarried(ProposalSummary usulan, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("umum.error.alasan-wajib");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        store.changeStatus(usulan.id(), ProposalStatus.DRAFT, ProposalStatus.DIBATALKAN, now);
        store.addHistory(usulan.id(), new StatusChange(now, actor, null, ProposalStatus.DRAFT,
                ProposalStatus.DIBATALKAN, null, reason.strip(), null));
    }

    /**
     * A carried-over usulan confirmed by its proposer re-enters the forum it had reached last season, with the
     * status an usulan waiting there has.
     */
    private String confirmCarried(ProposalSummary usulan, String level, String actor) {
        ProposalStatus waiting = "KECAMATAN".equals(level) ? ProposalStatus.DITERUSKAN_KECAMATAN
                : ProposalStatus.TERVERIFIKASI_KELURAHAN;
        LocalDateTime now = LocalDateTime.now(clock);
        store.changeStatus(usulan.id(), ProposalStatus.DRAFT, waiting, now);
        store.addHistory(usulan.id(), new StatusChange(now, actor, null, ProposalStatus.DRAFT, waiting,
                "DIKONFIRMASI_LANJUT", null, null));
        return process.startAtForum(usulan, level, actor);
    }

    private ProposalSummary owned(long id, String actor) {
        ProposalSummary usulan = store.find(id).orElseThrow(() -> new BusinessException("usulan.error.tidak-ditemukan"));
        if (usulan.status() == ProposalStatus.DIKUNCI || usulan.status() == ProposalStatus.KADALUARSA) {
            throw new BusinessException("usulan.error.dikunci", usulan.number());
        }
        if (!usulan.proposer().equals(actor)) {
            throw new BusinessException("usulan.error.bukan-milik-anda");
        }
        return usulan;
    }

    private ProposalOrigin originOf(ProposalSummary usulan) {
        return store.origin(usulan.id());
    }

    private CatalogueItem catalogueItem(ProposalDraft draft) {
        if (draft.catalogueItemId() == null) {
            return null;
        }
        return catalogue(draft.year()).stream().filter(c -> c.id() == draft.catalogueItemId()).findFirst()
                .orElseThrow(() -> new BusinessException("usulan.error.kamus-tidak-dikenal"));
    }

    /** The position in which the actor may propose for this territory, or a refusal. */
    private Position proposingPosition(ProposalDraft draft, String actor) {
        return users.activePositions(actor).stream()
                .filter(p -> mayPropose(p, draft))
                .findFirst()
                .orElseThrow(() -> new BusinessException("usulan.error.di-luar-wilayah"));
    }

    private static boolean mayPropose(Position p, ProposalDraft d) {
        return switch (d.origin()) {
            case RT -> p.type() == PositionType.KETUA_RT && d.rtCodes().contains(p.territoryCode());
            case RW -> p.type() == PositionType.KETUA_RW && p.territoryCode().equals(d.rwCode());
            case LKK -> p.type() == PositionType.PENGURUS_LKK && p.territoryCode().equals(d.kelurahanCode());
            case LANGSUNG -> p.type() == PositionType.LURAH && p.territoryCode().equals(d.kelurahanCode());
            case WARGA -> p.type() == PositionType.STAF_KELURAHAN && p.territoryCode().equals(d.kelurahanCode())
                    && d.residentName() != null && !d.residentName().isBlank();
            case POKIR -> p.type() == PositionType.DPRD && TerritoryCodes.contains(TerritoryCodes.KOTA_PEKALONGAN, d.kelurahanCode());
        };
    }

    /**
     * Usulan agreed for dana kelurahan in the kelurahan and year (alone or also forwarded to the kecamatan), by the
     * kelurahan forum's rank (unranked last).
     */
    @Transactional(readOnly = true)
    public List<KelurahanFunded> fundedByKelurahan(int year, String kelurahanCode) {
        return store.fundedByKelurahan(year, kelurahanCode);
    }
}
