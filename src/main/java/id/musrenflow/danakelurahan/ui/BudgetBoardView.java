package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.BusinessException;
import id.musrenflow.danakelurahan.BudgetBoardService;
import id.musrenflow.danakelurahan.LkkProgrammeService;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The budget board of dana kelurahan (/anggaran-dana-kelurahan?tahun=2027&wilayah=33.75.01.1002): a kelurahan's
 * pagu and money by sub kegiatan with its activities and the two Excel workbooks, or the roll-up of a kecamatan
 * (by kelurahan) or of the city (by kecamatan), whose lines open the board below them.
 */
@Route("anggaran-dana-kelurahan")
@RolesAllowed({"LURAH", "STAF_KELURAHAN", "LPM", "CAMAT", "STAF_KECAMATAN", "BAPPEDA", "BAPPEDA_ADMIN", "PEMANTAU"})
@Menu(title = "anggaran.nav", order = 18, icon = "vaadin:chart-3d")
@StyleSheet("context://styles/dana.css")
public class BudgetBoardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "anggaran-dana-kelurahan";

    private final transient BudgetBoardService board;
    private final transient RegionService regions;
    private final transient AuthenticatedUser user;
    private final int defaultYear;
    private final Select<Integer> year = new Select<>();
    private final Select<Territory> area = new Select<>();
    private final Div message = new Div();
    private final Div content = new Div();
    private boolean updating;

    public BudgetBoardView(BudgetBoardService board, RegionService regions, LkkProgrammeService programmes,
                           AuthenticationContext authentication) {
        this.board = board;
        this.regions = regions;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        this.defaultYear = programmes.planningYear();
        addClassNames("mf-page", "mf-dana", "mf-anggaran");
        year.setId("anggaran-tahun");
        year.setLabel(getTranslation("anggaran.tahun"));
        List<Integer> years = new ArrayList<>(board.years());
        if (!years.contains(defaultYear)) {
            years.add(0, defaultYear);
        }
        year.setItems(years);
        area.setId("anggaran-wilayah");
        area.setLabel(getTranslation("anggaran.wilayah"));
        area.setItemLabelGenerator(this::areaLabel);
        area.setItems(areas());
        area.setWidth("min(100%, 26rem)");
        year.addValueChangeListener(e -> navigate());
        area.addValueChangeListener(e -> navigate());
        message.setId("anggaran-pesan");
        message.getElement().setAttribute("role", "status");
        content.setId("anggaran-isi");
        content.setWidthFull();
        HorizontalLayout controls = new HorizontalLayout(year, area);
        controls.setWrap(true);
        controls.setWidthFull();
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("anggaran.judul")), controls, message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        int chosenYear = first(query, "tahun").flatMap(BudgetBoardView::parseYear).orElse(defaultYear);
        Optional<Territory> chosen = first(query, "wilayah").or(() -> board.home(user)).flatMap(regions::find);
        updating = true;
        year.setValue(chosenYear);
        area.setValue(chosen.filter(t -> board.mayRead(t.code(), user)).orElse(null));
        updating = false;
        show(chosenYear, chosen.orElse(null));
    }

    private void show(int chosenYear, Territory territory) {
        content.removeAll();
        message.setText("");
        if (territory == null) {
            message.setText(getTranslation("anggaran.pilih-wilayah"));
            return;
        }
        try {
            switch (territory.level()) {
                case KELURAHAN -> content.add(new KelurahanBoardPanel(board, chosenYear, territory.code(), user));
                case KECAMATAN -> content.add(new RollUpPanel(board.kecamatan(chosenYear, territory.code(), user),
                        ROUTE));
                case KOTA -> content.add(new RollUpPanel(board.city(chosenYear, user), ROUTE));
                default -> message.setText(getTranslation("anggaran.pilih-wilayah"));
            }
        } catch (BusinessException e) {
            message.setText(getTranslation(e.messageKey(), e.arguments()));
            content.add(new Paragraph(getTranslation("anggaran.pilih-wilayah")));
        }
    }

    private void navigate() {
        if (updating || year.getValue() == null || area.getValue() == null) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.simple(
                Map.of("tahun", String.valueOf(year.getValue()), "wilayah", area.getValue().code()))));
    }

    private List<Territory> areas() {
        List<Territory> all = new ArrayList<>();
        for (Territory kota : regions.byLevel(Level.KOTA)) {
            all.add(kota);
            for (Territory kecamatan : regions.children(kota.code())) {
                all.add(kecamatan);
                all.addAll(regions.children(kecamatan.code()));
            }
        }
        return all.stream().filter(t -> board.mayRead(t.code(), user)).toList();
    }

    private String areaLabel(Territory t) {
        return switch (t.level()) {
            case KOTA -> getTranslation("anggaran.wilayah.kota", t.name());
            case KECAMATAN -> getTranslation("anggaran.wilayah.kecamatan", t.name());
            default -> getTranslation("anggaran.wilayah.kelurahan", t.name());
        };
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return Optional.ofNullable(query.get(name)).filter(v -> !v.isEmpty()).map(v -> v.get(0));
    }

    private static Optional<Integer> parseYear(String text) {
        try {
            int value = Integer.parseInt(text);
            return value >= 2000 && value <= 2100 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("anggaran.judul");
    }
}
