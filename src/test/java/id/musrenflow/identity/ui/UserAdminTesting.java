package id.musrenflow.identity.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.KaribuTest;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.UserAccount;
import id.musrenflow.identity.UserService;
import org.springframework.beans.factory.annotation.Autowired;

/** Signed in as the system administrator on the user administration page; every test uses its own usernames. */
abstract class UserAdminTesting extends KaribuTest {

    @Autowired
    protected UserService users;

    protected void openAsAdmin() {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
    }

    protected UserAccount existingUser(String username, String fullName) {
        return users.createUser(new NewUser(username, fullName, null, null, "rahasia-" + username), "uji");
    }

    @SuppressWarnings("unchecked")
    protected Grid<UsersView.UserRow> usersGrid() {
        return _get(Grid.class, spec -> spec.withId("users"));
    }

    protected void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), text);
    }

    /** Finds the user in the list and opens their detail, as an administrator would. */
    protected UserDetailDialog openUser(String username) {
        search(username);
        assertThat(_size(usersGrid())).isEqualTo(1);
        _selectRow(usersGrid(), 0);
        return _get(UserDetailDialog.class);
    }

    protected static Button button(Component within, String id) {
        return _get(within, Button.class, spec -> spec.withId(id));
    }

    protected static String refusal(Component within) {
        return _get(within, FormMessage.class).getText();
    }

    protected String translate(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
