package id.musrenflow.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import id.musrenflow.base.BusinessException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Last line for errors raised by a click: a broken rule is told in the user's language, anything else gets a
 * reference the administrator can find in the log. Views catch what they can first, so input is never lost.
 */
@Component
public class UserErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UserErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            LOG.error("Error outside a UI", event.getThrowable());
            return;
        }
        String message = messageFor(ui, event.getThrowable());
        ui.access(() -> {
            Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
    }

    static String messageFor(UI ui, Throwable error) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof BusinessException business) {
                return ui.getTranslation(business.messageKey(), business.arguments());
            }
            if (cause instanceof OptimisticLockingFailureException) {
                return ui.getTranslation("umum.error.konflik");
            }
            cause = cause.getCause();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error, reference {}", reference, error);
        return ui.getTranslation("umum.error.tak-terduga", reference);
    }
}
