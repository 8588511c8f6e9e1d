package id.musrenflow.workflow.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.ui.MenuBadge;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.workflow.TaskInboxService;
import org.springframework.stereotype.Component;

/** The number of open tasks beside "Tugas" in the navigation. */
@Component
class OpenTasksBadge implements MenuBadge {

    private final TaskInboxService inbox;
    private final AuthenticationContext authentication;

    OpenTasksBadge(TaskInboxService inbox, AuthenticationContext authentication) {
        this.inbox = inbox;
        this.authentication = authentication;
    }

    @Override
    public String path() {
        return "tugas";
    }

    @Override
    public int count() {
        return authentication.getAuthenticatedUser(AuthenticatedUser.class)
                .map(user -> (int) Math.min(Integer.MAX_VALUE, inbox.count(user))).orElse(0);
    }
}
