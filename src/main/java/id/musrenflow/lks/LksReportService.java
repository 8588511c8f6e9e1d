package id.musrenflow.lks;

import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionType;
import id.musrenflow.lks.LksReport.Expiry;
import id.musrenflow.lks.LksReport.Grade;
import id.musrenflow.lks.LksReport.KecamatanCount;
import id.musrenflow.lks.LksReport.Kind;
import id.musrenflow.lks.internal.LksStore;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report of the LKS registry for Dinas Sosial and LKKS (and BALKS, monitoring, system administrators): counts by
 * status, grade and kecamatan, and the registrations and accreditations that end within N months.
 */
@Service
@Transactional(readOnly = true)
public class LksReportService {

    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 24;

    static final Set<PositionType> READERS = EnumSet.of(PositionType.DINSOS_VERIFIKATOR, PositionType.PENGURUS_LKKS,
            PositionType.BALKS, PositionType.PEMANTAU, PositionType.ADMIN_SISTEM);

    private final LksStore store;
    private final RegionService regions;
    private final Clock clock;
    private final int defaultMonthsAhead;

    LksReportService(LksStore store, RegionService regions, Clock clock,
                     @Value("${musrenflow.lks.laporan.bulan-ke-depan:6}") int defaultMonthsAhead) {
        this.store = store;
        this.regions = regions;
        this.clock = clock;
        this.defaultMonthsAhead = Math.max(MIN_MONTHS, Math.min(MAX_MONTHS, defaultMonthsAhead));
    }

    /** The configured look-ahead (musrenflow.lks.laporan.bulan-ke-depan, 6 unless set), kept within 1–24. */
    public int defaultMonthsAhead() {
        return defaultMonthsAhead;
    }

    public static boolean mayRead(AuthenticatedUser user) {
        return user.positions().stream().anyMatch(p -> READERS.contains(p.type()));
    }

    public LksReport report(AuthenticatedUser user) {
        return report(user, defaultMonthsAhead);
    }

    public LksReport report(AuthenticatedUser user, int monthsAhead) {
        if (!mayRead(user)) {
            throw new BusinessException("lks.laporan.error.tidak-berhak");
        }
        if (monthsAhead < MIN_MONTHS || monthsAhead > MAX_MONTHS) {
            throw new BusinessException("lks.laporan.error.bulan", MIN_MONTHS, MAX_MONTHS);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusMonths(monthsAhead);
        Map<OrganisationStatus, Long> byStatus = new EnumMap<>(OrganisationStatus.class);
        for (OrganisationStatus status : OrganisationStatus.values()) {
            byStatus.put(status, 0L);
        }
        Map<Grade, Long> byGrade = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            byGrade.put(grade, 0L);
        }
        Map<String, Long> byKecamatanCode = new LinkedHashMap<>();
        List<Expiry> expiring = new ArrayList<>();
        for (Organisation o : store.all()) {
            byStatus.merge(statusOn(o, today), 1L, Long::sum);
            byGrade.merge(gradeOn(o, today), 1L, Long::sum);
            String kecamatan = kecamatanOf(o.kelurahanCode());
            byKecamatanCode.merge(kecamatan, 1L, Long::sum);
            String kecamatanName = nameOf(kecamatan);
            if (o.status() != OrganisationStatus.NONAKTIF) {
                if (within(o.registrationValidUntil(), today, horizon)) {
                    expiring.add(new Expiry(o.code(), o.name(), kecamatanName, Kind.TANDA_DAFTAR,
                            o.registrationValidUntil(), ChronoUnit.DAYS.between(today, o.registrationValidUntil())));
                }
                if (gradeOn(o, today) != Grade.NONE && within(o.accreditationValidUntil(), today, horizon)) {
                    expiring.add(new Expiry(o.code(), o.name(), kecamatanName, Kind.AKREDITASI,
                            o.accreditationValidUntil(), ChronoUnit.DAYS.between(today, o.accreditationValidUntil())));
                }
            }
        }
        expiring.sort(Comparator.comparing(Expiry::validUntil).thenComparing(Expiry::name)
                .thenComparing(Expiry::kind));
        List<KecamatanCount> byKecamatan = byKecamatanCode.entrySet().stream()
                .map(e -> new KecamatanCount(e.getKey(), nameOf(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(KecamatanCount::name)).toList();
        return new LksReport(today, monthsAhead, byStatus, byGrade, byKecamatan, List.copyOf(expiring));
    }

    /** The status as of today, by {@link Organisation#statusOn}. */
    public static OrganisationStatus statusOn(Organisation o, LocalDate today) {
        return o.statusOn(today);
    }

    public static Grade gradeOn(Organisation o, LocalDate today) {
        if (o.accreditation() == null || o.accreditation() == AccreditationGrade.TIDAK_TERAKREDITASI
                || o.accreditationValidUntil() == null || o.accreditationValidUntil().isBefore(today)) {
            return Grade.NONE;
        }
        return Grade.valueOf(o.accreditation().name());
    }

    private static boolean within(LocalDate date, LocalDate today, LocalDate horizon) {
        return date != null && !date.isBefore(today) && !date.isAfter(horizon);
    }

    private String kecamatanOf(String kelurahanCode) {
        return regions.find(kelurahanCode).map(Territory::parentCode).orElse(kelurahanCode);
    }

    private String nameOf(String code) {
        return code == null ? "" : regions.find(code).map(Territory::name).orElse(code);
    }
}
