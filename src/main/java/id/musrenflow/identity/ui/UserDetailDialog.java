package id.musrenflow.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import id.musrenflow.identity.UserAccount;

/**
 * Everything about one user: positions first (the most frequent change), then profile, account and the trail of
 * changes. Every change reloads the stored state and tells the list behind the dialog to follow.
 */
class UserDetailDialog extends Dialog {

    private final AdminContext context;
    private final long userId;
    private final Runnable changed;
    private final PositionsSection positions;
    private final AccountSection account;
    private final HistorySection history;

    UserDetailDialog(AdminContext context, long userId, Runnable changed) {
        this.context = context;
        this.userId = userId;
        this.changed = changed;
        addClassName("mf-users-dialog");
        setWidth("48rem");
        setMaxWidth("100%");
        UserAccount user = context.users().getUser(userId);
        positions = new PositionsSection(context, user.id(), this::reload);
        ProfileSection profile = new ProfileSection(context, user, this::reload);
        account = new AccountSection(context, user.id(), this::reload);
        history = new HistorySection();
        add(positions, profile, account, history);
        Button close = new Button(getTranslation("umum.tutup"), click -> close());
        close.setId("detail-close");
        getFooter().add(close);
        show(user);
    }

    private void reload() {
        show(context.users().getUser(userId));
        changed.run();
    }

    private void show(UserAccount user) {
        setHeaderTitle(user.fullName() + " (" + user.username() + ")");
        positions.show(user);
        account.show(user);
        history.show(context.users().history(userId));
    }
}
