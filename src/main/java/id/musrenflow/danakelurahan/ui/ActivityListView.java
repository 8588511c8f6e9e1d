package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.Rupiah;
import id.musrenflow.danakelurahan.ActivityDetail;
import id.musrenflow.danakelurahan.ExecutionService;
import id.musrenflow.identity.AuthenticatedUser;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The dana kelurahan activities this user may see (own kelurahan, kecamatan, or the Pokmas's own), with progress. */
@Route("kegiatan-kelurahan")
@RolesAllowed({"LURAH", "STAF_KELURAHAN", "CAMAT", "STAF_KECAMATAN", "POKMAS", "PEMANTAU", "BAPPEDA", "BAPPEDA_ADMIN"})
@Menu(title = "kegiatan.nav", order = 87, icon = "vaadin:tools")
@StyleSheet("context://styles/dana.css")
public class ActivityListView extends VerticalLayout implements HasDynamicTitle {

    public ActivityListView(ExecutionService execution, AuthenticationContext authentication) {
        AuthenticatedUser user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        addClassNames("mf-page", "mf-dana");
        List<ActivityDetail> activities = execution.activities(user);
        Grid<ActivityDetail> grid = new Grid<>();
        grid.setId("kegiatan-daftar");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(this::row).setHeader(getTranslation("kegiatan.ui.kegiatan"));
        grid.setAllRowsVisible(true);
        grid.setItems(activities);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ActivityView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id())))));
        Paragraph empty = new Paragraph(getTranslation("kegiatan.ui.kosong"));
        empty.setId("kegiatan-kosong");
        empty.setVisible(activities.isEmpty());
        grid.setVisible(!activities.isEmpty());
        add(new H2(getTranslation("kegiatan.nav")), empty, grid);
    }

    /** One cell per activity, so the list reads the same on a 390 px phone as on a desk. */
    private Div row(ActivityDetail a) {
        Span status = new Span(getTranslation("kegiatan.status." + a.status().name()));
        status.getElement().getThemeList().add("badge");
        Div cell = new Div(new Div(new Span(a.number() + " · " + a.description())), new Div(status,
                new Span(" " + getTranslation("kegiatan.ui.kemajuan", a.physicalPercent(), a.financialPercent())
                        + " · " + getTranslation("kegiatan.ui.anggaran") + " " + Rupiah.format(a.budget()))));
        cell.getStyle().set("white-space", "normal");
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kegiatan.nav");
    }
}
