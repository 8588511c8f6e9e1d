package id.musrenflow.reference.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.musrenflow.base.ui.NarrowScreen;
import id.musrenflow.reference.Classification;
import id.musrenflow.reference.OpdService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Read-only Kemendagri nomenclature: urusan and bidang urusan, and the kelurahan sub kegiatan. */
@Route("referensi/klasifikasi")
// the planners who code usulan and budgets; RT and RW heads never classify anything, so it is no menu entry of theirs
@RolesAllowed({"LURAH", "STAF_KELURAHAN", "LPM", "CAMAT", "STAF_KECAMATAN", "VERIFIKATOR_OPD", "BAPPEDA",
        "BAPPEDA_ADMIN", "DPRD", "PEMANTAU", "ADMIN_SISTEM"})
@Menu(title = "nav.klasifikasi", order = 70, icon = "vaadin:book")
public class ClassificationView extends VerticalLayout implements HasDynamicTitle {

    private final List<Classification> fieldsOfGovernment;
    private final List<Classification> subActivities;
    private final TreeGrid<Classification> fieldsGrid;
    private final TreeGrid<Classification> subActivitiesGrid;

    public ClassificationView(OpdService reference) {
        addClassName("mf-page");
        fieldsOfGovernment = reference.fieldsOfGovernment();
        subActivities = reference.kelurahanSubActivities();

        Paragraph intro = new Paragraph(getTranslation("klasifikasi.intro"));
        intro.addClassName("mf-muted");
        TextField search = new TextField();
        search.setId("classification-search");
        search.setPlaceholder(getTranslation("klasifikasi.cari"));
        search.setAriaLabel(getTranslation("umum.cari"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        Div toolbar = new Div(search);
        toolbar.addClassName("mf-toolbar");

        fieldsGrid = tree("urusan-grid");
        subActivitiesGrid = tree("sub-kegiatan-grid");
        search.addValueChangeListener(event -> show(event.getValue()));
        show("");

        add(intro, toolbar, section("klasifikasi.urusan", fieldsGrid),
                section("klasifikasi.sub-kegiatan", subActivitiesGrid));
    }

    private void show(String term) {
        fill(fieldsGrid, ClassificationTree.of(fieldsOfGovernment, term));
        fill(subActivitiesGrid, ClassificationTree.of(subActivities, term));
    }

    private static void fill(TreeGrid<Classification> grid, TreeData<Classification> data) {
        grid.setTreeData(data);
        // the lists are short: everything open reads like the printed nomenclature
        grid.expandRecursively(data.getRootItems(), Integer.MAX_VALUE);
    }

    private TreeGrid<Classification> tree(String id) {
        TreeGrid<Classification> grid = new TreeGrid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("klasifikasi.kosong"));
        grid.addHierarchyColumn(Classification::code).setKey("kode").setHeader(getTranslation("referensi.kode"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Classification::name).setKey("nama").setHeader(getTranslation("referensi.nama"))
                .setFlexGrow(1);
        Grid.Column<Classification> kind = grid.addColumn(c -> getTranslation("klasifikasi.jenis." + c.kind()))
                .setKey("jenis").setHeader(getTranslation("klasifikasi.jenis")).setAutoWidth(true).setFlexGrow(0);
        NarrowScreen.hideOnPhones(grid, kind);
        return grid;
    }

    private Div section(String titleKey, TreeGrid<Classification> grid) {
        Div section = new Div(new H3(getTranslation(titleKey)), grid);
        section.addClassName("mf-card");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("klasifikasi.judul");
    }
}
