package id.musrenflow.notification;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A notification as one reader sees it: a message key with arguments (rendered in the reader's language), the route
 * it opens ("usulan/42", "tugas/&lt;taskId&gt;"), and whether this reader has read it.
 */
public record Notification(long id, String messageKey, List<Argument> arguments, String link, LocalDateTime created,
                           boolean read) {

    /**
     * One message argument: either literal text (a number, a title, a reason as written) or a message key to
     * translate for the reader (a status), with {@code text} as the fallback when the key is unknown.
     */
    public record Argument(String text, String messageKey) {

        public static Argument literal(String text) {
            return new Argument(text == null ? "" : text, null);
        }

        public static Argument message(String messageKey, String fallback) {
            return new Argument(fallback, messageKey);
        }
    }
}
