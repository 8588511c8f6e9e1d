package id.musrenflow.danakelurahan;

import id.musrenflow.base.BusinessException;
import id.musrenflow.base.Rupiah;
import id.musrenflow.danakelurahan.internal.ActivityAccess;
import id.musrenflow.danakelurahan.internal.ActivityStore;
import id.musrenflow.danakelurahan.internal.ActivityStore.ActivityRow;
import id.musrenflow.danakelurahan.internal.PlanStore;
import id.musrenflow.danakelurahan.process.ImplementationModeDecider;
import id.musrenflow.danakelurahan.process.PelaksanaanKegiatanProcess;
import id.musrenflow.danakelurahan.process.PelaksanaanKegiatanProcessClient;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's side of an activity's life (processes/pelaksanaan-kegiatan-kelurahan.bpmn): activities created when
 * the plan is approved, the mode decided, releases, LPJ checks, closing, report reminders. Every status change writes
 * the history in the engine step's transaction. Rules are kept here, not only in the shape of the process.
 */
@Service
public class ActivityLifecycle {

    /** What the decision table chose and who carries the activity out now. */
    public record ModeChoice(ImplementationMode mode, String implementerGroup) {
    }

    private final ActivityStore store;
    private final PlanStore plans;
    private final ProposalService proposals;
    private final ImplementationModeDecider decider;
    private final PelaksanaanKegiatanProcessClient process;
    private final ExecutionSettings settings;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityLifecycle(ActivityStore store, PlanStore plans, ProposalService proposals, ImplementationModeDecider decider,
                      PelaksanaanKegiatanProcessClient process, ExecutionSettings settings, UserService users,
                      ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.plans = plans;
        this.proposals = proposals;
        this.decider = decider;
        this.process = process;
        this.settings = settings;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One activity per allocation of the approved plan (status DIANGGARKAN, stages from the configured split, the
     * last stage taking the rounding), its usulan DIANGGARKAN, and one execution instance each.
     */
    @Transactional
    public void startActivities(int year, String kelurahanCode, String approver) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (PlanItem item : plans.items(year, kelurahanCode)) {
            Long proposalId = item.source() == CandidateSource.USULAN ? item.candidateId() : null;
            String number = store.nextNumber(year, kelurahanCode);
            long id = store.insert(number, item.allocationId(), year, kelurahanCode, item.field(),
                    item.subActivityCode(), item.description(), item.amount(), proposalId, now);
            List<Integer> split = settings.tahapPencairan();
            BigDecimal rest = item.amount();
            for (int n = 1; n <= split.size(); n++) {
                BigDecimal amount = n == split.size() ? rest : item.amount().multiply(BigDecimal.valueOf(split.get(n - 1)))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
                rest = rest.subtract(amount);
                store.insertStage(id, n, split.get(n - 1), amount);
            }
            store.addHistory(id, new ActivityStatusChange(now, approver, positionOf(approver, kelurahanCode), null,
                    ActivityStatus.DIANGGARKAN, null, null, null));
            if (proposalId != null) {
                proposals.recordStatus(proposalId, ProposalStatus.DIANGGARKAN, approver, null, null, number);
            }
            process.start(new PelaksanaanKegiatanProcessClient.Start(id, number, kelurahanCode, split.size(),
                    settings.periodeLaporan(), settings.eskalasiLaporan(), approver));
        }
    }

    /** Asks the decision table; the Pokmas must be one of the kelurahan's, chosen when it is said to be capable. */
    @Transactional
    public ModeChoice decideMode(long id, String pokmasCode, boolean pokmasCapable, boolean lkkCapable,
                                 boolean training, String actor) {
        ActivityRow a = locked(id);
        String pokmas = pokmasCode == null || pokmasCode.isBlank() ? null : pokmasCode.strip();
        if (pokmas != null && !users.organisationsIn(PositionType.POKMAS, a.kelurahanCode()).contains(pokmas)) {
            throw new BusinessException("kegiatan.error.pokmas-tidak-dikenal", pokmas);
        }
        if (pokmasCapable && pokmas == null) {
            throw new BusinessException("kegiatan.error.pokmas-wajib");
        }
        ImplementationDecision decision = decider.decide(new ImplementationQuestion(a.year(),
                a.field() == FundField.SARANA_PRASARANA ? ActivityKind.FISIK : ActivityKind.NON_FISIK,
                a.budget().longValueExact(), pokmasCapable, lkkCapable, training));
        String assigned = decision.mode() == ImplementationMode.SWAKELOLA_TIPE_IV ? pokmas : null;
        store.setMode(id, decision.mode(), decision.contractForm(), decision.reason(), assigned, pokmasCapable,
                LocalDateTime.now(clock));
        return new ModeChoice(decision.mode(), ActivityAccess.implementerGroup(store.find(id).orElseThrow()));
    }

    /** A status change of the flow (preparation, procurement, LPJ checked, closed) with its history line. */
    @Transactional
    public void recordStep(long id, int stage, ActivityStatus to, String actor, String reason, String note) {
        ActivityRow a = locked(id);
        LocalDateTime now = LocalDateTime.now(clock);
        switch (to) {
            case LPJ_REVISI -> store.checkLpj(id, stage, LpjStatus.REVISI, actor, reason, now);
            case LPJ_DIVERIFIKASI -> store.checkLpj(id, stage, LpjStatus.DIVERIFIKASI, actor, null, now);
            case DITUTUP -> {
                if (a.proposalId() != null) {
                    proposals.recordStatus(a.proposalId(), ProposalStatus.SELESAI, actor, null, null, a.number());
                }
            }
            default -> {
            }
        }
        move(a, to, actor, to == ActivityStatus.LPJ_REVISI ? reason : null, note, now);
    }

    /** The kelurahan's verdict on a Pokmas's teams, proposal and RAB: a line in the history, a reason when returned. */
    @Transactional
    public void preparationChecked(long id, boolean accepted, String actor, String reason) {
        ActivityRow a = locked(id);
        store.addHistory(id, new ActivityStatusChange(LocalDateTime.now(clock), actor, positionOf(actor, a.kelurahanCode()),
                a.status(), a.status(), accepted ? "PERSIAPAN_DITERIMA" : "PERSIAPAN_REVISI", accepted ? null : reason,
                null));
    }

    /**
     * The Lurah (KPA) releases stage n: only after the preparation, once, and only when the LPJ of stage n-1 is
     * verified. The first release starts the implementation: the usulan becomes DALAM_PELAKSANAAN.
     */
    @Transactional
    public void release(long id, int stage, String actor, String note) {
        ActivityRow a = locked(id);
        List<ReleaseStage> stages = store.stages(id);
        if (a.mode() == null || a.status() == ActivityStatus.DIANGGARKAN || a.status() == ActivityStatus.DITUTUP) {
            throw new BusinessException("kegiatan.error.pencairan-belum-siap");
        }
        if (stage < 1 || stage > stages.size() || stages.get(stage - 1).isReleased()) {
            throw new BusinessException("kegiatan.error.tahap-sudah-dicairkan", stage);
        }
        if (stage > 1 && stages.get(stage - 2).lpjStatus() != LpjStatus.DIVERIFIKASI) {
            throw new BusinessException("kegiatan.error.lpj-belum-diverifikasi", stage - 1, stage);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        BigDecimal amount = stages.get(stage - 1).amount();
        store.release(id, stage, amount, actor, now);
        if (stage == 1 && a.proposalId() != null) {
            proposals.recordStatus(a.proposalId(), ProposalStatus.DALAM_PELAKSANAAN, actor, null, null, a.number());
        }
        ActivityStatus to = a.physicalPercent() == 100 ? ActivityStatus.SELESAI_FISIK : ActivityStatus.PELAKSANAAN;
        move(a, to, actor, null, "Pencairan tahap " + stage + ": " + Rupiah.format(amount)
                + (note == null || note.isBlank() ? "" : " (" + note.strip() + ")"), now);
    }

    /** Completing a page-filled task from the inbox is accepted only once its page has recorded what it asks for. */
    @Transactional(readOnly = true)
    public void requireRecorded(long id, int stage, String taskKey) {
        ActivityRow a = store.find(id).orElseThrow();
        List<ActivityDocument> documents = store.documents(id);
        boolean done = switch (taskKey) {
            case PelaksanaanKegiatanProcess.TASK_PERSIAPAN_POKMAS -> teamsComplete(store.teams(id))
                    && has(documents, DocumentKind.PROPOSAL) && has(documents, DocumentKind.RAB);
            case PelaksanaanKegiatanProcess.TASK_PERSIAPAN_SWAKELOLA -> !store.teams(id).isEmpty()
                    && has(documents, DocumentKind.RAB);
            case PelaksanaanKegiatanProcess.TASK_KONTRAK -> a.contract() != null;
            case PelaksanaanKegiatanProcess.TASK_LPJ -> store.stages(id).get(stage - 1).lpjStatus() == LpjStatus.DIAJUKAN;
            case PelaksanaanKegiatanProcess.TASK_SERAH_TERIMA -> a.physicalPercent() == 100
                    && has(documents, DocumentKind.BAST);
            default -> true;
        };
        if (!done) {
            throw new BusinessException("kegiatan.error.isi-di-halaman-kegiatan", a.number());
        }
    }

    /** A period passed without a progress report: the implementer is reminded. */
    @Transactional
    public void remindReport(long id) {
        ActivityRow a = store.find(id).orElseThrow();
        events.publishEvent(new ActivityNotice("kegiatan.notifikasi.pengingat-laporan",
                List.of(a.number(), a.description()), Set.of(ActivityAccess.implementerGroup(a)),
                "kegiatan-kelurahan/" + id));
    }

    /** Still no report after the escalation delay: the Lurah and the Camat are told. */
    @Transactional
    public void escalateReport(long id) {
        ActivityRow a = store.find(id).orElseThrow();
        events.publishEvent(new ActivityNotice("kegiatan.notifikasi.eskalasi-laporan",
                List.of(a.number(), a.description()),
                Set.of("lurah:" + a.kelurahanCode(), "camat:" + ActivityAccess.kecamatanOf(a.kelurahanCode())),
                "kegiatan-kelurahan/" + id));
    }

    static boolean teamsComplete(List<TeamMember> members) {
        for (Team team : Team.values()) {
            if (members.stream().noneMatch(m -> m.team() == team)) {
                return false;
            }
        }
        return true;
    }

    private static boolean has(List<ActivityDocument> documents, DocumentKind kind) {
        return documents.stream().anyMatch(d -> d.kind() == kind);
    }

    ActivityRow locked(long id) {
        return store.lock(id).orElseThrow(() -> new BusinessException("kegiatan.error.tidak-ditemukan"));
    }

    /** Moves the status (the same status again is only a history line) and writes who, where and why. */
    void move(ActivityRow a, ActivityStatus to, String actor, String reason, String note, LocalDateTime now) {
        if (a.status() != to) {
            store.changeStatus(a.id(), a.status(), to, now);
        }
        store.addHistory(a.id(), new ActivityStatusChange(now, actor, positionOf(actor, a.kelurahanCode()), a.status(),
                to, null, reason, note));
    }

    /** The actor's position that concerns this kelurahan (Lurah, staff, Pokmas, Camat), else their first one. */
    String positionOf(String actor, String kelurahanCode) {
        List<String> groups = users.activePositions(actor).stream().map(Position::groupId).toList();
        String kecamatan = ActivityAccess.kecamatanOf(kelurahanCode);
        return groups.stream().filter(g -> g.endsWith(":" + kelurahanCode) || g.contains(":" + kelurahanCode + ":")
                        || g.equals("camat:" + kecamatan) || g.equals("staf-kecamatan:" + kecamatan))
                .findFirst().orElse(groups.isEmpty() ? null : groups.get(0));
    }
}
