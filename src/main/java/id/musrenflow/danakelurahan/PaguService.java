package id.musrenflow.danakelurahan;

import id.musrenflow.base.BusinessException;
import id.musrenflow.base.Rupiah;
import id.musrenflow.danakelurahan.internal.PaguStore;
import id.musrenflow.danakelurahan.internal.PlanStore;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionType;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicative pagu of dana kelurahan per kelurahan and year, and the allocations within it: the sum of the
 * allocations never exceeds the pagu (PP 17/2018 art. 30), also when several officials edit at once. Every change
 * locks the pagu row first, so the sum it checks cannot move before the transaction commits.
 */
@Service
public class PaguService {

    private final PaguStore store;
    private final PlanStore plans;
    private final Clock clock;
    private final DanaLimits limits;
    private final RegionService regions;

    PaguService(PaguStore store, PlanStore plans, Clock clock, DanaLimits limits, RegionService regions) {
        this.limits = limits;
        this.regions = regions;
        this.store = store;
        this.plans = plans;
        this.clock = clock;
    }

    /** Bappeda admin sets (or corrects) the pagu; never below what is already allocated. */
    @Transactional
    public PaguSummary setPagu(int year, String kelurahanCode, BigDecimal pagu, AuthenticatedUser user) {
        requireAdmin(user);
        if (!validPagu(pagu)) {
            throw new BusinessException("dana.pagu.error.nilai", Rupiah.format(limits.maxPagu()));
        }
        if (store.lockPagu(year, kelurahanCode).isEmpty()) {
            insert(year, kelurahanCode, pagu, user);
        } else {
            BigDecimal allocated = store.allocated(year, kelurahanCode, null);
            if (allocated.compareTo(pagu) > 0) {
                throw new BusinessException("dana.pagu.error.di-bawah-alokasi", Rupiah.format(allocated));
            }
            store.updatePagu(year, kelurahanCode, pagu, user.username(), LocalDateTime.now(clock));
        }
        return summary(year, kelurahanCode);
    }

    /**
     * The pagu of many kelurahan at once, as read from the budget office's workbook: every row is checked first
     * (a kelurahan of the city, listed once, a whole Rupiah within the cap, not below what is allocated) and only
     * when none has a problem are they all stored. The problems, by row, otherwise; nothing is stored then.
     */
    @Transactional
    public List<ImportProblem> importPagu(int year, List<PaguRow> rows, AuthenticatedUser user) {
        requireAdmin(user);
        if (rows.isEmpty()) {
            return List.of(new ImportProblem(0, "dana.pagu.impor.error.kosong"));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> existing = new HashSet<>();
        for (PaguRow row : rows) {
            boolean kelurahan = regions.find(row.kelurahanCode())
                    .filter(t -> t.level() == Level.KELURAHAN && t.active()).isPresent();
            Integer earlier = seen.putIfAbsent(row.kelurahanCode(), row.row());
            if (!kelurahan) {
                problems.add(new ImportProblem(row.row(), "dana.pagu.impor.error.kode", row.row(), row.kelurahanCode()));
            } else if (earlier != null) {
                problems.add(new ImportProblem(row.row(), "dana.pagu.impor.error.ganda", row.row(),
                        row.kelurahanCode(), earlier));
            } else if (!validPagu(row.pagu())) {
                problems.add(new ImportProblem(row.row(), "dana.pagu.impor.error.rentang", row.row(),
                        Rupiah.format(row.pagu()), Rupiah.format(limits.maxPagu())));
            } else if (store.lockPagu(year, row.kelurahanCode()).isPresent()) {
                existing.add(row.kelurahanCode());
                BigDecimal allocated = store.allocated(year, row.kelurahanCode(), null);
                if (allocated.compareTo(row.pagu()) > 0) {
                    problems.add(new ImportProblem(row.row(), "dana.pagu.impor.error.di-bawah-alokasi", row.row(),
                            Rupiah.format(allocated)));
                }
            }
        }
        if (problems.isEmpty()) {
            for (PaguRow row : rows) {
                if (existing.contains(row.kelurahanCode())) {
                    store.updatePagu(year, row.kelurahanCode(), row.pagu(), user.username(), LocalDateTime.now(clock));
                } else {
                    insert(year, row.kelurahanCode(), row.pagu(), user);
                }
            }
        }
        return problems;
    }

    /** Sets money aside for one activity, refused when it would pass the pagu. */
    @Transactional
    public Allocation allocate(int year, String kelurahanCode, FundField field, String description, BigDecimal amount,
                               AuthenticatedUser user) {
        requireAllocator(kelurahanCode, user);
        String text = description == null ? "" : description.strip();
        if (text.length() < 3 || text.length() > 300 || text.contains("<") || text.contains(">") || field == null) {
            throw new BusinessException("dana.alokasi.error.uraian");
        }
        BigDecimal pagu = lockedPagu(year, kelurahanCode);
        requireOpenPlan(year, kelurahanCode);
        checkWithin(pagu, store.allocated(year, kelurahanCode, null), amount);
        long id = store.insertAllocation(year, kelurahanCode, field, text, amount, user.username(),
                LocalDateTime.now(clock));
        return store.allocation(id).orElseThrow();
    }

    /** Changes an allocation's amount; refused when it would pass the pagu or someone changed it meanwhile. */
    @Transactional
    public Allocation changeAllocation(long id, int expectedVersion, BigDecimal amount, AuthenticatedUser user) {
        Allocation current = store.allocation(id).orElseThrow(() -> new BusinessException("dana.alokasi.error.tidak-ada"));
        requireAllocator(current.kelurahanCode(), user);
        BigDecimal pagu = lockedPagu(current.year(), current.kelurahanCode());
        requireOpenPlan(current.year(), current.kelurahanCode());
        checkWithin(pagu, store.allocated(current.year(), current.kelurahanCode(), id), amount);
        if (store.updateAllocation(id, amount, expectedVersion) != 1) {
            throw new BusinessException("dana.pagu.error.diubah-bersamaan");
        }
        return store.allocation(id).orElseThrow();
    }

    /** Every active kelurahan of the city with its kecamatan and the year's pagu (null when none yet). */
    @Transactional(readOnly = true)
    public List<PaguWorkbook.TemplateRow> templateRows(int year) {
        List<PaguWorkbook.TemplateRow> rows = new ArrayList<>();
        for (Territory kecamatan : regions.byLevel(Level.KECAMATAN)) {
            for (Territory kelurahan : regions.children(kecamatan.code())) {
                if (kelurahan.active()) {
                    rows.add(new PaguWorkbook.TemplateRow(kelurahan.code(), kelurahan.name(), kecamatan.name(),
                            store.pagu(year, kelurahan.code()).orElse(null)));
                }
            }
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public PaguSummary summary(int year, String kelurahanCode) {
        return new PaguSummary(year, kelurahanCode, store.pagu(year, kelurahanCode).orElse(BigDecimal.ZERO),
                store.allocated(year, kelurahanCode, null));
    }

    @Transactional(readOnly = true)
    public List<Allocation> allocations(int year, String kelurahanCode) {
        return store.allocations(year, kelurahanCode);
    }

    private void insert(int year, String kelurahanCode, BigDecimal pagu, AuthenticatedUser user) {
        try {
            store.insertPagu(year, kelurahanCode, pagu, user.username(), LocalDateTime.now(clock));
        } catch (DuplicateKeyException concurrent) {
            throw new BusinessException("dana.pagu.error.diubah-bersamaan");
        }
    }

    private boolean validPagu(BigDecimal pagu) {
        return pagu != null && pagu.signum() >= 0 && pagu.compareTo(limits.maxPagu()) <= 0 && pagu.scale() <= 0;
    }

    private static void requireAdmin(AuthenticatedUser user) {
        if (!user.hasRole(PositionType.BAPPEDA_ADMIN)) {
            throw new BusinessException("dana.pagu.error.bukan-untuk-anda");
        }
    }

    private BigDecimal lockedPagu(int year, String kelurahanCode) {
        return store.lockPagu(year, kelurahanCode).orElseThrow(() -> new BusinessException("dana.pagu.error.belum-ada"));
    }

    /** Once the Camat approved the Rencana Kegiatan Kelurahan (or while it is before him) nothing moves. */
    private void requireOpenPlan(int year, String kelurahanCode) {
        plans.find(year, kelurahanCode).map(PlanStore.PlanRow::status).ifPresent(status -> {
            if (status == PlanStatus.DISETUJUI) {
                throw new BusinessException("dana.rkk.error.terkunci");
            }
            if (!status.editable()) {
                throw new BusinessException("dana.rkk.error.sedang-diajukan");
            }
        });
    }

    private static void checkWithin(BigDecimal pagu, BigDecimal allocatedOthers, BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.scale() > 0) {
            throw new BusinessException("dana.alokasi.error.nilai");
        }
        if (allocatedOthers.add(amount).compareTo(pagu) > 0) {
            throw new BusinessException("dana.pagu.error.melebihi", Rupiah.format(pagu.subtract(allocatedOthers)));
        }
    }

    /** The Lurah (KPA) and kelurahan staff of that kelurahan, or the Bappeda admin. */
    private static void requireAllocator(String kelurahanCode, AuthenticatedUser user) {
        if (!user.groups().contains("lurah:" + kelurahanCode) && !user.groups().contains("staf-kelurahan:" + kelurahanCode)
                && !user.hasRole(PositionType.BAPPEDA_ADMIN)) {
            throw new BusinessException("dana.pagu.error.bukan-untuk-anda");
        }
    }
}
