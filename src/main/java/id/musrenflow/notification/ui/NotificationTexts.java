package id.musrenflow.notification.ui;

import com.vaadin.flow.component.Component;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.notification.Notification;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

/** A notification's words in the reader's language: stored keys and arguments, translated when shown. */
final class NotificationTexts {

    private NotificationTexts() {
    }

    static String text(Component in, Notification notification) {
        Object[] arguments = notification.arguments().stream().map(a -> argument(in, a)).toArray();
        return in.getTranslation(notification.messageKey(), arguments);
    }

    private static String argument(Component in, Notification.Argument argument) {
        if (argument.messageKey() == null) {
            return argument.text();
        }
        String translated = in.getTranslation(argument.messageKey());
        // MessagesI18NProvider marks a missing key with "!": show the stored code rather than the marker
        return translated.startsWith("!") ? argument.text() : translated;
    }

    /** "baru saja", "5 menit lalu", "3 jam lalu", then the date and time. */
    static String when(Component in, Locale locale, LocalDateTime created, LocalDateTime now) {
        Duration age = Duration.between(created, now);
        if (age.toMinutes() < 1) {
            return in.getTranslation("notifikasi.waktu.baru-saja");
        }
        if (age.toMinutes() < 60) {
            return in.getTranslation("notifikasi.waktu.menit", age.toMinutes());
        }
        if (age.toHours() < 24) {
            return in.getTranslation("notifikasi.waktu.jam", age.toHours());
        }
        return IndonesianDates.dateTime(created, locale);
    }
}
