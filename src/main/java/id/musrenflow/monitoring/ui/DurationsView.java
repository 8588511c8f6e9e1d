package id.musrenflow.monitoring.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.monitoring.DashboardLinks;
import id.musrenflow.monitoring.DurationFigures;
import id.musrenflow.monitoring.SeasonDashboard;
import id.musrenflow.monitoring.StageDurations;
import id.musrenflow.region.Level;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * Stage durations and bottlenecks (/pemantauan/durasi?tahun=2027&wilayah=33.75.01): median and 90th percentile
 * days per stage beside its allowance, then per child territory and per OPD, slowest first.
 */
@Route("pemantauan/durasi")
@RolesAllowed({"BAPPEDA", "BAPPEDA_ADMIN", "PEMANTAU", "ADMIN_SISTEM", "CAMAT", "STAF_KECAMATAN", "LURAH",
        "STAF_KELURAHAN", "LPM", "VERIFIKATOR_OPD", "DPRD"})
@StyleSheet("context://styles/pemantauan.css")
public class DurationsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient StageDurations durations;
    private final transient SeasonDashboard dashboard;
    private final transient AuthenticatedUser user;
    private final Div header = new Div();
    private final Div message = new Div();
    private final Div content = new Div();

    public DurationsView(StageDurations durations, SeasonDashboard dashboard, AuthenticationContext authentication) {
        this.durations = durations;
        this.dashboard = dashboard;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        addClassNames("mf-page", "mf-pemantauan");
        header.addClassName("mf-pemantauan-kepala");
        message.setId("pemantauan-pesan");
        message.getElement().setAttribute("role", "status");
        content.setId("durasi-isi");
        content.addClassName("mf-pemantauan-isi");
        add(new H1(getTranslation("pemantauan.durasi.judul")), header, message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MonitoringParameters chosen = MonitoringParameters.of(event, dashboard.defaultYear(), dashboard.home(user));
        header.removeAll();
        content.removeAll();
        message.setText("");
        Optional<DurationFigures> figures = durations.figures(user, chosen.year(), chosen.territory());
        if (figures.isEmpty()) {
            message.setText(getTranslation("pemantauan.dasbor.tidak-dapat-dilihat"));
            return;
        }
        DurationFigures f = figures.get();
        header.add(new TerritoryPath(f.path(), t -> DashboardLinks.durations(f.year(), t.code()),
                t -> TerritoryPath.label(t, this)));
        Anchor back = new Anchor(DashboardLinks.dashboard(f.year(), f.territory().code()),
                getTranslation("pemantauan.durasi.ke-dasbor", String.valueOf(f.year())));
        back.setId("durasi-ke-dasbor");
        header.add(back);
        Paragraph how = new Paragraph(getTranslation("pemantauan.durasi.penjelasan"));
        how.addClassName("mf-muted");
        content.add(how, new DurationRows("durasi-tahap", getTranslation("pemantauan.durasi.per-tahap"), f.stages(),
                false));
        if (f.territory().level() != Level.RW) {
            content.add(new DurationRows("durasi-wilayah", getTranslation("pemantauan.durasi.per-wilayah"),
                    f.territories(), true));
        }
        content.add(new DurationRows("durasi-opd", getTranslation("pemantauan.durasi.per-opd"), f.opds(), true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pemantauan.durasi.judul");
    }
}
