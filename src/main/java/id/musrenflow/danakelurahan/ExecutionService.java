package id.musrenflow.danakelurahan;

import id.musrenflow.base.BusinessException;
import id.musrenflow.danakelurahan.internal.ActivityAccess;
import id.musrenflow.danakelurahan.internal.ActivityStore;
import id.musrenflow.danakelurahan.internal.ActivityStore.ActivityRow;
import id.musrenflow.danakelurahan.internal.ActivityStore.StoredFile;
import id.musrenflow.danakelurahan.internal.FiguresStore;
import id.musrenflow.danakelurahan.internal.FileRules;
import id.musrenflow.danakelurahan.process.PelaksanaanKegiatanProcess;
import id.musrenflow.danakelurahan.process.PelaksanaanKegiatanProcessClient;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Execution of dana kelurahan activities (issue 4 point 4, processes/pelaksanaan-kegiatan-kelurahan.bpmn) as users
 * see and do it: the activity page (preparation, contract, progress reports, LPJ, handover) within the territory
 * rules, and the figures the budget board reads. The engine's own steps live in {@link ActivityLifecycle}.
 */
@Service
public class ExecutionService {

    private static final Set<ActivityStatus> REPORTING = Set.of(ActivityStatus.PELAKSANAAN,
            ActivityStatus.SELESAI_FISIK, ActivityStatus.LPJ_DIAJUKAN, ActivityStatus.LPJ_REVISI,
            ActivityStatus.LPJ_DIVERIFIKASI);

    private final FiguresStore figures;
    private final ActivityStore store;
    private final ActivityAccess access;
    private final FileRules files;
    private final PelaksanaanKegiatanProcessClient process;
    private final ActivityLifecycle lifecycle;
    private final UserService users;
    private final Clock clock;

    ExecutionService(FiguresStore figures, ActivityStore store, ActivityAccess access, FileRules files,
                     PelaksanaanKegiatanProcessClient process, ActivityLifecycle lifecycle, UserService users,
                     Clock clock) {
        this.figures = figures;
        this.store = store;
        this.access = access;
        this.files = files;
        this.process = process;
        this.lifecycle = lifecycle;
        this.users = users;
        this.clock = clock;
    }

    /**
     * One row per allocation of the kelurahan's year, in the order the allocations were made: DIRENCANAKAN with zero
     * money for an allocation without an activity yet (its plan not approved), otherwise the activity's figures.
     */
    @Transactional(readOnly = true)
    public List<ActivityFigures> figures(int year, String kelurahanCode) {
        return figures.figures(year, kelurahanCode);
    }

    /** The activities this user may see, newest year first (without documents and reports). */
    @Transactional(readOnly = true)
    public List<ActivityDetail> activities(AuthenticatedUser user) {
        ActivityAccess.Condition visible = access.visibleTo(user);
        return store.list(visible.sql(), visible.params()).stream()
                .map(a -> detail(a, store.stages(a.id()), List.of(), List.of(), List.of())).toList();
    }

    @Transactional(readOnly = true)
    public ActivityDetail activity(long id, AuthenticatedUser user) {
        ActivityRow a = readable(id, user);
        List<ActivityDocument> documents = store.documents(id);
        return detail(a, store.stages(id), store.teams(id), documents, store.reports(id, documents));
    }

    @Transactional(readOnly = true)
    public List<ActivityStatusChange> history(long id, AuthenticatedUser user) {
        readable(id, user);
        return store.history(id);
    }

    /** Largest document or photo accepted, in bytes (musrenflow.dana.maks-berkas). */
    public long maxFileBytes() {
        return files.maxBytes();
    }

    /** Task definition keys the activity waits at now, so its page offers the matching entry. */
    @Transactional(readOnly = true)
    public Set<String> openSteps(long id, AuthenticatedUser user) {
        return process.openTasks(readable(id, user).number());
    }

    /** Whether the user carries the activity out (may report, submit the LPJ), or is its kelurahan's staff. */
    @Transactional(readOnly = true)
    public boolean isImplementer(ActivityDetail activity, AuthenticatedUser user) {
        return user.groups().contains(activity.implementerGroup());
    }

    /** A stored document or photo, for those who may see its activity. */
    @Transactional(readOnly = true)
    public StoredDocument document(long documentId, AuthenticatedUser user) {
        StoredFile file = store.file(documentId).orElseThrow(() -> new BusinessException("kegiatan.error.tidak-ditemukan"));
        readable(file.activityId(), user);
        return new StoredDocument(file.fileName(), file.contentType(), file.content());
    }

    /** A stored file's name, type and content. */
    public record StoredDocument(String fileName, String contentType, byte[] content) {
    }

    /** The Pokmas of the kelurahan (organisation codes of POKMAS positions held today), for the Lurah's choice. */
    @Transactional(readOnly = true)
    public List<String> pokmasOf(String kelurahanCode) {
        return users.organisationsIn(PositionType.POKMAS, kelurahanCode);
    }

    /**
     * Swakelola preparation: the Pokmas's three teams with proposal and RAB (tipe IV), or the kelurahan's team and
     * RAB (tipe I). A document not sent again keeps the one sent before (after a return for revision).
     */
    @Transactional
    public ActivityDetail recordPreparation(long id, List<TeamMember> teams, UploadedFile proposal, UploadedFile rab,
                                            AuthenticatedUser user) {
        ActivityRow a = writable(id, user);
        boolean pokmas = a.mode() == ImplementationMode.SWAKELOLA_TIPE_IV;
        if (pokmas) {
            access.requireImplementer(a, user);
        } else {
            access.requireStaff(a, user);
        }
        String task = pokmas ? PelaksanaanKegiatanProcess.TASK_PERSIAPAN_POKMAS
                : PelaksanaanKegiatanProcess.TASK_PERSIAPAN_SWAKELOLA;
        if (!process.waitsAt(a.number(), task)) {
            throw new BusinessException("kegiatan.error.langkah-tidak-terbuka");
        }
        List<TeamMember> members = ActivityInput.teams(teams);
        if (pokmas ? !ActivityLifecycle.teamsComplete(members) : members.isEmpty()) {
            throw new BusinessException(pokmas ? "kegiatan.error.tim-lengkap" : "kegiatan.error.tim-kosong");
        }
        List<ActivityDocument> before = store.documents(id);
        if (pokmas) {
            requireFileOrEarlier(DocumentKind.PROPOSAL, proposal, before);
        }
        requireFileOrEarlier(DocumentKind.RAB, rab, before);
        LocalDateTime now = LocalDateTime.now(clock);
        store.replaceTeams(id, members);
        if (pokmas) {
            storeIfSent(a, DocumentKind.PROPOSAL, proposal, user, now);
        }
        storeIfSent(a, DocumentKind.RAB, rab, user, now);
        process.complete(a.number(), task, Map.of(), user.username());
        return activity(id, user);
    }

    /** The penyedia's contract: value within the budget, contract date before start before end. */
    @Transactional
    public ActivityDetail recordContract(long id, ProviderContract contract, UploadedFile document,
                                         AuthenticatedUser user) {
        ActivityRow a = writable(id, user);
        access.requireStaff(a, user);
        if (!process.waitsAt(a.number(), PelaksanaanKegiatanProcess.TASK_KONTRAK)) {
            throw new BusinessException("kegiatan.error.langkah-tidak-terbuka");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        ProviderContract checked = ActivityInput.contract(contract, a.contractForm(), a.budget(), now.toLocalDate());
        store.setContract(id, checked, now);
        if (document != null) {
            storeIfSent(a, DocumentKind.KONTRAK, document, user, now);
        }
        process.complete(a.number(), PelaksanaanKegiatanProcess.TASK_KONTRAK, Map.of(), user.username());
        return activity(id, user);
    }

    /**
     * A progress report by the implementer, any time during implementation: physical and financial % never go
     * backwards, financial not beyond what was released, 100 % physical needs a 100 % photo (then SELESAI_FISIK).
     */
    @Transactional
    public ActivityDetail report(long id, Integer physical, Integer financial, String note, List<TaggedPhoto> photos,
                                 AuthenticatedUser user) {
        ActivityRow a = writable(id, user);
        access.requireImplementer(a, user);
        if (!REPORTING.contains(a.status()) || has(id, DocumentKind.BAST)) {
            throw new BusinessException("kegiatan.error.laporan-tidak-diterima");
        }
        BigDecimal released = store.stages(id).stream().filter(ReleaseStage::isReleased).map(ReleaseStage::released)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<TaggedPhoto> sent = photos == null ? List.of() : photos;
        ActivityInput.progress(physical, financial, a.physicalPercent(), a.financialPercent(), released, a.budget());
        String text = ActivityInput.optionalText(note, "kegiatan.error.catatan");
        boolean finishedPhoto = sent.stream().anyMatch(p -> p.tag() == 100)
                || store.documents(id).stream().anyMatch(d -> d.kind() == DocumentKind.FOTO && Integer.valueOf(100).equals(d.tag()));
        if (physical == 100 && !finishedPhoto) {
            throw new BusinessException("kegiatan.error.foto-100-wajib");
        }
        sent.forEach(p -> {
            if (p.tag() != 0 && p.tag() != 50 && p.tag() != 100) {
                throw new BusinessException("kegiatan.error.tag-foto");
            }
            files.check(DocumentKind.FOTO, p.file());
        });
        LocalDateTime now = LocalDateTime.now(clock);
        long reportId = store.insertReport(id, physical, financial, text, user.username(), now);
        for (TaggedPhoto p : sent) {
            store.insertDocument(id, reportId, DocumentKind.FOTO, p.tag(), FileRules.safeName(p.file().fileName()),
                    files.check(DocumentKind.FOTO, p.file()).contentType(), p.file().content(), user.username(), now);
        }
        if (physical == 100 && a.status() == ActivityStatus.PELAKSANAAN) {
            lifecycle.move(a, ActivityStatus.SELESAI_FISIK, user.username(), null, text, now);
        }
        process.reportReceived(a.number());
        return activity(id, user);
    }

    /** The LPJ of the stage released last: realised within what was released, with its document. */
    @Transactional
    public ActivityDetail submitLpj(long id, BigDecimal realised, UploadedFile document, AuthenticatedUser user) {
        ActivityRow a = writable(id, user);
        access.requireImplementer(a, user);
        ReleaseStage stage = store.stages(id).stream()
                .filter(s -> s.isReleased() && s.lpjStatus() != LpjStatus.DIVERIFIKASI && s.lpjStatus() != LpjStatus.DIAJUKAN)
                .findFirst().orElseThrow(() -> new BusinessException("kegiatan.error.lpj-tidak-ditunggu"));
        if (!process.waitsAt(a.number(), PelaksanaanKegiatanProcess.TASK_LPJ)) {
            throw new BusinessException("kegiatan.error.langkah-tidak-terbuka");
        }
        ActivityInput.realised(realised, stage.released());
        files.check(DocumentKind.LPJ, document);
        LocalDateTime now = LocalDateTime.now(clock);
        long documentId = storeIfSent(a, DocumentKind.LPJ, document, user, now);
        store.submitLpj(id, stage.stage(), realised, documentId, user.username(), now);
        lifecycle.move(a, ActivityStatus.LPJ_DIAJUKAN, user.username(), null, "LPJ tahap " + stage.stage(), now);
        process.complete(a.number(), PelaksanaanKegiatanProcess.TASK_LPJ, Map.of(), user.username());
        return activity(id, user);
    }

    /** Handover (serah terima) with the BAST, once the physical work is 100 %; the Lurah closes afterwards. */
    @Transactional
    public ActivityDetail handover(long id, UploadedFile bast, String note, AuthenticatedUser user) {
        ActivityRow a = writable(id, user);
        access.requireStaff(a, user);
        if (!process.waitsAt(a.number(), PelaksanaanKegiatanProcess.TASK_SERAH_TERIMA)) {
            throw new BusinessException("kegiatan.error.langkah-tidak-terbuka");
        }
        if (a.physicalPercent() != 100) {
            throw new BusinessException("kegiatan.error.fisik-belum-100", a.physicalPercent());
        }
        String text = ActivityInput.optionalText(note, "kegiatan.error.catatan");
        files.check(DocumentKind.BAST, bast);
        LocalDateTime now = LocalDateTime.now(clock);
        storeIfSent(a, DocumentKind.BAST, bast, user, now);
        lifecycle.move(a, a.status(), user.username(), null, "Serah terima (BAST)" + (text == null ? "" : ": " + text), now);
        process.complete(a.number(), PelaksanaanKegiatanProcess.TASK_SERAH_TERIMA, Map.of(), user.username());
        return activity(id, user);
    }

    private ActivityRow readable(long id, AuthenticatedUser user) {
        ActivityRow a = store.find(id).orElseThrow(() -> new BusinessException("kegiatan.error.tidak-ditemukan"));
        access.requireReader(a, user);
        return a;
    }

    /** Locked for the change; refused after closing, and to those who may not even see it. */
    private ActivityRow writable(long id, AuthenticatedUser user) {
        ActivityRow a = lifecycle.locked(id);
        access.requireReader(a, user);
        if (a.status() == ActivityStatus.DITUTUP) {
            throw new BusinessException("kegiatan.error.ditutup", a.number());
        }
        return a;
    }

    private boolean has(long id, DocumentKind kind) {
        return store.documents(id).stream().anyMatch(d -> d.kind() == kind);
    }

    private void requireFileOrEarlier(DocumentKind kind, UploadedFile file, List<ActivityDocument> before) {
        if (file != null) {
            files.check(kind, file);
        } else if (before.stream().noneMatch(d -> d.kind() == kind)) {
            throw new BusinessException("kegiatan.error.berkas-kosong", kind.name());
        }
    }

    private long storeIfSent(ActivityRow a, DocumentKind kind, UploadedFile file, AuthenticatedUser user,
                             LocalDateTime now) {
        if (file == null) {
            return 0;
        }
        String type = files.check(kind, file).contentType();
        return store.insertDocument(a.id(), null, kind, null, FileRules.safeName(file.fileName()), type, file.content(),
                user.username(), now);
    }

    private static ActivityDetail detail(ActivityRow a, List<ReleaseStage> stages, List<TeamMember> teams,
                                         List<ActivityDocument> documents, List<ProgressReport> reports) {
        return new ActivityDetail(a.id(), a.number(), a.year(), a.kelurahanCode(), a.field(),
                a.subActivityCode() != null ? a.subActivityCode() : PlanCandidate.subActivityCode(a.field()),
                a.description(), a.budget(), a.proposalId(), a.status(), a.mode(), a.contractForm(), a.modeReason(),
                a.pokmasCode(), a.contract(), a.physicalPercent(), a.financialPercent(), stages, teams, documents,
                reports);
    }
}
