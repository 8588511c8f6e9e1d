package id.musrenflow.region;

import id.musrenflow.base.AuditTrail;
import id.musrenflow.base.BusinessException;
import id.musrenflow.region.internal.RegionStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The region hierarchy of Kota Pekalongan: read by everyone, RW and RT maintained by administrators. */
@Service
@Transactional(readOnly = true)
public class RegionService {

    private final RegionStore store;
    private final List<RegionReferences> references;
    private final AuditTrail audit;

    RegionService(RegionStore store, List<RegionReferences> references, AuditTrail audit) {
        this.store = store;
        this.references = references;
        this.audit = audit;
    }

    public Optional<Territory> find(String code) {
        return store.find(code);
    }

    public Territory get(String code) {
        return find(code).orElseThrow(() -> new BusinessException("wilayah.error.tidak-ditemukan", code));
    }

    public List<Territory> byLevel(Level level) {
        return store.byLevel(level);
    }

    public List<Territory> children(String parentCode) {
        return store.children(parentCode);
    }

    /**
     * How many children each child of {@code parentCode} has (RTs per RW of a kelurahan), in one query instead of
     * one per row; children without children of their own are absent from the map.
     */
    public Map<String, Long> childCounts(String parentCode) {
        return store.childCounts(parentCode);
    }

    public long count(Level level) {
        return store.count(level);
    }

    /** "RT 003 / RW 002 Medono" for an RT, "Medono" for a kelurahan, and so on. */
    public String describe(String code) {
        return store.describe(code);
    }

    /** Adds an RW under a kelurahan or an RT under an RW; {@code number} null takes the next free number. */
    @Transactional
    public Territory addChild(String parentCode, Integer number, String label, String actor) {
        Territory parent = get(parentCode);
        if (parent.level() != Level.KELURAHAN && parent.level() != Level.RW) {
            throw new BusinessException("wilayah.error.hanya-rw-rt");
        }
        if (!parent.active()) {
            throw new BusinessException("wilayah.error.induk-nonaktif", parent.shortLabel());
        }
        int chosen = number != null ? number : store.nextNumber(parentCode);
        if (chosen < 1 || chosen > 999) {
            throw new BusinessException("wilayah.error.nomor-tidak-sah");
        }
        Territory created = store.create(parent, chosen, label);
        audit.record(actor, "TAMBAH", "WILAYAH", created.code(), created.shortLabel());
        return created;
    }

    @Transactional
    public Territory rename(String code, String newLabel, String actor) {
        String trimmed = newLabel == null ? "" : newLabel.strip();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw new BusinessException("wilayah.error.nama-tidak-sah");
        }
        Territory before = get(code);
        Territory after = store.rename(code, trimmed);
        audit.record(actor, "UBAH_NAMA", "WILAYAH", code, before.name() + " → " + trimmed);
        return after;
    }

    @Transactional
    public Territory setActive(String code, boolean active, String reason, String actor) {
        Territory territory = get(code);
        if (territory.level() != Level.RW && territory.level() != Level.RT) {
            throw new BusinessException("wilayah.error.hanya-rw-rt");
        }
        if (!active && (reason == null || reason.isBlank())) {
            throw new BusinessException("umum.error.alasan-wajib");
        }
        Territory result = store.setActive(code, active);
        audit.record(actor, active ? "AKTIFKAN" : "NONAKTIFKAN", "WILAYAH", code, reason);
        return result;
    }

    /** Deletes an RW or RT created by mistake; anything referenced or with children can only be deactivated. */
    @Transactional
    public void delete(String code, String actor) {
        Territory territory = get(code);
        if (territory.level() != Level.RW && territory.level() != Level.RT) {
            throw new BusinessException("wilayah.error.hanya-rw-rt");
        }
        if (!store.children(code).isEmpty() || references.stream().anyMatch(r -> r.isReferenced(code))) {
            throw new BusinessException("wilayah.error.masih-dirujuk", territory.shortLabel());
        }
        store.delete(code);
        audit.record(actor, "HAPUS", "WILAYAH", code, territory.shortLabel());
    }
}
