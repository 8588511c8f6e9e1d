package id.musrenflow.proposal;

import id.musrenflow.base.AuditTrail;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionType;
import id.musrenflow.proposal.internal.CatalogueImporter;
import id.musrenflow.proposal.internal.CatalogueRules;
import id.musrenflow.proposal.internal.CatalogueStore;
import id.musrenflow.reference.Opd;
import id.musrenflow.reference.OpdService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kamus usulan per planning year, kept by the Bappeda admin: copy a year into the next, add, edit, retire and
 * reactivate items, and exchange a whole year with Excel. Every change is checked against the OPD and Kemendagri
 * lists, refused when another admin changed the item meanwhile, and written to the audit trail. A year holds tens
 * to a few hundred items, so lists are read whole; nothing here needs paging.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    /** The audit trail's object type of catalogue items ("2027/PAVING") and copied years ("2027"). */
    public static final String AUDIT_OBJECT = CatalogueRules.AUDIT_OBJECT;
    static final String SYSTEM_ACTOR = "sistem";
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2999;

    private final CatalogueStore store;
    private final OpdService opds;
    private final AuditTrail audit;
    private final ProposalLimits limits;
    private final CatalogueImporter importer;

    CatalogueService(CatalogueStore store, OpdService opds, AuditTrail audit, ProposalLimits limits,
                     CatalogueImporter importer) {
        this.store = store;
        this.importer = importer;
        this.opds = opds;
        this.audit = audit;
        this.limits = limits;
    }

    /** Every item of the year, retired ones included, by code. */
    public List<CatalogueEntry> entries(int year) {
        return store.entries(year);
    }

    public Optional<CatalogueEntry> entry(long id) {
        return store.entry(id);
    }

    /** The years that have a catalogue, oldest first. */
    public List<Integer> years() {
        return store.years();
    }

    /** What items may refer to, read now. */
    public CatalogueReferences references() {
        return new CatalogueReferences(
                opds.list().stream().filter(Opd::active).map(Opd::code).collect(Collectors.toSet()),
                opds.fieldsOfGovernment().stream().filter(c -> "BIDANG_URUSAN".equals(c.kind()))
                        .map(c -> c.code()).collect(Collectors.toSet()),
                opds.kelurahanSubActivities().stream().filter(c -> "SUB_KEGIATAN".equals(c.kind()))
                        .map(c -> c.code()).collect(Collectors.toSet()),
                limits.maxCost());
    }

    public boolean mayManage(AuthenticatedUser user) {
        return user.hasRole(PositionType.BAPPEDA_ADMIN) || user.hasRole(PositionType.ADMIN_SISTEM);
    }

    /** Starts {@code to}'s catalogue from the active items of {@code from}; refused when {@code to} has one already. */
    @Transactional
    public int copyYear(int from, int to, AuthenticatedUser user) {
        requireAdmin(user);
        checkYear(from);
        checkYear(to);
        if (from == to) {
            throw new BusinessException("kamus.error.salin-tahun-sama");
        }
        return copy(from, to, user.username());
    }

    /**
     * Makes sure the year has a catalogue: when it has none, the active items of the nearest earlier year (else the
     * nearest later one) are copied. Returns how many were copied (0 when the year had one, or none exists at all).
     */
    @Transactional
    public int ensureYear(int year) {
        checkYear(year);
        if (store.count(year) > 0) {
            return 0;
        }
        return store.nearestYearWithItems(year).map(from -> copy(from, year, SYSTEM_ACTOR)).orElse(0);
    }

    @Transactional
    public CatalogueEntry add(int year, CatalogueItemDraft draft, AuthenticatedUser user) {
        requireAdmin(user);
        checkYear(year);
        CatalogueItemDraft item = checked(draft);
        if (store.byCode(year, item.code()).isPresent()) {
            throw codeTaken(item.code(), year);
        }
        long id;
        try {
            id = store.insert(year, item);
        } catch (DuplicateKeyException concurrent) {
            throw codeTaken(item.code(), year);
        }
        audit.record(user.username(), "BUAT", AUDIT_OBJECT, year + "/" + item.code(), CatalogueRules.describe(item));
        return store.entry(id).orElseThrow();
    }

    /**
     * Changes an item's fields (its code stays: it names the item across years). Usulan already proposed with it
     * keep their own copy of the item, so they are not affected.
     */
    @Transactional
    public CatalogueEntry edit(long id, long expectedVersion, CatalogueItemDraft draft, AuthenticatedUser user) {
        requireAdmin(user);
        CatalogueEntry current = existing(id);
        CatalogueItemDraft item = checked(draft);
        if (!item.code().equals(current.item().code())) {
            throw new CatalogueRejected(List.of(new CatalogueProblem(0, CatalogueColumn.KODE, "kamus.error.kode-tetap")));
        }
        if (store.update(id, expectedVersion, item) != 1) {
            throw new BusinessException("kamus.error.diubah-bersamaan");
        }
        audit.record(user.username(), "UBAH", AUDIT_OBJECT, CatalogueRules.auditId(current), CatalogueRules.describe(item));
        return store.entry(id).orElseThrow();
    }

    /** Stops offering the item to proposers; usulan that chose it keep it. */
    @Transactional
    public CatalogueEntry retire(long id, long expectedVersion, String reason, AuthenticatedUser user) {
        requireAdmin(user);
        CatalogueEntry current = existing(id);
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5 || why.length() > 500) {
            throw new BusinessException("kamus.error.alasan", 5, 500);
        }
        if (store.setActive(id, expectedVersion, false, why) != 1) {
            throw new BusinessException("kamus.error.diubah-bersamaan");
        }
        audit.record(user.username(), "NONAKTIF", AUDIT_OBJECT, CatalogueRules.auditId(current), why);
        return store.entry(id).orElseThrow();
    }

    @Transactional
    public CatalogueEntry reactivate(long id, long expectedVersion, AuthenticatedUser user) {
        requireAdmin(user);
        CatalogueEntry current = existing(id);
        if (store.setActive(id, expectedVersion, true, null) != 1) {
            throw new BusinessException("kamus.error.diubah-bersamaan");
        }
        audit.record(user.username(), "AKTIF", AUDIT_OBJECT, CatalogueRules.auditId(current), null);
        return store.entry(id).orElseThrow();
    }

    /** The year's catalogue as a workbook; {@code text} gives a message key's text in the user's language. */
    public byte[] exportWorkbook(int year, BiFunction<String, Object[], String> text) {
        Map<String, String> names = opds.list().stream().collect(Collectors.toMap(Opd::code, Opd::name));
        return CatalogueWorkbook.write(year, store.entries(year), code -> names.getOrDefault(code, code), text);
    }

    /**
     * Replaces the year's catalogue by a workbook, whole or not at all: every row is checked first and any problem
     * stores nothing. Otherwise items are matched by code: new codes are added, known ones take the file's fields
     * (and its Aktif column), and items of the year the file no longer lists are retired, never deleted.
     */
    @Transactional
    public CatalogueImport importWorkbook(int year, byte[] content, AuthenticatedUser user) {
        requireAdmin(user);
        checkYear(year);
        CatalogueWorkbook.Read read = CatalogueWorkbook.read(content, references());
        if (!read.problems().isEmpty()) {
            return CatalogueImport.refused(read.problems());
        }
        return importer.apply(year, read.lines(), user.username());
    }

    private int copy(int from, int to, String actor) {
        if (store.count(to) > 0) {
            throw new BusinessException("kamus.error.tahun-sudah-ada", String.valueOf(to));
        }
        int copied;
        try {
            copied = store.copyActive(from, to);
        } catch (DuplicateKeyException concurrent) {
            throw new BusinessException("kamus.error.tahun-sudah-ada", String.valueOf(to));
        }
        if (copied == 0) {
            throw new BusinessException("kamus.error.tahun-sumber-kosong", String.valueOf(from));
        }
        audit.record(actor, "SALIN", AUDIT_OBJECT, String.valueOf(to), "dari " + from + ": " + copied + " item");
        return copied;
    }

    private CatalogueItemDraft checked(CatalogueItemDraft draft) {
        CatalogueItemDraft item = CatalogueRules.normalise(draft);
        List<CatalogueProblem> problems = CatalogueRules.check(0, item, references());
        if (!problems.isEmpty()) {
            throw new CatalogueRejected(problems);
        }
        return item;
    }

    private CatalogueEntry existing(long id) {
        return store.entry(id).orElseThrow(() -> new BusinessException("kamus.error.tidak-ditemukan"));
    }

    private static CatalogueRejected codeTaken(String code, int year) {
        return new CatalogueRejected(List.of(new CatalogueProblem(0, CatalogueColumn.KODE, "kamus.error.kode-sudah-ada",
                code, String.valueOf(year))));
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new BusinessException("kamus.error.tahun", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
    }

    private void requireAdmin(AuthenticatedUser user) {
        if (!mayManage(user)) {
            throw new BusinessException("kamus.error.bukan-untuk-anda");
        }
    }
}
