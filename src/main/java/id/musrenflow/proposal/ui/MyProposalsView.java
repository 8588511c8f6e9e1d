package id.musrenflow.proposal.ui;

import id.musrenflow.season.Stage;
import id.musrenflow.season.SeasonToday;
import id.musrenflow.season.SeasonService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.Rupiah;
import id.musrenflow.base.ui.NarrowScreen;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.region.RegionService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;

/** The proposer's own usulan with their status, searchable by number or title; the way to start a new one. */
@Route("usulan")
@RolesAllowed({"KETUA_RT", "KETUA_RW", "PENGURUS_LKK", "LURAH", "STAF_KELURAHAN", "DPRD"})
@Menu(title = "nav.usulan-saya", order = 10, icon = "vaadin:clipboard-text")
@StyleSheet("context://styles/usulan.css")
public class MyProposalsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<ProposalSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<ProposalStatus> status = new ComboBox<>();
    private final ListDataProvider<ProposalSummary> rows;

    public MyProposalsView(ProposalService proposals, RegionService regions, SeasonService seasons,
                           AuthenticationContext authentication) {
        addClassNames("mf-page", "mf-usulan");
        setHeightFull();
        AuthenticatedUser user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        rows = new ListDataProvider<>(new ArrayList<>(proposals.proposedBy(user.username())));

        search.setPlaceholder(getTranslation("usulan.daftar.cari"));
        search.setAriaLabel(getTranslation("usulan.daftar.cari"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("usulan-cari");
        search.addValueChangeListener(e -> filter());
        status.setItems(Arrays.stream(ProposalStatus.values()).toList());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setPlaceholder(getTranslation("usulan.daftar.semua-status"));
        status.setAriaLabel(getTranslation("umum.status"));
        status.setClearButtonVisible(true);
        status.setId("usulan-filter-status");
        status.addValueChangeListener(e -> filter());
        Button create = new Button(getTranslation("usulan.baru"), VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate("usulan/baru"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("usulan-baru");
        Div toolbar = new Div(search, status, create);
        toolbar.addClassName("mf-toolbar");

        grid.setId("usulan-daftar");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        Grid.Column<ProposalSummary> number = grid.addColumn(ProposalSummary::number).setKey("nomor")
                .setHeader(getTranslation("usulan.daftar.nomor")).setAutoWidth(true);
        grid.addColumn(ProposalSummary::displayTitle).setKey("judul")
                .setHeader(getTranslation("usulan.form.judul")).setFlexGrow(2);
        grid.addColumn(u -> getTranslation("status." + u.status().name())).setKey("status")
                .setHeader(getTranslation("umum.status")).setAutoWidth(true);
        Grid.Column<ProposalSummary> place = grid.addColumn(u -> place(u, regions)).setKey("wilayah")
                .setHeader(getTranslation("usulan.daftar.wilayah")).setFlexGrow(1);
        Grid.Column<ProposalSummary> cost = grid.addColumn(u -> Rupiah.format(u.cost())).setKey("biaya")
                .setHeader(getTranslation("usulan.form.biaya")).setAutoWidth(true);
        Grid.Column<ProposalSummary> changed = grid.addColumn(u -> IndonesianDates.dateTime(u.changedAt(), getLocale()))
                .setKey("diubah").setHeader(getTranslation("usulan.daftar.diubah")).setAutoWidth(true);
        NarrowScreen.hideOnPhones(grid, number, place, cost, changed);
        grid.setDataProvider(rows);
        grid.addItemClickListener(click -> UI.getCurrent().navigate("usulan/" + click.getItem().id()));

        seasons.now().ifPresent(now -> add(seasonLine(now)));
        add(toolbar);
        if (rows.getItems().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("usulan.daftar.kosong"));
            empty.setId("usulan-daftar-kosong");
            add(empty);
        }
        add(grid);
    }

    private void filter() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        ProposalStatus chosen = status.getValue();
        rows.setFilter(u -> (chosen == null || u.status() == chosen)
                && (text.isEmpty() || u.number().toLowerCase(Locale.ROOT).contains(text)
                || u.title().toLowerCase(Locale.ROOT).contains(text)));
    }

    private static String place(ProposalSummary u, RegionService regions) {
        String kelurahan = regions.describe(u.kelurahanCode());
        String rts = String.join(", ", u.rtCodes().stream().map(rt -> "RT " + rt.substring(rt.lastIndexOf('.') + 1)).toList());
        return rts.isEmpty() ? kelurahan : kelurahan + " · " + rts;
    }

    /** Where the season stands, for proposers on a phone too (the top bar has no room for it there). */
    private Paragraph seasonLine(SeasonToday now) {
        int year = now.season().planningYear();
        Paragraph line = new Paragraph(now.open().stream().filter(w -> w.stage() == Stage.USULAN).findFirst()
                .map(w -> getTranslation("musim.widget.terbuka", year, getTranslation(w.stage().messageKey()),
                        IndonesianDates.longDate(w.end(), getLocale())))
                .orElseGet(() -> getTranslation("usulan.daftar.jendela-tutup", year,
                        getTranslation(Stage.USULAN.messageKey()),
                        IndonesianDates.longDate(now.season().window(Stage.USULAN).start(), getLocale()),
                        IndonesianDates.longDate(now.season().window(Stage.USULAN).end(), getLocale()))));
        line.setId("usulan-musim");
        line.addClassName("mf-muted");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.usulan-saya");
    }
}
