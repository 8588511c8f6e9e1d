package id.musrenflow.proposal.process;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Working days allowed per usulan stage (musrenflow.usulan.tenggat-hari-kerja.RW=5...), counted on the working
 * calendar; a task is due at the latest when its stage's window in the season closes. The reminder goes out at the
 * start of the working day {@code pengingatHariKerja} working days before the due day.
 */
@ConfigurationProperties("musrenflow.usulan")
public record StageDeadlines(Map<String, Integer> tenggatHariKerja, Integer tenggatBawaan, Integer pengingatHariKerja) {

    public StageDeadlines {
        tenggatHariKerja = tenggatHariKerja == null ? Map.of() : Map.copyOf(tenggatHariKerja);
        tenggatBawaan = tenggatBawaan == null || tenggatBawaan <= 0 ? 5 : tenggatBawaan;
        pengingatHariKerja = pengingatHariKerja == null || pengingatHariKerja < 0 ? 2 : pengingatHariKerja;
    }

    public int workingDays(String stage) {
        return tenggatHariKerja.getOrDefault(stage, tenggatBawaan);
    }

    public int reminderWorkingDaysBefore() {
        return pengingatHariKerja;
    }
}
