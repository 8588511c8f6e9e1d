package id.musrenflow.lks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.lks.RegistryEntry;
import id.musrenflow.lks.RegistryService;
import id.musrenflow.region.RegionService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The LKS registry for Dinas Sosial, the LKKS board and the administrator (/lks/registri): register an organisation,
 * edit its profile and officers, set its LKKS membership, read who changed what and why.
 */
@Route("lks/registri")
@RolesAllowed({"DINSOS_VERIFIKATOR", "PENGURUS_LKKS", "ADMIN_SISTEM"})
@StyleSheet("context://styles/lks.css")
@Menu(title = "lks.nav.registri", order = 41, icon = "vaadin:records")
public class RegistryView extends VerticalLayout implements HasDynamicTitle {

    private final transient RegistryService registry;
    private final transient RegionService regions;
    private final transient AuthenticatedUser user;
    private final transient PositionLabels labels;

    public RegistryView(RegistryService registry, RegionService regions, AuthenticationContext authentication,
                        PositionLabels labels) {
        this.labels = labels;
        this.registry = registry;
        this.regions = regions;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        addClassNames("mf-page", "mf-lks-registri");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("lks.registri.judul")));
        if (registry.canRegister(user)) {
            Button register = new Button(getTranslation("lks.registri.daftarkan"),
                    click -> new OrganisationDialog(registry, regions, null, user, this::refresh).open());
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.setId("lks-registri-daftarkan");
            add(register);
        }
        List<RegistryEntry> entries = registry.entries(user);
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("lks.registri.kosong")));
        }
        entries.forEach(entry -> add(new RegistryCard(entry, registry, regions, labels, user, false, this::refresh)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lks.nav.registri");
    }
}
