package id.musrenflow.monitoring.process;

import id.musrenflow.identity.Position;

import java.time.LocalDateTime;
import java.util.List;

/** What the late-work list shows: positions with their late tasks, worst first. */
public final class LateWork {

    private LateWork() {
    }

    /**
     * A position (candidate group) with open tasks in the window, or a person holding tasks given to them by name
     * ({@code position} null, {@code assignee} set: a proposer's revision, an assessor's visit).
     *
     * @param position the position behind the group id (for its readable label), null for a person or an unknown
     *                 group
     * @param worstDue the earliest due date among its tasks
     */
    public record Group(String key, Position position, String assignee, long tasks, LocalDateTime worstDue,
                        List<Holder> holders) {
    }

    /** Someone holding the position today; {@code acting} Plt/Plh with the last day of the acting term. */
    public record Holder(String username, String fullName, Position position) {

        public boolean acting() {
            return position != null && position.status().acting();
        }
    }

    /**
     * One open task.
     *
     * @param stage       the BPMN name of the task
     * @param territory   the case's kelurahan code, null for city business
     * @param assigneeName full name of whoever took the task (or was given it by name)
     * @param link        the route of the case (usulan, activity, plan, programme, LKS registry)
     */
    public record Task(String id, String processKey, String processName, String stage, String name,
                       String businessKey, String territory, LocalDateTime created, LocalDateTime due,
                       String assignee, String assigneeName, String link) {

        public long overdueDays(LocalDateTime now) {
            return due == null || !due.isBefore(now) ? 0 : java.time.Duration.between(due, now).toDays();
        }

        public long ageDays(LocalDateTime now) {
            return created == null ? 0 : java.time.Duration.between(created, now).toDays();
        }
    }

    /**
     * Which tasks: due before {@code until} (null = every open task, with or without a due date), optionally of
     * one process and one task.
     */
    public record Window(LocalDateTime until, String processKey, String taskKey) {
    }
}
