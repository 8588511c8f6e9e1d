package id.musrenflow.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.identity.UserAccount;
import java.time.LocalDateTime;
import java.util.Optional;

/** Sign-in matters: a new password, switching the account off (with a reason) or on, lifting a lockout. */
class AccountSection extends Div {

    private final AdminContext context;
    private final long userId;
    private final Runnable changed;
    private final Paragraph status = new Paragraph();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final TextField reason = new TextField();
    private final Button deactivate = new Button();
    private final Button activate = new Button();
    private final Button unlock = new Button();
    private final FormMessage message = new FormMessage();

    AccountSection(AdminContext context, long userId, Runnable changed) {
        this.context = context;
        this.userId = userId;
        this.changed = changed;
        addClassName("mf-users-section");
        status.setId("account-status");

        password.setLabel(getTranslation("admin.pengguna.sandi-baru"));
        password.setId("reset-password");
        repeat.setLabel(getTranslation("admin.pengguna.sandi-ulang"));
        repeat.setId("reset-password-repeat");
        Button reset = new Button(getTranslation("admin.pengguna.atur-ulang-sandi"), click -> resetPassword());
        reset.setId("reset-password-save");
        Div passwordRow = new Div(password, repeat, reset);
        passwordRow.addClassName("mf-toolbar");

        reason.setLabel(getTranslation("umum.alasan"));
        reason.setId("deactivate-reason");
        TextLimits.counted(reason, 250);
        deactivate.setText(getTranslation("admin.pengguna.nonaktifkan"));
        deactivate.setId("deactivate");
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(click -> act(() -> context.users().setActive(userId, false, reason.getValue(),
                context.actor())));
        activate.setText(getTranslation("admin.pengguna.aktifkan"));
        activate.setId("activate");
        activate.addClickListener(click -> act(() -> context.users().setActive(userId, true, null, context.actor())));
        unlock.setText(getTranslation("admin.pengguna.buka-kunci"));
        unlock.setId("unlock");
        unlock.addClickListener(click -> act(() -> context.users().unlock(userId, context.actor())));
        Div statusRow = new Div(reason, deactivate, activate, unlock);
        statusRow.addClassName("mf-toolbar");

        add(new H3(getTranslation("admin.pengguna.akun")), status, message,
                new H4(getTranslation("admin.pengguna.atur-ulang-sandi")), passwordRow,
                new H4(getTranslation("admin.pengguna.status-akun")), statusRow);
    }

    void show(UserAccount user) {
        Optional<LocalDateTime> lockedUntil = context.users().lockedUntil(user);
        String state = user.active() ? getTranslation("umum.aktif") : getTranslation("umum.nonaktif");
        status.setText(lockedUntil
                .map(until -> getTranslation("admin.pengguna.status-terkunci", state,
                        IndonesianDates.dateTime(until, getLocale())))
                .orElseGet(() -> getTranslation("admin.pengguna.status", state)));
        reason.setVisible(user.active());
        deactivate.setVisible(user.active());
        activate.setVisible(!user.active());
        unlock.setVisible(lockedUntil.isPresent());
    }

    private void resetPassword() {
        message.clear();
        if (!password.getValue().equals(repeat.getValue())) {
            message.show(getTranslation("admin.pengguna.error.sandi-beda"));
            return;
        }
        try {
            context.users().resetPassword(userId, password.getValue(), context.actor());
            password.clear();
            repeat.clear();
            Notification.show(getTranslation("admin.pengguna.sandi-diatur-ulang"));
            changed.run();
        } catch (BusinessException refused) {
            message.show(refused);
        }
    }

    private void act(Runnable change) {
        message.clear();
        try {
            change.run();
            reason.clear();
            Notification.show(getTranslation("umum.tersimpan"));
            changed.run();
        } catch (BusinessException refused) {
            message.show(refused);
        }
    }
}
