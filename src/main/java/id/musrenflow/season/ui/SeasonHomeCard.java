package id.musrenflow.season.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.ui.HomeCard;
import id.musrenflow.season.SeasonService;
import id.musrenflow.season.SeasonToday;
import id.musrenflow.season.SeasonWindow;
import java.util.Locale;
import java.util.Optional;

/** Where the season stands on the home page: the stages open today with their end dates, or the next to open. */
@org.springframework.stereotype.Component
class SeasonHomeCard implements HomeCard {

    private final SeasonService seasons;
    private final AuthenticationContext authentication;

    SeasonHomeCard(SeasonService seasons, AuthenticationContext authentication) {
        this.seasons = seasons;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> create() {
        if (!authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.setId("beranda-musim");
        card.addClassName("mf-card");
        Optional<SeasonToday> today = seasons.now();
        if (today.isEmpty()) {
            card.add(new H3(card.getTranslation("beranda.musim.judul-kosong")),
                    new Paragraph(card.getTranslation("beranda.musim.belum-ada")));
            return Optional.of(card);
        }
        SeasonToday now = today.get();
        card.add(new H3(card.getTranslation("beranda.musim.judul", String.valueOf(now.season().planningYear()))));
        Locale locale = UI.getCurrent() == null ? null : UI.getCurrent().getLocale();
        if (now.open().isEmpty()) {
            Paragraph none = new Paragraph(now.next().map(next -> card.getTranslation("beranda.musim.berikutnya",
                            card.getTranslation(next.stage().messageKey()),
                            IndonesianDates.longDate(next.start(), locale)))
                    .orElseGet(() -> card.getTranslation("beranda.musim.selesai")));
            none.setId("beranda-musim-berikutnya");
            card.add(none);
        }
        for (SeasonWindow window : now.open()) {
            Div row = new Div(new Span(card.getTranslation(window.stage().messageKey())),
                    new Span(card.getTranslation("beranda.musim.sampai",
                            IndonesianDates.longDate(window.end(), locale))));
            row.addClassName("mf-angka-baris");
            row.setId("beranda-musim-" + window.stage().name());
            card.add(row);
        }
        Anchor calendar = new Anchor("kalender-musrenbang", card.getTranslation("beranda.musim.kalender"));
        calendar.setId("beranda-musim-kalender");
        card.add(calendar);
        return Optional.of(card);
    }
}
