package id.musrenflow.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A card a module puts on the home page (Beranda) for the signed-in user: their open tasks, their own usulan, the
 * figures of their territory, the stage of the season. Contributed as beans, so the home page needs no module's
 * API; {@link #create()} runs in the user's request and returns a new component, or empty when it has nothing for
 * this user.
 */
public interface HomeCard {

    /** Where the card stands on the page, smaller first. */
    int order();

    Optional<Component> create();
}
