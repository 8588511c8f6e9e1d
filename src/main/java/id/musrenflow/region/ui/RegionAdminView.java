package id.musrenflow.region.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Maintenance of the RWs and RTs of a kelurahan. Kecamatan and kelurahan follow the Kemendagri codes and are only
 * chosen here; RW and RT change when the city reorganises its neighbourhoods.
 */
@Route("admin/wilayah")
@RolesAllowed({"ADMIN_SISTEM", "BAPPEDA_ADMIN"})
@Menu(title = "nav.admin-wilayah", order = 80, icon = "vaadin:map-marker")
public class RegionAdminView extends VerticalLayout implements HasDynamicTitle {

    public RegionAdminView(RegionService regions, AuthenticationContext authentication) {
        addClassName("mf-page");
        String actor = authentication.getPrincipalName().orElseThrow();

        Paragraph intro = new Paragraph(getTranslation("wilayah.admin.intro"));
        intro.addClassName("mf-muted");

        Select<Territory> kecamatan = territorySelect("kecamatan", "wilayah.kecamatan");
        kecamatan.setItems(regions.byLevel(Level.KECAMATAN));
        Select<Territory> kelurahan = territorySelect("kelurahan", "wilayah.kelurahan");
        kelurahan.setEnabled(false);
        Div choice = new Div(kecamatan, kelurahan);
        choice.addClassName("mf-toolbar");

        TerritoryPanel rws = new TerritoryPanel(Level.RW, regions, actor);
        TerritoryPanel rts = new TerritoryPanel(Level.RT, regions, actor);
        Div panels = new Div(rws, rts);
        panels.addClassName("mf-region-panels");

        kecamatan.addValueChangeListener(event -> {
            Territory chosen = event.getValue();
            kelurahan.setItems(chosen == null ? List.of() : regions.children(chosen.code()));
            kelurahan.setEnabled(chosen != null);
        });
        kelurahan.addValueChangeListener(event -> rws.show(event.getValue()));
        rws.addSelectionListener(rts::show);
        // RT counts per RW change whenever an RT is added or deleted
        rts.addChangeListener(rws::refresh);

        add(intro, choice, panels);
    }

    private Select<Territory> territorySelect(String id, String labelKey) {
        Select<Territory> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItemLabelGenerator(Territory::name);
        return select;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wilayah.admin.judul");
    }
}
