package id.musrenflow.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.ui.HomeCard;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.monitoring.DashboardFigures;
import id.musrenflow.monitoring.DashboardLinks;
import id.musrenflow.monitoring.SeasonDashboard;
import id.musrenflow.monitoring.StageCount;
import java.util.Optional;

/**
 * The figures of the reader's territory on the home page, for those with a planner's view: the usulan of the current
 * season by stage (stages with usulan only), each opening the register, and the way to the full dashboard.
 */
@org.springframework.stereotype.Component
class TerritoryHomeCard implements HomeCard {

    private final SeasonDashboard dashboard;
    private final AuthenticationContext authentication;

    TerritoryHomeCard(SeasonDashboard dashboard, AuthenticationContext authentication) {
        this.dashboard = dashboard;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> create() {
        return authentication.getAuthenticatedUser(AuthenticatedUser.class).flatMap(dashboard::overview)
                .map(TerritoryHomeCard::card);
    }

    private static Component card(DashboardFigures f) {
        Div card = new Div();
        card.setId("beranda-wilayah");
        card.addClassName("mf-card");
        card.add(new H3(card.getTranslation("beranda.wilayah.judul", TerritoryPath.label(f.territory(), card),
                String.valueOf(f.year()))));
        Div total = new Div(new Span(card.getTranslation("pemantauan.dasbor.diajukan")),
                FigureLinks.count(f.submitted(), null));
        total.addClassName("mf-angka-baris");
        total.setId("beranda-wilayah-total");
        card.add(total);
        for (StageCount stage : f.funnel()) {
            if (stage.figure().count() == 0) {
                continue;
            }
            String label = FigureLinks.stageLabel(card, stage.stage());
            Div row = new Div(new Span(label), FigureLinks.count(stage.figure(),
                    card.getTranslation("pemantauan.dasbor.jumlah-di", label, stage.figure().count())));
            row.addClassName("mf-angka-baris");
            row.setId("beranda-wilayah-" + stage.stage().name());
            card.add(row);
        }
        Anchor open = new Anchor(DashboardLinks.dashboard(f.year(), f.territory().code()),
                card.getTranslation("beranda.wilayah.buka"));
        open.setId("beranda-wilayah-buka");
        card.add(open);
        return card;
    }
}
