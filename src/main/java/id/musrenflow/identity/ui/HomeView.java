package id.musrenflow.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.identity.PositionType;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.Set;

/** Start page: who you are, the positions you hold today, and what each of them lets you do here. */
@Route("")
@PermitAll
@Menu(title = "nav.beranda", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(AuthenticationContext authentication, UserService identity, PositionLabels labels) {
        addClassName("mf-page");
        AuthenticatedUser user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        H2 greeting = new H2(getTranslation("beranda.salam", user.displayName()));
        greeting.setId("greeting");
        Paragraph today = new Paragraph(getTranslation("beranda.hari-ini",
                IndonesianDates.longDate(identity.today(), getLocale())));
        today.addClassName("mf-muted");
        add(greeting, today);

        Div positions = new Div(new H3(getTranslation("beranda.jabatan")));
        positions.addClassName("mf-card");
        positions.setId("positions");
        if (user.positions().isEmpty()) {
            positions.add(new Paragraph(getTranslation("beranda.tanpa-jabatan")));
        }
        UnorderedList list = new UnorderedList();
        for (Position position : user.positions()) {
            list.add(new ListItem(labels.label(position, getLocale(), this::getTranslation)));
        }
        positions.add(list);
        add(positions);

        Set<PositionType> types = new LinkedHashSet<>();
        user.positions().forEach(p -> types.add(p.type()));
        Div roles = new Div(new H3(getTranslation("beranda.yang-bisa-dilakukan")));
        roles.addClassName("mf-card");
        roles.setId("role-guide");
        for (PositionType type : types) {
            Div role = new Div(new Span(getTranslation("jabatan." + type.name())),
                    new Paragraph(getTranslation("peran." + type.name())));
            role.addClassName("mf-role");
            roles.add(role);
        }
        add(roles);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.beranda");
    }
}
