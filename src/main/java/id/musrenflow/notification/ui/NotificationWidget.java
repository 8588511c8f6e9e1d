package id.musrenflow.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.ui.NavbarWidget;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.notification.NotificationService;
import java.time.Clock;
import java.util.Optional;

/** Puts the notification bell in the navigation bar of every signed-in user. */
@org.springframework.stereotype.Component
class NotificationWidget implements NavbarWidget {

    private final NotificationService notifications;
    private final AuthenticationContext authentication;
    private final Clock clock;

    NotificationWidget(NotificationService notifications, AuthenticationContext authentication, Clock clock) {
        this.notifications = notifications;
        this.authentication = authentication;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        return authentication.getAuthenticatedUser(AuthenticatedUser.class)
                .map(user -> new NotificationBell(notifications, user, clock));
    }
}
