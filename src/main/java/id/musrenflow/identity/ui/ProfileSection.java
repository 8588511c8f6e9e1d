package id.musrenflow.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.UserAccount;
import java.util.Objects;

/** Name and contact details of a user. */
class ProfileSection extends Div {

    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final FormMessage message = new FormMessage();

    ProfileSection(AdminContext context, UserAccount user, Runnable changed) {
        addClassName("mf-users-section");
        fullName.setLabel(getTranslation("admin.pengguna.nama"));
        fullName.setId("profile-fullname");
        fullName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("admin.pengguna.email"));
        email.setId("profile-email");
        phone.setLabel(getTranslation("admin.pengguna.telepon"));
        phone.setId("profile-phone");
        fullName.setValue(user.fullName());
        email.setValue(Objects.toString(user.email(), ""));
        phone.setValue(Objects.toString(user.phone(), ""));
        FormLayout form = new FormLayout(fullName, email, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));

        Button save = new Button(getTranslation("admin.pengguna.simpan-profil"), click -> {
            message.clear();
            try {
                context.users().updateProfile(user.id(), fullName.getValue(), email.getValue(), phone.getValue(),
                        context.actor());
                Notification.show(getTranslation("umum.tersimpan"));
                changed.run();
            } catch (BusinessException refused) {
                message.show(refused);
            }
        });
        save.setId("profile-save");
        add(new H3(getTranslation("admin.pengguna.profil")), form, message, save);
    }
}
