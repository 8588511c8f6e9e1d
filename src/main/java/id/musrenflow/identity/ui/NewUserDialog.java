package id.musrenflow.identity.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.UserAccount;
import java.util.function.Consumer;

/** Creates a user; the service decides what a valid username and a strong enough password are. */
class NewUserDialog extends AdminDialog {

    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    NewUserDialog(AdminContext context, Consumer<UserAccount> created) {
        super("admin.pengguna.baru");
        username.setLabel(getTranslation("login.username"));
        username.setId("new-username");
        username.setRequiredIndicatorVisible(true);
        username.setHelperText(getTranslation("admin.pengguna.username-bantuan"));
        fullName.setLabel(getTranslation("admin.pengguna.nama"));
        fullName.setId("new-fullname");
        fullName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("admin.pengguna.email"));
        email.setId("new-email");
        phone.setLabel(getTranslation("admin.pengguna.telepon"));
        phone.setId("new-phone");
        password.setLabel(getTranslation("login.sandi"));
        password.setId("new-password");
        password.setRequiredIndicatorVisible(true);
        repeat.setLabel(getTranslation("admin.pengguna.sandi-ulang"));
        repeat.setId("new-password-repeat");
        repeat.setRequiredIndicatorVisible(true);
        repeat.addValueChangeListener(event -> repeat.setInvalid(false));

        FormLayout form = new FormLayout(username, fullName, email, phone, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        footer("umum.simpan", () -> save(context, created));
    }

    private void save(AdminContext context, Consumer<UserAccount> created) {
        message.clear();
        if (!password.getValue().equals(repeat.getValue())) {
            String mismatch = getTranslation("admin.pengguna.error.sandi-beda");
            repeat.setErrorMessage(mismatch);
            repeat.setInvalid(true);
            message.show(mismatch);
            return;
        }
        try {
            UserAccount user = context.users().createUser(new NewUser(username.getValue(), fullName.getValue(),
                    email.getValue(), phone.getValue(), password.getValue()), context.actor());
            close();
            created.accept(user);
        } catch (BusinessException refused) {
            message.show(refused);
        }
    }
}
