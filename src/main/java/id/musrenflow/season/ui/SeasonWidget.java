package id.musrenflow.season.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.ui.NavbarWidget;
import id.musrenflow.season.SeasonService;
import id.musrenflow.season.SeasonToday;
import id.musrenflow.season.SeasonWindow;
import java.util.Comparator;
import java.util.Optional;

/**
 * The current stage and its end date beside the user's name on every page ("Musim 2027 · Usulan RT/RW s.d.
 * 15 Jan"), linking to the season's public calendar.
 */
@org.springframework.stereotype.Component
class SeasonWidget implements NavbarWidget {

    private final SeasonService seasons;
    private final AuthenticationContext authentication;

    SeasonWidget(SeasonService seasons, AuthenticationContext authentication) {
        this.seasons = seasons;
        this.authentication = authentication;
    }

    @Override
    public Optional<Component> create() {
        if (!authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return seasons.now().map(SeasonWidget::link);
    }

    private static Component link(SeasonToday today) {
        Anchor link = new Anchor("kalender-musrenbang", "");
        link.setId("musim-tahap");
        link.addClassName("mf-season-chip");
        link.getElement().addAttachListener(e -> link.setText(text(link, today)));
        return link;
    }

    static String text(Component in, SeasonToday today) {
        int year = today.season().planningYear();
        Optional<SeasonWindow> closing = today.open().stream().min(Comparator.comparing(SeasonWindow::end));
        if (closing.isPresent()) {
            SeasonWindow window = closing.get();
            return in.getTranslation("musim.widget.terbuka", year, in.getTranslation(window.stage().messageKey()),
                    IndonesianDates.longDate(window.end(), locale()));
        }
        return today.next().map(next -> in.getTranslation("musim.widget.berikutnya", year,
                        in.getTranslation(next.stage().messageKey()),
                        IndonesianDates.longDate(next.start(), locale())))
                .orElseGet(() -> in.getTranslation("musim.widget.selesai", year));
    }

    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? null : ui.getLocale();
    }
}
