package id.musrenflow.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action, styled the same on every page. */
public final class Notices {

    private static final int SUCCESS_MILLIS = 3000;
    // errors stay longer: they have to be read and acted on
    private static final int ERROR_MILLIS = 6000;

    private Notices() {
    }

    public static Notification success(String message) {
        Notification notification = Notification.show(message, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    public static Notification error(String message) {
        Notification notification = Notification.show(message, ERROR_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
