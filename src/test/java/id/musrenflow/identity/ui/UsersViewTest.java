package id.musrenflow.identity.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.identity.UserAccount;
import id.musrenflow.identity.security.LockoutProperties;
import id.musrenflow.identity.security.LoginAttempts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UsersViewTest extends UserAdminTesting {

    @Autowired
    private LoginAttempts attempts;
    @Autowired
    private LockoutProperties lockout;

    @Test
    void admin_creates_a_user_who_then_appears_in_the_list() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        NewUserDialog dialog = _get(NewUserDialog.class);
        fillNewUser("uji.warga", "Sri Rahayu", "rahasia-kuat-1", "rahasia-kuat-1");
        _setValue(_get(dialog, EmailField.class, spec -> spec.withId("new-email")), "sri@contoh.id");
        _click(button(dialog, "dialog-save"));

        _assertNone(NewUserDialog.class);
        assertThat(users.findUser("uji.warga")).get().extracting(UserAccount::fullName, UserAccount::email)
                .containsExactly("Sri Rahayu", "sri@contoh.id");
        assertThat(_get(UserDetailDialog.class).getHeaderTitle()).isEqualTo("Sri Rahayu (uji.warga)");
        _click(button(_get(UserDetailDialog.class), "detail-close"));

        search("uji.warga");
        assertThat(_size(usersGrid())).isEqualTo(1);
        assertThat(_getFormatted(usersGrid(), 0, "nama")).isEqualTo("Sri Rahayu");
        assertThat(_getFormatted(usersGrid(), 0, "status")).isEqualTo("Aktif");
    }

    @Test
    void mismatching_passwords_are_refused_and_what_was_typed_stays() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        NewUserDialog dialog = _get(NewUserDialog.class);
        fillNewUser("uji.beda", "Budi Santoso", "rahasia-kuat-1", "rahasia-kuat-2");
        _click(button(dialog, "dialog-save"));

        assertThat(refusal(dialog)).isEqualTo(translate("admin.pengguna.error.sandi-beda"))
                .startsWith("Kedua kata sandi tidak sama");
        assertThat(_get(dialog, PasswordField.class, spec -> spec.withId("new-password-repeat")).isInvalid()).isTrue();
        assertThat(_get(dialog, TextField.class, spec -> spec.withId("new-username")).getValue()).isEqualTo("uji.beda");
        assertThat(_get(dialog, TextField.class, spec -> spec.withId("new-fullname")).getValue())
                .isEqualTo("Budi Santoso");
        assertThat(users.findUser("uji.beda")).isEmpty();
    }

    @Test
    void a_weak_password_is_refused_with_the_rule_and_what_was_typed_stays() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        NewUserDialog dialog = _get(NewUserDialog.class);
        fillNewUser("uji.lemah", "Tini Lestari", "pendek", "pendek");
        _click(button(dialog, "dialog-save"));

        assertThat(refusal(dialog)).isEqualTo(translate("pengguna.error.sandi-lemah", 8))
                .contains("paling sedikit 8 karakter");
        assertThat(_get(dialog, TextField.class, spec -> spec.withId("new-username")).getValue()).isEqualTo("uji.lemah");
        assertThat(_get(dialog, PasswordField.class, spec -> spec.withId("new-password")).getValue()).isEqualTo("pendek");
        assertThat(users.findUser("uji.lemah")).isEmpty();
    }

    @Test
    void deactivating_needs_a_reason() {
        existingUser("uji.pindah", "Agus Salim");
        openAsAdmin();
        UserDetailDialog detail = openUser("uji.pindah");
        AccountSection account = _get(detail, AccountSection.class);

        _click(button(account, "deactivate"));
        assertThat(refusal(account)).isEqualTo("Alasan wajib diisi.");
        assertThat(users.findUser("uji.pindah").orElseThrow().active()).isTrue();

        _setValue(_get(account, TextField.class, spec -> spec.withId("deactivate-reason")), "Pindah domisili");
        _click(button(account, "deactivate"));
        assertThat(users.findUser("uji.pindah").orElseThrow().active()).isFalse();
        assertThat(_get(account, Paragraph.class, spec -> spec.withId("account-status")).getText())
                .isEqualTo("Status akun: Nonaktif");
        assertThat(button(account, "activate").isVisible()).isTrue();
        assertThat(_getFormatted(usersGrid(), 0, "status")).isEqualTo("Nonaktif");
        assertThat(historyText(detail)).contains("Dinonaktifkan", "oleh admin", "Pindah domisili");
    }

    @Test
    void profile_changes_and_password_resets_are_saved_and_recorded() {
        UserAccount user = existingUser("uji.profil", "Dewi Sartika");
        openAsAdmin();
        UserDetailDialog detail = openUser("uji.profil");
        ProfileSection profile = _get(detail, ProfileSection.class);
        _setValue(_get(profile, TextField.class, spec -> spec.withId("profile-phone")), "0812-2233-4455");
        _click(button(profile, "profile-save"));
        assertThat(users.getUser(user.id()).phone()).isEqualTo("0812-2233-4455");

        AccountSection account = _get(detail, AccountSection.class);
        _setValue(_get(account, PasswordField.class, spec -> spec.withId("reset-password")), "sandi-baru-123");
        _setValue(_get(account, PasswordField.class, spec -> spec.withId("reset-password-repeat")), "sandi-baru-124");
        _click(button(account, "reset-password-save"));
        assertThat(refusal(account)).isEqualTo(translate("admin.pengguna.error.sandi-beda"));

        _setValue(_get(account, PasswordField.class, spec -> spec.withId("reset-password-repeat")), "sandi-baru-123");
        _click(button(account, "reset-password-save"));
        _assertNone(account, FormMessage.class);
        assertThat(historyText(detail)).contains("Profil diubah", "Kata sandi diatur ulang", "Pengguna dibuat");
    }

    @Test
    void a_user_locked_out_by_failed_sign_ins_is_shown_as_locked_and_can_be_unlocked() {
        existingUser("uji.kunci", "Bayu Aji");
        for (int i = 0; i < lockout.maxAttempts(); i++) {
            attempts.recordFailure("uji.kunci");
        }
        openAsAdmin();
        UserDetailDialog detail = openUser("uji.kunci");
        assertThat(_getFormatted(usersGrid(), 0, "status")).startsWith("Terkunci s.d. ");
        AccountSection account = _get(detail, AccountSection.class);
        assertThat(_get(account, Paragraph.class, spec -> spec.withId("account-status")).getText())
                .startsWith("Status akun: Aktif, terkunci karena gagal masuk s.d. ");

        _click(button(account, "unlock"));
        assertThat(users.lockedUntil(users.findUser("uji.kunci").orElseThrow())).isEmpty();
        assertThat(_getFormatted(usersGrid(), 0, "status")).isEqualTo("Aktif");
        _assertNone(account, Button.class, spec -> spec.withId("unlock"));
        assertThat(historyText(detail)).contains("Terkunci karena gagal masuk", "Kunci dibuka");
    }

    @Test
    void rt_head_can_neither_see_nor_open_user_administration() {
        login("rt003.medono");
        UI.getCurrent().navigate("admin/pengguna");

        _assertNone(UsersView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Akses ditolak");

        UI.getCurrent().navigate(HomeView.class);
        List<String> nav = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(nav).contains("Beranda").doesNotContain("Pengguna dan jabatan");
    }

    @Test
    void admin_finds_user_administration_in_the_navigation() {
        openAsAdmin();
        _get(UsersView.class);
        List<String> nav = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(nav).contains("Pengguna dan jabatan");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Pengguna dan jabatan");
    }

    private void fillNewUser(String username, String fullName, String password, String repeat) {
        NewUserDialog dialog = _get(NewUserDialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("new-username")), username);
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("new-fullname")), fullName);
        _setValue(_get(dialog, PasswordField.class, spec -> spec.withId("new-password")), password);
        _setValue(_get(dialog, PasswordField.class, spec -> spec.withId("new-password-repeat")), repeat);
    }

    private static String historyText(UserDetailDialog detail) {
        return _get(detail, HistorySection.class).getElement().getTextRecursively();
    }
}
