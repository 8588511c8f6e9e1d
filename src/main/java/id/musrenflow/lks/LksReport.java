package id.musrenflow.lks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The registry report for Dinas Sosial and LKKS on {@code today}: organisations by registration status, by
 * accreditation grade valid today and by kecamatan, and what expires within {@code monthsAhead} months.
 */
public record LksReport(LocalDate today, int monthsAhead, Map<OrganisationStatus, Long> byStatus,
                        Map<Grade, Long> byGrade, List<KecamatanCount> byKecamatan, List<Expiry> expiring) {

    /** Accreditation grade valid today; NONE = never accredited, not accredited or the grade has expired. */
    public enum Grade { A, B, C, NONE }

    /** Which validity ends. */
    public enum Kind { TANDA_DAFTAR, AKREDITASI }

    public record KecamatanCount(String code, String name, long count) {
    }

    public record Expiry(String code, String name, String kecamatan, Kind kind, LocalDate validUntil, long daysLeft) {
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
