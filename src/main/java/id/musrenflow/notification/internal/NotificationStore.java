package id.musrenflow.notification.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.musrenflow.notification.Notification;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for notifications and their per-user read marks; callers hold the transaction. */
@Component
public class NotificationStore {

    /** Addressed to the reader or to a position they hold; :groups is never empty (see {@link #params}). */
    private static final String VISIBLE = "(n.penerima_username = :username or n.penerima_grup in (:groups))";
    private static final String UNREAD = "not exists (select 1 from notifikasi_dibaca d "
            + "where d.notifikasi_id = n.id and d.username = :username)";
    private static final String NO_GROUP = "";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Notification.Argument>> ARGUMENTS = new TypeReference<>() { };

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void toUser(String username, String messageKey, List<Notification.Argument> arguments, String link,
                       LocalDateTime at) {
        insert(username, null, messageKey, arguments, link, at);
    }

    public void toGroup(String group, String messageKey, List<Notification.Argument> arguments, String link,
                        LocalDateTime at) {
        insert(null, group, messageKey, arguments, link, at);
    }

    private void insert(String username, String group, String messageKey, List<Notification.Argument> arguments,
                        String link, LocalDateTime at) {
        jdbc.sql("insert into notifikasi (penerima_username, penerima_grup, kunci_pesan, argumen, tautan, dibuat_pada) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(username, group, messageKey, write(arguments), link, Timestamp.valueOf(at))
                .update();
    }

    /** Newest first; {@code unreadOnly} leaves out what this reader has read. */
    public List<Notification> visible(String username, Collection<String> groups, boolean unreadOnly, int limit) {
        return jdbc.sql("select n.id, n.kunci_pesan, n.argumen, n.tautan, n.dibuat_pada, "
                        + "case when exists (select 1 from notifikasi_dibaca d where d.notifikasi_id = n.id "
                        + "and d.username = :username) then 1 else 0 end "
                        + "from notifikasi n where " + VISIBLE + (unreadOnly ? " and " + UNREAD : "")
                        + " order by n.dibuat_pada desc, n.id desc limit :limit")
                .params(params(username, groups)).param("limit", limit)
                .query((rs, i) -> new Notification(rs.getLong(1), rs.getString(2), read(rs.getString(3)),
                        rs.getString(4), rs.getTimestamp(5).toLocalDateTime(), rs.getInt(6) == 1))
                .list();
    }

    public int unreadCount(String username, Collection<String> groups) {
        return jdbc.sql("select count(*) from notifikasi n where " + VISIBLE + " and " + UNREAD)
                .params(params(username, groups)).query(Integer.class).single();
    }

    public boolean isVisible(long id, String username, Collection<String> groups) {
        return jdbc.sql("select count(*) from notifikasi n where n.id = :id and " + VISIBLE)
                .params(params(username, groups)).param("id", id).query(Integer.class).single() > 0;
    }

    /** Marks one notification read for this reader; reading it twice changes nothing. */
    public void markRead(long id, String username, LocalDateTime at) {
        jdbc.sql("insert into notifikasi_dibaca (notifikasi_id, username, dibaca_pada) select n.id, :username, :at "
                        + "from notifikasi n where n.id = :id and " + UNREAD)
                .param("id", id).param("username", username).param("at", Timestamp.valueOf(at)).update();
    }

    public int markAllRead(String username, Collection<String> groups, LocalDateTime at) {
        return jdbc.sql("insert into notifikasi_dibaca (notifikasi_id, username, dibaca_pada) "
                        + "select n.id, :username, :at from notifikasi n where " + VISIBLE + " and " + UNREAD)
                .params(params(username, groups)).param("at", Timestamp.valueOf(at)).update();
    }

    private static Map<String, Object> params(String username, Collection<String> groups) {
        // "in ()" is not SQL; no group is ever named "", so it matches nothing
        return Map.of("username", username, "groups", groups.isEmpty() ? List.of(NO_GROUP) : List.copyOf(groups));
    }

    private static String write(List<Notification.Argument> arguments) {
        try {
            return JSON.writeValueAsString(arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Notification arguments are plain strings", e);
        }
    }

    private static List<Notification.Argument> read(String json) {
        try {
            return JSON.readValue(json, ARGUMENTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable notification arguments: " + json, e);
        }
    }
}
