package id.musrenflow.identity.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.identity.UserAccount;
import id.musrenflow.identity.UserService;
import id.musrenflow.reference.OpdService;
import id.musrenflow.region.RegionService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Administration of users: find someone, create accounts, and open a user to manage profile and positions. */
@Route("admin/pengguna")
@RolesAllowed("ADMIN_SISTEM")
@Menu(title = "nav.admin-pengguna", order = 90, icon = "vaadin:users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    /** Below this window width the grid collapses into one summary column, so it stays readable on a phone. */
    private static final int PHONE_WIDTH = 600;

    private final AdminContext context;
    private final Grid<UserRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ListDataProvider<UserRow> rows = new ListDataProvider<>(new ArrayList<>());
    private final List<Grid.Column<UserRow>> wideColumns;
    private final Grid.Column<UserRow> compactColumn;
    private Registration resizeListener;

    public UsersView(UserService users, PositionLabels labels, RegionService regions, OpdService opds,
                     AuthenticationContext authentication) {
        this.context = new AdminContext(users, labels, regions, opds,
                authentication.getPrincipalName().orElseThrow());
        addClassName("mf-page");
        setHeightFull();

        search.setPlaceholder(getTranslation("admin.pengguna.cari"));
        search.setAriaLabel(getTranslation("admin.pengguna.cari"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("user-search");
        search.addClassName("mf-users-search");
        search.addValueChangeListener(event -> applyFilter());
        Button create = new Button(getTranslation("admin.pengguna.baru"), VaadinIcon.PLUS.create(),
                click -> new NewUserDialog(context, this::created).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        Div toolbar = new Div(search, create);
        toolbar.addClassName("mf-toolbar");

        grid.setId("users");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        wideColumns = List.of(
                grid.addColumn(row -> row.user().username()).setKey("username")
                        .setHeader(getTranslation("login.username")).setSortable(true).setAutoWidth(true),
                grid.addColumn(row -> row.user().fullName()).setKey("nama")
                        .setHeader(getTranslation("admin.pengguna.nama")).setSortable(true).setFlexGrow(1),
                grid.addColumn(UserRow::positions).setKey("jabatan")
                        .setHeader(getTranslation("admin.pengguna.jabatan-aktif")).setFlexGrow(2),
                grid.addColumn(UserRow::status).setKey("status")
                        .setHeader(getTranslation("umum.status")).setAutoWidth(true));
        compactColumn = grid.addColumn(LitRenderer.<UserRow>of("""
                        <div class="mf-users-compact"><strong>${item.username}</strong> · ${item.status}\
                        <div>${item.name}</div><div class="mf-muted">${item.positions}</div></div>""")
                        .withProperty("username", row -> row.user().username())
                        .withProperty("status", UserRow::status)
                        .withProperty("name", row -> row.user().fullName())
                        .withProperty("positions", UserRow::positions))
                .setKey("ringkas").setHeader(getTranslation("admin.pengguna.pengguna"));
        compactColumn.setVisible(false);
        grid.setItems(rows);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                openDetail(event.getValue().user());
            }
        });
        grid.setSizeFull();

        add(toolbar, grid);
        expand(grid);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Page page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitWidth(details.getWindowInnerWidth()));
        resizeListener = page.addBrowserWindowResizeListener(resize -> fitWidth(resize.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resizeListener != null) {
            resizeListener.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.pengguna.judul");
    }

    private void fitWidth(int width) {
        boolean phone = width > 0 && width < PHONE_WIDTH;
        wideColumns.forEach(column -> column.setVisible(!phone));
        compactColumn.setVisible(phone);
    }

    private void openDetail(UserAccount user) {
        UserDetailDialog detail = new UserDetailDialog(context, user.id(), this::refresh);
        detail.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                grid.deselectAll();
            }
        });
        detail.open();
    }

    private void created(UserAccount user) {
        refresh();
        openDetail(user);
    }

    private void refresh() {
        Locale locale = getLocale();
        List<UserRow> loaded = context.users().users().stream()
                .map(user -> new UserRow(user, positions(user, locale), status(user, locale)))
                .toList();
        rows.getItems().clear();
        rows.getItems().addAll(loaded);
        applyFilter();
    }

    private String positions(UserAccount user, Locale locale) {
        return UserService.activeOn(user.positions(), context.users().today()).stream()
                .map(position -> context.labels().label(position, locale, this::getTranslation))
                .collect(Collectors.joining("; "));
    }

    private String status(UserAccount user, Locale locale) {
        if (!user.active()) {
            return getTranslation("umum.nonaktif");
        }
        return context.users().lockedUntil(user)
                .map(until -> getTranslation("admin.pengguna.terkunci-sampai", IndonesianDates.dateTime(until, locale)))
                .orElseGet(() -> getTranslation("umum.aktif"));
    }

    private void applyFilter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        rows.setFilter(row -> text.isEmpty() || row.matches(text));
    }

    /** A user with the texts the grid shows, computed once per refresh so searching does not hit the database. */
    record UserRow(UserAccount user, String positions, String status) {

        boolean matches(String lowerCaseText) {
            return user.username().toLowerCase(Locale.ROOT).contains(lowerCaseText)
                    || user.fullName().toLowerCase(Locale.ROOT).contains(lowerCaseText)
                    || positions.toLowerCase(Locale.ROOT).contains(lowerCaseText);
        }
    }
}
