package id.musrenflow.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.ui.NarrowScreen;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.reference.Classification;
import id.musrenflow.reference.Opd;
import id.musrenflow.reference.OpdService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/** The perangkat daerah (OPD) of the city and the bidang urusan each is responsible for. */
@Route("admin/opd")
@RolesAllowed({"ADMIN_SISTEM", "BAPPEDA_ADMIN"})
@Menu(title = "nav.admin-opd", order = 81, icon = "vaadin:institution")
public class OpdAdminView extends VerticalLayout implements HasDynamicTitle {

    private final OpdService opds;
    private final String actor;
    private final List<Classification> fields;
    private final Grid<Opd> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Button edit;
    private ListDataProvider<Opd> items;

    public OpdAdminView(OpdService opds, AuthenticationContext authentication) {
        this.opds = opds;
        this.actor = authentication.getPrincipalName().orElseThrow();
        this.fields = opds.fieldsOfGovernment().stream().filter(c -> "BIDANG_URUSAN".equals(c.kind())).toList();
        addClassName("mf-page");

        filter.setId("opd-filter");
        filter.addClassName("mf-opd-filter");
        filter.setPlaceholder(getTranslation("opd.cari"));
        filter.setAriaLabel(getTranslation("umum.cari"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(event -> applyFilter());
        Button add = new Button(getTranslation("opd.tambah"), VaadinIcon.PLUS.create(), click -> openEditor(null));
        add.setId("opd-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit = new Button(getTranslation("umum.ubah"), VaadinIcon.EDIT.create(),
                click -> grid.getSelectedItems().stream().findFirst().ifPresent(this::openEditor));
        edit.setId("opd-edit");
        edit.setEnabled(false);
        Div toolbar = new Div(filter, add, edit);
        toolbar.addClassName("mf-toolbar");

        configureGrid();
        add(toolbar, grid);
        reload(null);
    }

    private void configureGrid() {
        grid.setId("opd-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("opd.kosong"));
        grid.addColumn(Opd::shortName).setKey("singkatan").setHeader(getTranslation("opd.singkatan"))
                .setSortable(true).setFlexGrow(1);
        Grid.Column<Opd> name = grid.addColumn(Opd::name).setKey("nama").setHeader(getTranslation("referensi.nama"))
                .setSortable(true).setFlexGrow(3);
        Grid.Column<Opd> code = grid.addColumn(Opd::code).setKey("kode").setHeader(getTranslation("referensi.kode"))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(opd -> String.join(", ", opd.fields())).setKey("bidang")
                .setHeader(getTranslation("opd.bidang")).setFlexGrow(1);
        grid.addColumn(opd -> getTranslation(opd.active() ? "umum.aktif" : "umum.nonaktif")).setKey("status")
                .setHeader(getTranslation("umum.status")).setAutoWidth(true).setFlexGrow(0);
        NarrowScreen.hideOnPhones(grid, name, code);
        grid.addSelectionListener(event -> edit.setEnabled(event.getFirstSelectedItem().isPresent()));
        grid.addItemDoubleClickListener(event -> openEditor(event.getItem()));
    }

    private void openEditor(Opd existing) {
        String title = existing == null ? getTranslation("opd.tambah")
                : getTranslation("opd.ubah.judul", existing.shortName());
        new OpdDialog(title, existing, fields, opd -> {
            Opd saved = opds.save(opd, actor);
            reload(saved.code());
            Notices.success(getTranslation("umum.tersimpan"));
        }).open();
    }

    private void reload(String selectCode) {
        items = new ListDataProvider<>(opds.list());
        grid.setItems(items);
        applyFilter();
        items.getItems().stream().filter(opd -> opd.code().equals(selectCode)).findFirst()
                .ifPresentOrElse(grid::select, grid::deselectAll);
    }

    private void applyFilter() {
        String term = filter.getValue().strip().toLowerCase(Locale.ROOT);
        items.setFilter(opd -> term.isEmpty() || matches(opd, term));
    }

    private static boolean matches(Opd opd, String term) {
        return opd.code().toLowerCase(Locale.ROOT).contains(term)
                || opd.name().toLowerCase(Locale.ROOT).contains(term)
                || opd.shortName().toLowerCase(Locale.ROOT).contains(term)
                || opd.fields().stream().anyMatch(field -> field.startsWith(term));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opd.admin.judul");
    }
}
