package id.musrenflow.workflow.ui;

import id.musrenflow.base.IndonesianDates;
import id.musrenflow.workflow.InboxTask;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.BiFunction;

/** Texts about a task shared by the inbox and the task page. */
final class TaskTexts {

    private TaskTexts() {
    }

    /** "22 Jan 2027 14.05" and, past it, "· Terlambat". */
    static String due(InboxTask task, LocalDateTime now, BiFunction<String, Object[], String> translate,
                      Locale locale) {
        if (task.due() == null) {
            return translate.apply("tugas.tanpa-tenggat", new Object[0]);
        }
        String date = IndonesianDates.dateTime(task.due(), locale);
        return task.overdue(now) ? date + " · " + translate.apply("tugas.terlambat", new Object[0]) : date;
    }
}
