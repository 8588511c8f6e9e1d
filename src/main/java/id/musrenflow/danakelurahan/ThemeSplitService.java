package id.musrenflow.danakelurahan;

import id.musrenflow.base.AuditTrail;
import id.musrenflow.base.AuditTrail.AuditEntry;
import id.musrenflow.base.BusinessException;
import id.musrenflow.danakelurahan.internal.ProgrammeStore;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionType;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional split of LKK pemberdayaan money by theme (domain.md §4, like Bandung's PIPPK 40/20/20/20), per year:
 * the Bappeda admin sets percentages that add up to 100, or none at all for a year without a split. The kelurahan
 * reviewers compare programmes with it; every change goes to the audit trail.
 */
@Service
public class ThemeSplitService {

    static final String AUDIT_OBJECT = "PEMBAGIAN_TEMA_LKK";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProgrammeStore store;
    private final AuditTrail audit;

    ThemeSplitService(ProgrammeStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Map<ProgrammeTheme, BigDecimal> split(int year) {
        return store.split(year);
    }

    /**
     * Replaces the year's split. Themes left out (or null) have no share; the shares given must each lie in
     * 0–100 with at most two decimals and add up to exactly 100, unless none is given.
     */
    @Transactional
    public Map<ProgrammeTheme, BigDecimal> save(int year, Map<ProgrammeTheme, BigDecimal> percents,
                                                AuthenticatedUser user) {
        if (!user.hasRole(PositionType.BAPPEDA_ADMIN)) {
            throw new BusinessException("dana.tema.error.bukan-untuk-anda");
        }
        Map<ProgrammeTheme, BigDecimal> given = new EnumMap<>(ProgrammeTheme.class);
        percents.forEach((theme, percent) -> {
            if (percent != null) {
                if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 2) {
                    throw new BusinessException("dana.tema.error.persen");
                }
                given.put(theme, percent);
            }
        });
        BigDecimal sum = given.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!given.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            throw new BusinessException("dana.tema.error.jumlah", sum);
        }
        store.replaceSplit(year, given);
        audit.record(user.username(), given.isEmpty() ? "HAPUS" : "UBAH", AUDIT_OBJECT, String.valueOf(year),
                given.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().stripTrailingZeros().toPlainString()
                        + " %").collect(Collectors.joining(", ")));
        return store.split(year);
    }

    /** Who changed the year's split, when, and to what. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(int year) {
        return audit.of(AUDIT_OBJECT, String.valueOf(year));
    }
}
