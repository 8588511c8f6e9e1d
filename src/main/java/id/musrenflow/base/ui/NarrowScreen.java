package id.musrenflow.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Hides a grid's secondary columns on phone-width screens, where only two or three columns are readable. Grid
 * columns cannot be hidden from CSS (the cells live in the grid's shadow DOM), so this follows the browser width.
 */
public final class NarrowScreen {

    /** Same width as the phone media query in musrenflow.css. */
    public static final int MAX_PHONE_WIDTH = 600;

    private NarrowScreen() {
    }

    public static void hideOnPhones(Grid<?> grid, Grid.Column<?>... secondary) {
        List<Grid.Column<?>> columns = List.of(secondary);
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            // measured like Page's resize event; the cached ExtendedClientDetails would miss a rotation since sign-in
            page.executeJs("return document.documentElement.clientWidth")
                    .then(Integer.class, width -> apply(columns, width));
            Registration resize = page.addBrowserWindowResizeListener(event -> apply(columns, event.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void apply(List<Grid.Column<?>> columns, int width) {
        boolean phone = width > 0 && width <= MAX_PHONE_WIDTH;
        columns.forEach(column -> column.setVisible(!phone));
    }
}
