package id.musrenflow.notification.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.notification.Notification;
import id.musrenflow.notification.NotificationService;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * A bell with the reader's unread count (hidden at zero); it opens the latest notifications, unread in bold.
 * Choosing one marks it read for this reader and opens what it is about. Icon only, so it fits a 390 px navbar.
 */
class NotificationBell extends Composite<Div> implements AfterNavigationObserver {

    static final int SHOWN = 20;

    private final transient NotificationService notifications;
    private final transient AuthenticatedUser user;
    private final transient Clock clock;
    private final Button bell = new Button(new Icon(VaadinIcon.BELL));
    private final Span count = new Span();
    private final Popover popover = new Popover();
    private final Div list = new Div();

    NotificationBell(NotificationService notifications, AuthenticatedUser user, Clock clock) {
        this.notifications = notifications;
        this.user = user;
        this.clock = clock;
        bell.setId("notifikasi-lonceng");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClickListener(click -> toggle());
        count.setId("notifikasi-jumlah");
        count.getElement().getThemeList().add("badge error primary small pill");
        count.getElement().setAttribute("aria-hidden", "true");
        count.getStyle().set("position", "absolute").set("top", "2px").set("right", "0")
                .set("pointer-events", "none").set("min-width", "1.25em");
        list.setId("notifikasi-daftar");
        list.getStyle().set("overflow-y", "auto").set("max-height", "min(60vh, 26rem)");
        popover.setTarget(bell);
        // opened from the server so the list is fresh each time
        popover.setOpenOnClick(false);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(getTranslation("notifikasi.judul"));
        popover.setWidth("min(24rem, calc(100vw - 1rem))");
        popover.add(header(), list);
        Div root = getContent();
        root.getStyle().set("position", "relative").set("display", "inline-flex");
        root.add(bell, count, popover);
    }

    private Div header() {
        Span title = new Span(getTranslation("notifikasi.judul"));
        title.getStyle().set("font-weight", "600");
        Button markAll = new Button(getTranslation("notifikasi.tandai-semua"), click -> {
            notifications.markAllRead(user);
            refresh();
        });
        markAll.setId("notifikasi-tandai-semua");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div header = new Div(title, markAll);
        header.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("justify-content", "space-between").set("gap", "var(--lumo-space-s)")
                .set("padding-bottom", "var(--lumo-space-xs)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return header;
    }

    private void toggle() {
        if (popover.isOpened()) {
            popover.close();
        } else {
            refresh();
            popover.open();
        }
    }

    private void refresh() {
        refreshCount();
        list.removeAll();
        var latest = notifications.latest(user, SHOWN);
        if (latest.isEmpty()) {
            Span empty = new Span(getTranslation("notifikasi.kosong"));
            empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
            list.add(empty);
        }
        latest.forEach(n -> list.add(item(n)));
    }

    private Div item(Notification notification) {
        Span text = new Span(NotificationTexts.text(this, notification));
        Span when = new Span(NotificationTexts.when(this, getLocale(), notification.created(), LocalDateTime.now(clock)));
        when.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-secondary-text-color)");
        Div item = new Div(text, when);
        item.setId("notifikasi-" + notification.id());
        item.addClassName(notification.read() ? "mf-notifikasi-dibaca" : "mf-notifikasi-baru");
        item.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-xs)").set("cursor", "pointer")
                .set("border-bottom", "1px solid var(--lumo-contrast-5pct)").set("overflow-wrap", "anywhere");
        if (!notification.read()) {
            text.getStyle().set("font-weight", "600");
            item.getElement().setAttribute("aria-label",
                    getTranslation("notifikasi.belum-dibaca") + ": " + text.getText());
        }
        item.getElement().setAttribute("role", "button");
        item.getElement().setAttribute("tabindex", "0");
        item.addClickListener(click -> open(notification));
        item.getElement().addEventListener("keydown", key -> open(notification))
                .setFilter("event.key === 'Enter' || event.key === ' '");
        return item;
    }

    private void open(Notification notification) {
        if (!notification.read()) {
            notifications.markRead(notification.id(), user);
        }
        popover.close();
        refreshCount();
        if (notification.link() != null) {
            UI.getCurrent().navigate(notification.link());
        }
    }

    private void refreshCount() {
        int unread = notifications.unreadCount(user);
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notifikasi.lonceng", unread));
    }

    /** The layout, and so the bell, outlives navigation; the count is asked again on every page. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshCount();
    }
}
