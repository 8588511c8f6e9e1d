package id.musrenflow.monitoring.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.monitoring.DashboardFigures;
import id.musrenflow.monitoring.DashboardLinks;
import id.musrenflow.monitoring.GroupFigures;
import id.musrenflow.monitoring.MonitoringAccess;
import id.musrenflow.monitoring.SeasonDashboard;
import id.musrenflow.region.Level;
import id.musrenflow.region.Territory;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;

/**
 * The season dashboard (/pemantauan?tahun=2027&wilayah=33.75.01): the funnel of usulan by stage with counts and
 * costs, and the same by child territory (each opening the dashboard one level down), OPD, bidang and origin. Every
 * figure opens the register filtered to exactly its usulan.
 */
@Route("pemantauan")
@RolesAllowed({"BAPPEDA", "BAPPEDA_ADMIN", "PEMANTAU", "ADMIN_SISTEM", "CAMAT", "STAF_KECAMATAN", "LURAH",
        "STAF_KELURAHAN", "LPM", "VERIFIKATOR_OPD", "DPRD"})
@Menu(title = "pemantauan.dasbor.nav", order = 12, icon = "vaadin:chart")
@StyleSheet("context://styles/pemantauan.css")
public class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient SeasonDashboard dashboard;
    private final transient AuthenticatedUser user;
    private final Select<Integer> year = new Select<>();
    private final Div header = new Div();
    private final Div message = new Div();
    private final Div content = new Div();
    private String territory;
    private boolean updating;

    public DashboardView(SeasonDashboard dashboard, AuthenticationContext authentication) {
        this.dashboard = dashboard;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        addClassNames("mf-page", "mf-pemantauan");
        year.setId("pemantauan-tahun");
        year.setLabel(getTranslation("pemantauan.dasbor.tahun"));
        year.setItems(dashboard.years());
        year.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null && territory != null) {
                getUI().ifPresent(ui -> ui.navigate(DashboardLinks.DASHBOARD_ROUTE, QueryParameters.simple(
                        Map.of("tahun", String.valueOf(e.getValue()), "wilayah", territory))));
            }
        });
        header.addClassName("mf-pemantauan-kepala");
        message.setId("pemantauan-pesan");
        message.getElement().setAttribute("role", "status");
        content.setId("pemantauan-isi");
        content.addClassName("mf-pemantauan-isi");
        HorizontalLayout controls = new HorizontalLayout(year, header);
        controls.setWrap(true);
        controls.setWidthFull();
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("pemantauan.dasbor.judul")), controls, message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MonitoringParameters chosen = MonitoringParameters.of(event, dashboard.defaultYear(), dashboard.home(user));
        updating = true;
        year.setValue(chosen.year());
        updating = false;
        header.removeAll();
        content.removeAll();
        message.setText("");
        Optional<DashboardFigures> figures = dashboard.figures(user, chosen.year(), chosen.territory());
        if (figures.isEmpty()) {
            territory = null;
            message.setText(getTranslation("pemantauan.dasbor.tidak-dapat-dilihat"));
            return;
        }
        show(figures.get());
    }

    private void show(DashboardFigures f) {
        territory = f.territory().code();
        header.add(new TerritoryPath(f.path(), t -> DashboardLinks.dashboard(f.year(), t.code()),
                t -> TerritoryPath.label(t, this)));
        Anchor durations = new Anchor(DashboardLinks.durations(f.year(), territory),
                getTranslation("pemantauan.dasbor.ke-durasi"));
        durations.setId("pemantauan-ke-durasi");
        header.add(durations);
        if (f.isEmpty()) {
            message.setText(getTranslation("pemantauan.dasbor.kosong", String.valueOf(f.year()), TerritoryPath.label(f.territory(), this)));
        }
        content.add(new FunnelChart(f));
        if (f.territory().level() != Level.RW) {
            content.add(new GroupRows("pemantauan-wilayah", getTranslation("pemantauan.dasbor.per-wilayah."
                    + f.territory().level().child().name()), f.territories(), g -> childLabel(f.territory(), g)));
        }
        content.add(new GroupRows("pemantauan-opd", getTranslation("pemantauan.dasbor.per-opd"), f.opds(),
                g -> g.name() == null ? getTranslation("pemantauan.dasbor.opd-belum") : g.name()));
        content.add(new GroupRows("pemantauan-bidang", getTranslation("pemantauan.dasbor.per-bidang"), f.fields(),
                g -> getTranslation("usulan.bidang." + g.key())));
        content.add(new GroupRows("pemantauan-asal", getTranslation("pemantauan.dasbor.per-asal"), f.origins(),
                g -> getTranslation("usulan.asal." + g.key())));
    }

    private String childLabel(Territory parent, GroupFigures group) {
        return switch (parent.level()) {
            case KOTA -> getTranslation("pemantauan.dasbor.kecamatan", group.name());
            case KECAMATAN -> getTranslation("pemantauan.dasbor.kelurahan", group.name());
            default -> group.name();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pemantauan.dasbor.judul");
    }
}
