package id.musrenflow.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a module puts in the navigation bar beside the user's name (the notification bell, for instance).
 * Contributed as beans; {@link #create()} is called once per page for the signed-in user and returns a new component.
 */
public interface NavbarWidget {

    /** A new component for this page, or empty when it has nothing for this user (e.g. not signed in). */
    Optional<Component> create();
}
