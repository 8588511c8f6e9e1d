package id.musrenflow.danakelurahan;

import java.time.LocalDateTime;
import java.util.List;

/** One progress report (laporan kemajuan) with its photos. */
public record ProgressReport(long id, LocalDateTime at, String reporter, int physicalPercent, int financialPercent,
                             String note, List<ActivityDocument> photos) {
}
