package id.musrenflow.proposal.internal;

import id.musrenflow.base.AuditTrail;
import id.musrenflow.base.BusinessException;
import id.musrenflow.proposal.CatalogueEntry;
import id.musrenflow.proposal.CatalogueImport;
import id.musrenflow.proposal.CatalogueItemDraft;
import id.musrenflow.proposal.CatalogueWorkbook;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Stores the checked lines of a catalogue workbook as the year's catalogue, in the caller's transaction: matched by
 * code, new codes added, known ones overwritten (the file's Aktif column included), and the year's items the file
 * no longer lists retired, never deleted, because usulan may point at them. Every item changed is audited.
 */
@Component
public class CatalogueImporter {

    /** Stored as the reason of items an import retires, in the language of the records. */
    public static final String RETIRE_REASON = "Tidak tercantum lagi di berkas Excel yang diunggah";

    private final CatalogueStore store;
    private final AuditTrail audit;

    CatalogueImporter(CatalogueStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    public CatalogueImport apply(int year, List<CatalogueWorkbook.Line> lines, String actor) {
        store.lockYear(year);
        Map<String, CatalogueEntry> before = store.entries(year).stream()
                .collect(Collectors.toMap(e -> e.item().code(), e -> e));
        int added = 0;
        int changed = 0;
        try {
            for (CatalogueWorkbook.Line line : lines) {
                CatalogueEntry existing = before.remove(line.item().code());
                String detail = CatalogueRules.describe(line.item()) + (line.active() ? "" : " (nonaktif)");
                if (existing == null) {
                    long id = store.insert(year, line.item());
                    if (!line.active()) {
                        store.setActive(id, 0, false, RETIRE_REASON);
                    }
                    audit.record(actor, "IMPOR_BUAT", CatalogueRules.AUDIT_OBJECT, year + "/" + line.item().code(),
                            detail);
                    added++;
                } else if (overwrite(existing, line)) {
                    audit.record(actor, "IMPOR_UBAH", CatalogueRules.AUDIT_OBJECT, CatalogueRules.auditId(existing),
                            detail);
                    changed++;
                }
            }
        } catch (DuplicateKeyException concurrent) {
            throw new BusinessException("kamus.error.diubah-bersamaan");
        }
        int retired = 0;
        for (CatalogueEntry missing : before.values()) {
            if (missing.active()) {
                store.setActive(missing.id(), missing.version(), false, RETIRE_REASON);
                audit.record(actor, "IMPOR_NONAKTIF", CatalogueRules.AUDIT_OBJECT, CatalogueRules.auditId(missing),
                        RETIRE_REASON);
                retired++;
            }
        }
        audit.record(actor, "IMPOR", CatalogueRules.AUDIT_OBJECT, String.valueOf(year),
                "ditambah " + added + ", diubah " + changed + ", dinonaktifkan " + retired);
        return new CatalogueImport(List.of(), added, changed, retired);
    }

    /** Takes a line over an existing item (the year is locked, so its version cannot move); false when equal. */
    private boolean overwrite(CatalogueEntry existing, CatalogueWorkbook.Line line) {
        boolean sameFields = CatalogueItemDraft.of(existing.item()).equals(line.item());
        if (sameFields && existing.active() == line.active()) {
            return false;
        }
        long version = existing.version();
        if (!sameFields) {
            store.update(existing.id(), version++, line.item());
        }
        if (existing.active() != line.active()) {
            store.setActive(existing.id(), version, line.active(), RETIRE_REASON);
        }
        return true;
    }
}
