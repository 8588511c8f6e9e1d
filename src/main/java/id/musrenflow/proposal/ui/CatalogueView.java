package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.base.ui.NumberLimits;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.proposal.CatalogueEntry;
import id.musrenflow.proposal.CatalogueService;
import id.musrenflow.reference.Opd;
import id.musrenflow.reference.OpdService;
import id.musrenflow.season.SeasonService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Bappeda admin's kamus usulan per planning year: pick the year, start it from another year, add, edit, retire
 * or reactivate items, and exchange the whole year as an Excel workbook. A year holds at most a few hundred items,
 * so the grid holds them all and filters in memory.
 */
@Route("kamus-usulan")
@RolesAllowed({"BAPPEDA_ADMIN", "ADMIN_SISTEM"})
@Menu(title = "kamus.nav", order = 84, icon = "vaadin:book-dollar")
public class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final transient CatalogueService catalogue;
    private final transient AuthenticatedUser user;
    private final CatalogueItemDialog.Choices choices;
    private final IntegerField year = new IntegerField();
    private final TextField filter = new TextField();
    private final CatalogueGrid grid;
    private final Paragraph empty = new Paragraph();
    private final Button edit = new Button();
    private final Button retire = new Button();
    private final Button reactivate = new Button();
    private final CatalogueExcelSection excel;
    private ListDataProvider<CatalogueEntry> items;

    public CatalogueView(CatalogueService catalogue, OpdService opds, SeasonService seasons,
                         AuthenticationContext authentication) {
        this.catalogue = catalogue;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        List<Opd> opdList = opds.list();
        this.choices = new CatalogueItemDialog.Choices(opdList.stream().filter(Opd::active).toList(),
                opds.fieldsOfGovernment().stream().filter(c -> "BIDANG_URUSAN".equals(c.kind())).toList(),
                opds.kelurahanSubActivities().stream().filter(c -> "SUB_KEGIATAN".equals(c.kind())).toList());
        Map<String, String> opdNames = opdList.stream().collect(Collectors.toMap(Opd::code, Opd::name));
        addClassName("mf-page");
        year.setId("kamus-tahun");
        year.setLabel(getTranslation("kamus.tahun"));
        year.setStepButtonsVisible(true);
        NumberLimits.range(year, 2000, 2999);
        year.setWidth("9rem");
        year.setValue(seasons.planningYear());
        year.addValueChangeListener(e -> yearChanged());
        filter.setId("kamus-cari");
        filter.setPlaceholder(getTranslation("kamus.cari"));
        filter.setAriaLabel(getTranslation("umum.cari"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.getStyle().set("flex", "1 1 14rem");
        filter.addValueChangeListener(e -> applyFilter());
        grid = new CatalogueGrid(code -> opdNames.getOrDefault(code, code));
        grid.addSelectionListener(e -> selectionChanged());
        grid.addItemDoubleClickListener(e -> openEditor(e.getItem()));
        empty.setId("kamus-kosong");
        empty.setText(getTranslation("kamus.kosong"));
        excel = new CatalogueExcelSection(catalogue, user, this::chosenYear, () -> reload(null));
        add(new H2(getTranslation("kamus.judul")), toolbar(), empty, grid, excel);
        reload(null);
    }

    private Div toolbar() {
        Button add = button(new Button(), "kamus-tambah", "kamus.tambah", VaadinIcon.PLUS, () -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(edit, "kamus-ubah", "umum.ubah", VaadinIcon.EDIT, () -> selected().ifPresent(this::openEditor));
        button(retire, "kamus-nonaktifkan", "kamus.nonaktifkan", VaadinIcon.BAN, () -> selected().ifPresent(this::retire));
        button(reactivate, "kamus-aktifkan", "kamus.aktifkan", VaadinIcon.CHECK, () -> selected().ifPresent(this::reactivate));
        Button copy = button(new Button(), "kamus-salin", "kamus.salin", VaadinIcon.COPY, this::copy);
        Div bar = new Div(year, filter, add, edit, retire, reactivate, copy);
        bar.addClassName("mf-toolbar");
        return bar;
    }

    private Button button(Button button, String id, String labelKey, VaadinIcon icon, Runnable action) {
        button.setId(id);
        button.setText(getTranslation(labelKey));
        button.setIcon(icon.create());
        button.addClickListener(click -> action.run());
        return button;
    }

    private void openEditor(CatalogueEntry existing) {
        int chosen = chosenYear();
        String title = existing == null ? getTranslation("kamus.tambah.judul", String.valueOf(chosen))
                : getTranslation("kamus.ubah.judul", existing.item().code());
        new CatalogueItemDialog(title, existing, choices, draft -> {
            CatalogueEntry saved = existing == null ? catalogue.add(chosen, draft, user)
                    : catalogue.edit(existing.id(), existing.version(), draft, user);
            reload(saved.id());
            Notices.success(getTranslation("kamus.tersimpan", saved.item().code()));
        }).open();
    }

    private void retire(CatalogueEntry entry) {
        new RetireCatalogueItemDialog(getTranslation("kamus.nonaktif.judul", entry.item().code()), reason -> {
            catalogue.retire(entry.id(), entry.version(), reason, user);
            reload(entry.id());
            Notices.success(getTranslation("kamus.dinonaktifkan", entry.item().code()));
        }).open();
    }

    private void reactivate(CatalogueEntry entry) {
        try {
            catalogue.reactivate(entry.id(), entry.version(), user);
            reload(entry.id());
            Notices.success(getTranslation("kamus.diaktifkan", entry.item().code()));
        } catch (BusinessException refused) {
            Notices.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void copy() {
        int target = chosenYear();
        new CopyCatalogueDialog(target, catalogue.years(), source -> {
            int copied = catalogue.copyYear(source, target, user);
            reload(null);
            Notices.success(getTranslation("kamus.salin.berhasil", copied, String.valueOf(target)));
        }).open();
    }

    private void yearChanged() {
        if (year.getValue() == null || year.isInvalid()) {
            return;
        }
        excel.yearChanged();
        reload(null);
    }

    private int chosenYear() {
        return year.getValue() == null ? year.getMin() : year.getValue();
    }

    private void reload(Long selectId) {
        items = new ListDataProvider<>(catalogue.entries(chosenYear()));
        grid.setItems(items);
        applyFilter();
        empty.setVisible(items.getItems().isEmpty());
        grid.setVisible(!items.getItems().isEmpty());
        items.getItems().stream().filter(e -> selectId != null && e.id() == selectId).findFirst()
                .ifPresentOrElse(grid::select, grid::deselectAll);
        selectionChanged();
    }

    private void applyFilter() {
        String term = filter.getValue().strip().toLowerCase(Locale.ROOT);
        items.setFilter(e -> term.isEmpty() || grid.matches(e, term));
    }

    private Optional<CatalogueEntry> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void selectionChanged() {
        Optional<CatalogueEntry> chosen = selected();
        edit.setEnabled(chosen.isPresent());
        retire.setVisible(chosen.map(CatalogueEntry::active).orElse(true));
        retire.setEnabled(chosen.isPresent());
        reactivate.setVisible(chosen.map(e -> !e.active()).orElse(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kamus.nav");
    }
}
