package id.musrenflow.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.function.SerializableConsumer;
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
        follow(grid, phone -> columns.forEach(column -> column.setVisible(!phone)));
    }

    /** Shows columns (a card of the whole row, say) on phone-width screens only. */
    public static void showOnPhonesOnly(Grid<?> grid, Grid.Column<?>... phoneColumns) {
        List<Grid.Column<?>> columns = List.of(phoneColumns);
        columns.forEach(column -> column.setVisible(false));
        follow(grid, phone -> columns.forEach(column -> column.setVisible(phone)));
    }

    /**
     * Tells {@code layout} whether the screen is phone-width once the component is shown, and again whenever the
     * window crosses that width.
     */
    public static void follow(Component component, SerializableConsumer<Boolean> layout) {
        component.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            // measured like Page's resize event; the cached ExtendedClientDetails would miss a rotation since sign-in
            page.executeJs("return document.documentElement.clientWidth")
                    .then(Integer.class, width -> apply(layout, width));
            Registration resize = page.addBrowserWindowResizeListener(event -> apply(layout, event.getWidth()));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void apply(SerializableConsumer<Boolean> layout, int width) {
        if (width > 0) {
            layout.accept(width <= MAX_PHONE_WIDTH);
        }
    }
}
