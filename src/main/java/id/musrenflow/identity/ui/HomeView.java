package id.musrenflow.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.dependency.StyleSheet;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.ui.HomeCard;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionLabels;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/**
 * Start page (Beranda): what matters to the user now, from the cards the modules contribute ({@link HomeCard}: the
 * season's stage, open tasks by stage, their own usulan, their territory's figures), then the positions they hold.
 */
@Route("")
@PermitAll
@StyleSheet("context://styles/pemantauan.css")
@Menu(title = "nav.beranda", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(AuthenticationContext authentication, UserService identity, PositionLabels labels,
                    List<HomeCard> homeCards) {
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

        Div cards = new Div();
        cards.setId("beranda-kartu");
        cards.addClassName("mf-beranda-kartu");
        homeCards.stream().sorted(Comparator.comparingInt(HomeCard::order))
                .forEach(card -> card.create().ifPresent(cards::add));
        addComponentAtIndex(2, cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.beranda");
    }
}
