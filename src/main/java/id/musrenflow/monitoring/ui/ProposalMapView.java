package id.musrenflow.monitoring.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.monitoring.MonitoringAccess;
import id.musrenflow.monitoring.RegisterParameters;
import id.musrenflow.proposal.MapPoint;
import id.musrenflow.proposal.ProposalLimits;
import id.musrenflow.proposal.ProposalReach;
import id.musrenflow.proposal.ProposalRegister;
import id.musrenflow.proposal.RegisterFilter;
import id.musrenflow.reference.Opd;
import id.musrenflow.reference.OpdService;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import id.musrenflow.region.TerritoryCodes;
import id.musrenflow.season.Season;
import id.musrenflow.season.SeasonService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The map of usulan (/pemantauan/peta?tahun=2027&wilayah=33.75.01&tahap=OPD...): every usulan the reader may see that
 * has a map point, filtered with the register's query parameters, coloured by stage and clustered where dense; a point
 * opens its usulan. At most {@code musrenflow.peta.max-points} points are sent, and the page says when that cut the
 * selection. A territory outside the reader's reach is refused like an unknown one.
 */
@Route("pemantauan/peta")
@RolesAllowed({"BAPPEDA", "BAPPEDA_ADMIN", "PEMANTAU", "ADMIN_SISTEM", "CAMAT", "STAF_KECAMATAN", "LURAH",
        "STAF_KELURAHAN", "LPM", "VERIFIKATOR_OPD", "DPRD"})
@Menu(title = "peta.nav", order = 41, icon = "vaadin:map-marker")
@StyleSheet("context://styles/pemantauan-peta.css")
public class ProposalMapView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "pemantauan/peta";

    private final transient ProposalRegister register;
    private final transient MonitoringAccess access;
    private final transient RegionService regions;
    private final transient MapSettings settings;
    private final transient AuthenticatedUser user;
    private final int defaultYear;
    private final MapFilterBar filters;
    private final Paragraph message = new Paragraph();
    private final MapLegend legend = new MapLegend();
    private final ProposalMap map;

    public ProposalMapView(ProposalRegister register, MonitoringAccess access, RegionService regions, OpdService opds,
                           SeasonService seasons, ProposalLimits limits, MapSettings settings,
                           AuthenticationContext authentication) {
        this.register = register;
        this.access = access;
        this.regions = regions;
        this.settings = settings;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        this.defaultYear = seasons.planningYear();
        addClassNames("mf-page", "mf-peta-halaman");
        List<Integer> years = new ArrayList<>(seasons.seasons().stream().map(Season::planningYear).toList());
        if (!years.contains(defaultYear)) {
            years.add(defaultYear);
        }
        years.sort(Comparator.reverseOrder());
        List<Opd> activeOpds = opds.list().stream().filter(Opd::active).toList();
        filters = new MapFilterBar(years, territories(), new ArrayList<>(activeOpds), this::navigate);
        message.setId("peta-pesan");
        message.addClassName("mf-peta-pesan");
        message.getElement().setAttribute("role", "status");
        map = new ProposalMap(settings, limits.mapBox());
        setWidthFull();
        add(new H1(getTranslation("peta.judul")), filters, message, map, legend);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!access.mayMonitor(user)) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        RegisterFilter filter = RegisterParameters.parse(
                event.getLocation().getQueryParameters().getParameters(), defaultYear);
        String home = access.home(user);
        if (filter.territory() == null && !TerritoryCodes.KOTA_PEKALONGAN.equals(home)) {
            filter = filter.withTerritory(home);
        }
        Optional<Territory> territory = Optional.ofNullable(filter.territory()).flatMap(regions::find)
                .filter(t -> access.mayView(user, t.code()));
        if (filter.territory() != null && territory.isEmpty()) {
            filters.show(filter.withTerritory(null), regions.find(home).orElse(null));
            message.setText(getTranslation("peta.wilayah-tidak-dikenal", filter.territory()));
            map.show(List.of());
            legend.show(List.of());
            return;
        }
        filters.show(filter, territory.or(() -> regions.find(home)).orElse(null));
        show(filter);
    }

    private void show(RegisterFilter filter) {
        ProposalReach reach = access.reach(user);
        List<MapPoint> fetched = register.points(filter, reach, settings.maxPoints() + 1);
        PointSelection selection = PointSelection.of(fetched, settings.maxPoints(), register.count(filter, reach));
        map.show(selection.points());
        legend.show(selection.points());
        message.setText(switch (selection.outcome()) {
            case NONE -> getTranslation("peta.kosong");
            case NONE_LOCATED -> getTranslation("peta.tanpa-lokasi-semua", MapLegend.number(selection.total()));
            case CUT -> getTranslation("peta.dipotong", MapLegend.number(selection.points().size()),
                    MapLegend.number(selection.total()));
            case ALL -> selection.unlocated() == 0
                    ? getTranslation("peta.jumlah", MapLegend.number(selection.points().size()))
                    : getTranslation("peta.jumlah-tanpa-lokasi", MapLegend.number(selection.points().size()),
                    MapLegend.number(selection.unlocated()));
        });
        message.getElement().setAttribute("data-hasil", selection.outcome().name());
    }

    private void navigate(RegisterFilter filter) {
        getUI().ifPresent(ui -> ui.navigate(ROUTE, new QueryParameters(RegisterParameters.of(filter))));
    }

    /** City, kecamatan and kelurahan the reader may look at, in the region's order. */
    private List<Territory> territories() {
        List<Territory> all = new ArrayList<>();
        for (Territory kota : regions.byLevel(Level.KOTA)) {
            all.add(kota);
            for (Territory kecamatan : regions.children(kota.code())) {
                all.add(kecamatan);
                all.addAll(regions.children(kecamatan.code()));
            }
        }
        return new ArrayList<>(all.stream().filter(t -> access.mayView(user, t.code())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("peta.judul");
    }
}
