package id.musrenflow.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.data.renderer.TextRenderer;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/** The application shell: navigation built from the user's roles, language choice, who is signed in, sign-out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient LanguagePreference languages;
    private final transient List<ShellLink> links;
    private final transient List<MenuBadge> badges;
    private final transient List<NavbarWidget> widgets;
    private final Span viewTitle = new Span();
    private final Map<String, SideNavItem> itemsByPath = new HashMap<>();

    public MainLayout(AuthenticationContext authentication, LanguagePreference languages, List<ShellLink> links,
                      List<MenuBadge> badges, List<NavbarWidget> widgets) {
        this.authentication = authentication;
        this.languages = languages;
        this.links = links;
        this.badges = badges;
        this.widgets = widgets;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("mf-view-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        HorizontalLayout navbar = new HorizontalLayout(toggle, viewTitle, userArea());
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(viewTitle);
        navbar.addClassName("mf-navbar");
        addToNavbar(navbar);
        addToDrawer(brand(), navigation());
    }

    private Div brand() {
        Div brand = new Div(new Span("Musrenflow"));
        brand.addClassName("mf-brand");
        Span city = new Span(getTranslation("shell.kota"));
        city.addClassName("mf-brand-city");
        brand.add(city);
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("mf-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
            itemsByPath.put(stripSlashes(entry.path()), item);
        }
        List<String> roles = authentication.getGrantedRoles().stream().toList();
        links.stream()
                .filter(link -> link.roles().stream().anyMatch(roles::contains))
                .forEach(link -> {
                    SideNavItem item = new SideNavItem(getTranslation(link.titleKey()), link.href());
                    item.setPrefixComponent(new Icon(link.icon()));
                    item.setRouterIgnore(true);
                    nav.addItem(item);
                });
        return nav;
    }

    private HorizontalLayout userArea() {
        Select<String> language = new Select<>();
        language.setItems("id", "en");
        // the chosen value shows as "ID"/"EN" so the navbar fits a phone; the list shows full names
        language.setItemLabelGenerator(code -> code.toUpperCase(Locale.ROOT));
        language.setRenderer(new TextRenderer<>(code -> getTranslation("shell.bahasa." + code)));
        language.setPrefixComponent(new Icon(VaadinIcon.GLOBE));
        language.setValue("en".equals(getLocale().getLanguage()) ? "en" : "id");
        language.setAriaLabel(getTranslation("shell.bahasa"));
        language.addClassName("mf-language");
        language.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                switchLanguage(event.getValue());
            }
        });
        HorizontalLayout area = new HorizontalLayout();
        widgets.forEach(widget -> widget.create().ifPresent(area::add));
        area.add(language);
        area.setAlignItems(FlexComponent.Alignment.CENTER);
        area.setSpacing(true);
        Optional<ShellUser> user = authentication.getAuthenticatedUser(ShellUser.class);
        if (user.isPresent()) {
            Span name = new Span(user.get().displayName());
            name.addClassName("mf-user-name");
            Button logout = new Button(getTranslation("shell.keluar"), new Icon(VaadinIcon.SIGN_OUT),
                    click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.addClassName("mf-logout");
            logout.setId("logout");
            // on a phone only the icon shows (the title needs the room); the name stays for screen readers
            logout.setAriaLabel(getTranslation("shell.keluar"));
            area.add(name, logout);
        } else {
            area.add(new Anchor("login", getTranslation("login.masuk")));
        }
        return area;
    }

    private void switchLanguage(String code) {
        Locale locale = ShellInitializer.toLocale(code);
        authentication.getAuthenticatedUser(ShellUser.class).ifPresent(u -> languages.remember(u.username(), code));
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(ShellInitializer.CHOSEN_LANGUAGE, code);
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "Musrenflow";
        viewTitle.setText(title);
        refreshBadges();
    }

    /** Asks every badge for its count again; views call it after an action that changes one (a task completed). */
    public void refreshBadges() {
        for (MenuBadge badge : badges) {
            SideNavItem item = itemsByPath.get(stripSlashes(badge.path()));
            if (item == null) {
                continue;
            }
            int count = badge.count();
            if (count > 0) {
                Span counter = new Span(String.valueOf(count));
                counter.getElement().getThemeList().add("badge contrast pill small");
                counter.addClassName("mf-nav-badge");
                counter.getElement().setAttribute("aria-label", getTranslation("shell.jumlah", count));
                item.setSuffixComponent(counter);
            } else {
                item.setSuffixComponent(null);
            }
        }
    }

    private static String stripSlashes(String path) {
        return path == null ? "" : path.replaceAll("^/+|/+$", "");
    }
}
