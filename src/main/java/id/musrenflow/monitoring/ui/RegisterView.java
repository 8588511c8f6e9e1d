package id.musrenflow.monitoring.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.Rupiah;
import id.musrenflow.base.ui.NarrowScreen;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.monitoring.MonitoringAccess;
import id.musrenflow.monitoring.RegisterExports;
import id.musrenflow.monitoring.RegisterParameters;
import id.musrenflow.proposal.CatalogueEntry;
import id.musrenflow.proposal.CatalogueService;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalReach;
import id.musrenflow.proposal.ProposalRegister;
import id.musrenflow.proposal.ProposalStage;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.RegisterFilter;
import id.musrenflow.proposal.RegisterRow;
import id.musrenflow.proposal.RegisterSort;
import id.musrenflow.reference.Opd;
import id.musrenflow.reference.OpdService;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import id.musrenflow.season.SeasonService;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The register of usulan (/pemantauan/usulan?tahun=2027&wilayah=33.75.01&tahap=OPD...): every usulan the reader
 * may see, filtered, searched and sorted, fifty rows at a time from the database; a row opens the usulan
 * read-only. The filter lives in the address, so every figure of the dashboard links here and a selection can be
 * bookmarked; the exports take the same selection.
 */
@Route("pemantauan/usulan")
@RolesAllowed({"BAPPEDA", "BAPPEDA_ADMIN", "PEMANTAU", "ADMIN_SISTEM", "CAMAT", "STAF_KECAMATAN", "LURAH",
        "STAF_KELURAHAN", "LPM", "VERIFIKATOR_OPD", "DPRD"})
@Menu(title = "pemantauan.register.nav", order = 31, icon = "vaadin:records")
@StyleSheet("context://styles/pemantauan.css")
public class RegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProposalRegister register;
    private final transient RegionService regions;
    private final transient OpdService opds;
    private final transient CatalogueService catalogue;
    private final transient MonitoringAccess access;
    private final transient RegisterExports exports;
    private final transient AuthenticatedUser user;
    private final transient ProposalReach reach;
    private final int defaultYear;

    private final Select<Integer> year = new Select<>();
    private final ComboBox<Territory> area = new ComboBox<>();
    private final ComboBox<Territory> rw = new ComboBox<>();
    private final MultiSelectComboBox<ProposalStage> stages = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<ProposalStatus> statuses = new MultiSelectComboBox<>();
    private final ComboBox<Opd> initialOpd = new ComboBox<>();
    private final ComboBox<Opd> finalOpd = new ComboBox<>();
    private final Select<ProposalField> field = new Select<>();
    private final Select<ProposalOrigin> origin = new Select<>();
    private final Select<ProposalKind> kind = new Select<>();
    private final ComboBox<CatalogueEntry> item = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();
    private final TextField search = new TextField();
    private final Span total = new Span();
    private final Div message = new Div();
    private final Div exportBar = new Div();
    private final Grid<RegisterRow> grid = new Grid<>(RegisterRow.class, false);
    private final CallbackDataProvider<RegisterRow, Void> rows;
    private RegisterFilter filter;
    private boolean updating;
    private boolean refused;

    public RegisterView(ProposalRegister register, RegionService regions, OpdService opds, CatalogueService catalogue,
                        SeasonService seasons, MonitoringAccess access, RegisterExports exports,
                        AuthenticationContext authentication) {
        this.register = register;
        this.regions = regions;
        this.opds = opds;
        this.catalogue = catalogue;
        this.access = access;
        this.exports = exports;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        this.reach = access.reach(user);
        this.defaultYear = seasons.planningYear();
        this.filter = RegisterFilter.ofYear(defaultYear);
        addClassNames("mf-page", "mf-register");
        setWidthFull();
        rows = DataProvider.fromCallbacks(
                query -> refused ? Stream.empty() : register.page(filter, reach, sortOf(query.getSortOrders()), descending(query.getSortOrders()),
                        query.getOffset(), query.getLimit()).stream(),
                query -> refused ? 0 : (int) Math.min(Integer.MAX_VALUE, register.count(filter, reach)));
        configureFilters();
        configureGrid();
        total.setId("register-jumlah");
        total.addClassName("mf-register-total");
        message.setId("register-pesan");
        message.getElement().setAttribute("role", "status");
        exportBar.setId("register-ekspor");
        exportBar.addClassName("mf-register-export");
        add(new H1(getTranslation("pemantauan.register.judul")), filterBar(), total, message, exportBar, grid);
    }

    private void configureFilters() {
        year.setId("register-tahun");
        year.setLabel(getTranslation("pemantauan.filter.tahun"));
        Set<Integer> years = new TreeSet<>(catalogue.years());
        years.add(defaultYear);
        year.setItems(years.stream().sorted((a, b) -> b - a).toList());
        area.setId("register-wilayah");
        area.setLabel(getTranslation("pemantauan.filter.wilayah"));
        area.setItems(areas());
        area.setItemLabelGenerator(this::areaLabel);
        area.setClearButtonVisible(true);
        rw.setId("register-rw");
        rw.setLabel(getTranslation("pemantauan.filter.rw"));
        rw.setItemLabelGenerator(Territory::shortLabel);
        rw.setClearButtonVisible(true);
        rw.setVisible(false);
        stages.setId("register-tahap");
        stages.setLabel(getTranslation("pemantauan.filter.tahap"));
        stages.setItems(Arrays.stream(ProposalStage.values()).filter(s -> s != ProposalStage.DRAFT).toList());
        stages.setItemLabelGenerator(s -> getTranslation("tahap." + s.name()));
        statuses.setId("register-status");
        statuses.setLabel(getTranslation("pemantauan.filter.status"));
        statuses.setItems(Arrays.stream(ProposalStatus.values()).filter(s -> s != ProposalStatus.DRAFT).toList());
        statuses.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        List<Opd> offices = opds.list();
        for (ComboBox<Opd> box : List.of(initialOpd, finalOpd)) {
            box.setItems(offices);
            box.setItemLabelGenerator(Opd::name);
            box.setClearButtonVisible(true);
        }
        initialOpd.setId("register-opd-awal");
        initialOpd.setLabel(getTranslation("pemantauan.filter.opd-awal"));
        finalOpd.setId("register-opd");
        finalOpd.setLabel(getTranslation("pemantauan.filter.opd"));
        field.setId("register-bidang");
        field.setLabel(getTranslation("pemantauan.filter.bidang"));
        field.setItems(ProposalField.values());
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(getTranslation("pemantauan.filter.semua"));
        field.setItemLabelGenerator(f -> f == null ? getTranslation("pemantauan.filter.semua")
                : getTranslation("usulan.bidang." + f.name()));
        origin.setId("register-asal");
        origin.setLabel(getTranslation("pemantauan.filter.asal"));
        origin.setItems(ProposalOrigin.values());
        origin.setEmptySelectionAllowed(true);
        origin.setEmptySelectionCaption(getTranslation("pemantauan.filter.semua"));
        origin.setItemLabelGenerator(o -> o == null ? getTranslation("pemantauan.filter.semua")
                : getTranslation("usulan.asal." + o.name()));
        kind.setId("register-jenis");
        kind.setLabel(getTranslation("pemantauan.filter.jenis"));
        kind.setItems(ProposalKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("pemantauan.filter.semua"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("pemantauan.filter.semua")
                : getTranslation("usulan.jenis." + k.name()));
        item.setId("register-kamus");
        item.setLabel(getTranslation("pemantauan.filter.kamus"));
        item.setItemLabelGenerator(e -> e.item().name());
        item.setClearButtonVisible(true);
        overdue.setId("register-terlambat");
        overdue.setLabel(getTranslation("pemantauan.filter.terlambat"));
        search.setId("register-cari");
        search.setLabel(getTranslation("pemantauan.filter.cari"));
        search.setPlaceholder(getTranslation("pemantauan.filter.cari.petunjuk"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        Stream.<AbstractField<?, ?>>of(year, area, rw, initialOpd, finalOpd, field, origin, kind, item, overdue, search)
                .forEach(f -> f.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        changed();
                    }
                }));
        stages.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
        statuses.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
    }

    /**
     * The search stays in sight; the other filters sit under "Saring", open on a desk and folded on a phone, so the
     * first screen of a phone shows usulan, not five selects.
     */
    private Div filterBar() {
        FlexLayout main = new FlexLayout(year, area, rw, stages);
        main.addClassName("mf-register-filters");
        FlexLayout more = new FlexLayout(statuses, initialOpd, finalOpd, field, origin, kind, item, overdue);
        more.addClassName("mf-register-filters");
        Details details = new Details(getTranslation("pemantauan.filter.lainnya"), more);
        details.setId("register-saringan-lain");
        Details panel = new Details(getTranslation("pemantauan.filter.saring"), new Div(main, details));
        panel.setId("register-saring");
        panel.setOpened(true);
        NarrowScreen.follow(panel, phone -> panel.setOpened(!phone));
        FlexLayout searchRow = new FlexLayout(search);
        searchRow.addClassName("mf-register-filters");
        return new Div(searchRow, panel);
    }

    private void configureGrid() {
        grid.setId("register-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.addColumn(new ComponentRenderer<>(this::numberCell)).setHeader(getTranslation("pemantauan.kolom.nomor"))
                .setKey("nomor").setSortProperty(RegisterSort.NUMBER.name()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RegisterRow::displayTitle).setHeader(getTranslation("pemantauan.kolom.judul")).setKey("judul")
                .setSortProperty(RegisterSort.TITLE.name()).setFlexGrow(3);
        grid.addColumn(r -> getTranslation("status." + r.status().name()))
                .setHeader(getTranslation("pemantauan.kolom.status")).setKey("status")
                .setSortProperty(RegisterSort.STATUS.name()).setFlexGrow(2);
        grid.addColumn(r -> regions.describe(r.rwCode() != null ? r.rwCode() : r.kelurahanCode()))
                .setHeader(getTranslation("pemantauan.kolom.wilayah")).setKey("wilayah")
                .setSortProperty(RegisterSort.KELURAHAN.name()).setFlexGrow(2);
        grid.addColumn(r -> r.opd() == null ? "" : opds.find(r.opd()).map(Opd::shortName).orElse(r.opd()))
                .setHeader(getTranslation("pemantauan.kolom.opd")).setKey("opd").setFlexGrow(1);
        grid.addColumn(r -> Rupiah.format(r.cost())).setHeader(getTranslation("pemantauan.kolom.biaya"))
                .setKey("biaya").setSortProperty(RegisterSort.COST.name()).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::dueCell)).setHeader(getTranslation("pemantauan.kolom.tenggat"))
                .setKey("tenggat").setSortProperty(RegisterSort.DUE.name()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.changedAt() == null ? "" : IndonesianDates.dateTime(r.changedAt(), getLocale()))
                .setHeader(getTranslation("pemantauan.kolom.diubah")).setKey("diubah")
                .setSortProperty(RegisterSort.CHANGED.name()).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<RegisterRow> card = grid.addColumn(new ComponentRenderer<>(this::card)).setKey("kartu")
                .setHeader(getTranslation("pemantauan.kolom.judul"));
        // a phone has room for one column: the card carries what the desk spreads over eight
        NarrowScreen.hideOnPhones(grid, grid.getColumns().stream().filter(c -> c != card)
                .toArray(Grid.Column[]::new));
        NarrowScreen.showOnPhonesOnly(grid, card);
        grid.setItems(rows);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("pemantauan/usulan/" + e.getItem().number()));
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
    }

    /** One usulan on a phone: number and due date, title, status, place and cost. */
    private Div card(RegisterRow row) {
        Div top = new Div(numberCell(row), dueCell(row));
        top.addClassName("mf-task-card-top");
        Span title = new Span(row.displayTitle());
        title.addClassName("mf-task-card-case");
        Span facts = new Span(String.join(" · ", getTranslation("status." + row.status().name()),
                regions.describe(row.rwCode() != null ? row.rwCode() : row.kelurahanCode()), Rupiah.format(row.cost())));
        facts.addClassName("mf-task-card-stage");
        Div card = new Div(top, title, facts);
        card.addClassName("mf-task-card");
        return card;
    }

    private Anchor numberCell(RegisterRow row) {
        Anchor link = new Anchor("pemantauan/usulan/" + row.number(), row.number());
        link.addClassName("mf-register-nomor");
        return link;
    }

    private Span dueCell(RegisterRow row) {
        if (row.due() == null || !row.stage().hasTask()) {
            return new Span();
        }
        Span due = new Span(IndonesianDates.shortDate(row.due().toLocalDate()));
        if (row.overdueAt(now())) {
            due.setText(due.getText() + " · " + getTranslation("pemantauan.terlambat"));
            due.getElement().getThemeList().add("badge error");
        }
        return due;
    }

    private LocalDateTime now() {
        return register.now();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RegisterFilter parsed = RegisterParameters.parse(event.getLocation().getQueryParameters().getParameters(),
                defaultYear);
        message.setText("");
        if (parsed.territory() != null && (regions.find(parsed.territory()).isEmpty()
                || !access.mayView(user, parsed.territory()))) {
            // an unknown territory and one out of reach are refused alike
            message.setText(getTranslation("pemantauan.error.wilayah", parsed.territory()));
            refused = true;
            filter = parsed.withTerritory(null);
            showFilter(filter);
            refreshCounts();
            return;
        }
        refused = false;
        filter = parsed.territory() == null && !reach.wholeCity() && reach.opds().isEmpty()
                && reach.pokirOf() == null ? parsed.withTerritory(access.home(user)) : parsed;
        showFilter(filter);
        refreshCounts();
    }

    private void showFilter(RegisterFilter f) {
        updating = true;
        year.setValue(f.year());
        item.setItems(catalogue.entries(f.year()));
        Territory chosen = f.territory() == null ? null : regions.find(f.territory()).orElse(null);
        Territory kelurahanOrAbove = chosen != null && chosen.level() == Level.RW
                ? regions.find(chosen.parentCode()).orElse(null) : chosen;
        area.setValue(kelurahanOrAbove != null && kelurahanOrAbove.level() != Level.KOTA ? kelurahanOrAbove : null);
        showRw(kelurahanOrAbove);
        rw.setValue(chosen != null && chosen.level() == Level.RW ? chosen : null);
        stages.setValue(f.stages());
        statuses.setValue(f.statuses());
        initialOpd.setValue(f.initialOpd() == null ? null : opds.find(f.initialOpd()).orElse(null));
        finalOpd.setValue(f.finalOpd() == null ? null : opds.find(f.finalOpd()).orElse(null));
        field.setValue(f.field());
        origin.setValue(f.origin());
        kind.setValue(f.kind());
        item.setValue(f.catalogueItemId() == null ? null : catalogue.entry(f.catalogueItemId()).orElse(null));
        overdue.setValue(f.overdue());
        search.setValue(f.search() == null ? "" : f.search());
        updating = false;
    }

    private void showRw(Territory kelurahan) {
        boolean show = kelurahan != null && kelurahan.level() == Level.KELURAHAN;
        rw.setVisible(show);
        rw.setItems(show ? regions.children(kelurahan.code()) : List.of());
    }

    private void changed() {
        if (updating) {
            return;
        }
        Territory chosenArea = area.getValue();
        if (chosenArea == null || chosenArea.level() != Level.KELURAHAN
                || rw.getValue() != null && !chosenArea.contains(rw.getValue().code())) {
            rw.clear();
        }
        showRw(chosenArea);
        String territory = rw.getValue() != null ? rw.getValue().code()
                : chosenArea != null ? chosenArea.code() : null;
        Integer chosenYear = year.getValue() == null ? defaultYear : year.getValue();
        if (!Objects.equals(chosenYear, filter.year())) {
            item.clear();
            item.setItems(catalogue.entries(chosenYear));
        }
        filter = new RegisterFilter(chosenYear, territory, stages.getValue(), statuses.getValue(),
                initialOpd.getValue() == null ? null : initialOpd.getValue().code(),
                finalOpd.getValue() == null ? null : finalOpd.getValue().code(), field.getValue(), origin.getValue(),
                kind.getValue(), item.getValue() == null ? null : item.getValue().id(), overdue.getValue(),
                search.getValue());
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location(RegisterParameters.REGISTER_ROUTE,
                        QueryParameters.full(toArrays(RegisterParameters.of(filter)))));
        message.setText("");
        refused = false;
        refreshCounts();
    }

    private static Map<String, String[]> toArrays(Map<String, List<String>> q) {
        Map<String, String[]> result = new java.util.LinkedHashMap<>();
        q.forEach((k, v) -> result.put(k, v.toArray(String[]::new)));
        return result;
    }

    private void refreshCounts() {
        long count = refused ? 0 : register.count(filter, reach);
        total.setText(getTranslation("pemantauan.register.jumlah", String.format(IndonesianDates.INDONESIAN, "%,d", count)));
        if (count == 0 && !refused) {
            message.setText(getTranslation("pemantauan.register.kosong"));
        }
        exportBar.removeAll();
        if (!refused && count > 0) {
            if (count > exports.limit()) {
                Span tooMany = new Span(getTranslation("pemantauan.ekspor.terlalu-banyak",
                        String.format(IndonesianDates.INDONESIAN, "%,d", exports.limit()),
                        String.format(IndonesianDates.INDONESIAN, "%,d", count)));
                tooMany.setId("register-ekspor-batas");
                exportBar.add(tooMany);
            } else {
                exportBar.add(new Span(getTranslation("pemantauan.ekspor.unduh")),
                        exportLink("xlsx", "pemantauan.ekspor.excel"), exportLink("csv", "pemantauan.ekspor.csv"),
                        exportLink("sipd", "pemantauan.ekspor.sipd"));
            }
        }
        rows.refreshAll();
    }

    private Anchor exportLink(String format, String labelKey) {
        Anchor link = new Anchor(RegisterExports.url(format, filter), getTranslation(labelKey));
        link.setId("register-ekspor-" + format);
        link.getElement().setAttribute("download", true);
        link.setRouterIgnore(true);
        return link;
    }

    private List<Territory> areas() {
        List<Territory> result = new ArrayList<>();
        for (Territory kecamatan : regions.byLevel(Level.KECAMATAN)) {
            if (access.mayView(user, kecamatan.code())) {
                result.add(kecamatan);
            }
            for (Territory kelurahan : regions.children(kecamatan.code())) {
                if (access.mayView(user, kelurahan.code())) {
                    result.add(kelurahan);
                }
            }
        }
        return result;
    }

    private String areaLabel(Territory t) {
        return t.level() == Level.KECAMATAN ? getTranslation("pemantauan.wilayah.kecamatan", t.name())
                : getTranslation("pemantauan.wilayah.kelurahan", t.name());
    }

    private static RegisterSort sortOf(List<QuerySortOrder> orders) {
        return orders.isEmpty() ? RegisterSort.NUMBER : RegisterSort.valueOf(orders.get(0).getSorted());
    }

    private static boolean descending(List<QuerySortOrder> orders) {
        return !orders.isEmpty() && orders.get(0).getDirection() == SortDirection.DESCENDING;
    }

    RegisterFilter filter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pemantauan.register.judul");
    }
}
