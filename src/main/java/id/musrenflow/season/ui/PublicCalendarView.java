package id.musrenflow.season.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.musrenflow.season.SeasonService;

/** The public calendar of the current season (/kalender-musrenbang), for residents, without signing in. */
@Route(value = "kalender-musrenbang", autoLayout = false)
@AnonymousAllowed
public class PublicCalendarView extends VerticalLayout implements HasDynamicTitle {

    public PublicCalendarView(SeasonService seasons) {
        addClassNames("mf-page", "mf-season");
        add(new H1(getTranslation("musim.publik.judul")));
        seasons.now().ifPresentOrElse(now -> {
            Paragraph current = new Paragraph(SeasonWidget.text(this, now));
            current.setId("musim-sekarang");
            add(current, new SeasonCard(now.season(), now.today(), null));
        }, () -> add(new Paragraph(getTranslation("musim.publik.belum-ada"))));
        add(new Anchor("login", getTranslation("musim.publik.masuk")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("musim.publik.judul");
    }
}
