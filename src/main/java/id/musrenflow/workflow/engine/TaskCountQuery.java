package id.musrenflow.workflow.engine;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open tasks of a user grouped by process definition and task, with the overdue ones counted, in one SQL query on
 * the engine's runtime tables: the task query API can count but not group, and a home page must not list every
 * task to count them. The selection is the inbox's: assigned to the user, or unassigned and offered to one of
 * their positions (candidate groups).
 */
@Component
public class TaskCountQuery {

    /** One group of the result; {@code definitionId} is null for tasks outside a process. */
    public record Row(String definitionId, String taskKey, long count, long overdue) {
    }

    private final JdbcClient jdbc;

    TaskCountQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> openTo(String username, Set<String> groups, Instant now) {
        String offered = groups.isEmpty() ? "" : " or (t.ASSIGNEE_ is null and exists (select 1 from "
                + "ACT_RU_IDENTITYLINK i where i.TASK_ID_ = t.ID_ and i.TYPE_ = 'candidate' and i.GROUP_ID_ in (:groups)))";
        var sql = jdbc.sql("select t.PROC_DEF_ID_, t.TASK_DEF_KEY_, count(*), "
                        + "sum(case when t.DUE_DATE_ < :now then 1 else 0 end) from ACT_RU_TASK t "
                        + "where t.ASSIGNEE_ = :user" + offered + " group by t.PROC_DEF_ID_, t.TASK_DEF_KEY_")
                .param("user", username)
                .param("now", Timestamp.from(now));
        if (!groups.isEmpty()) {
            sql = sql.param("groups", List.copyOf(groups));
        }
        return sql.query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }
}
