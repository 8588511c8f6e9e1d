package id.musrenflow.season.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.season.Season;
import id.musrenflow.season.SeasonWindow;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * One season's calendar as a list of windows: dates, whether each is open today, and an extension with its reason.
 * Used on the admin page (with an extend button per window) and on the public calendar (read-only).
 */
class SeasonCard extends Div {

    SeasonCard(Season season, LocalDate today, Consumer<SeasonWindow> onExtend) {
        addClassName("mf-card");
        setId("musim-" + season.planningYear());
        Span status = new Span(getTranslation("musim.status." + season.status().name()));
        status.getElement().getThemeList().add(season.closed() ? "badge contrast" : "badge success");
        add(new H3(getTranslation("musim.kartu.judul", season.planningYear())), status);
        UnorderedList windows = new UnorderedList();
        windows.addClassName("mf-season-windows");
        for (SeasonWindow window : season.windows()) {
            windows.add(line(window, today, season.closed() ? null : onExtend));
        }
        add(windows);
    }

    private ListItem line(SeasonWindow window, LocalDate today, Consumer<SeasonWindow> onExtend) {
        ListItem item = new ListItem();
        item.setId("jendela-" + window.stage().name());
        Span name = new Span(SeasonTexts.stage(this, window));
        name.addClassName("mf-season-stage");
        Span state = new Span(getTranslation(window.contains(today) ? "musim.jendela.terbuka"
                : window.isOver(today) ? "musim.jendela.ditutup" : "musim.jendela.belum"));
        state.getElement().getThemeList().add(window.contains(today) ? "badge success" : "badge contrast");
        item.add(name, new Span(SeasonTexts.dates(this, window)), state);
        if (window.extended()) {
            Paragraph extension = new Paragraph(getTranslation("musim.jendela.diperpanjang",
                    IndonesianDates.longDate(window.plannedEnd(), getLocale()), window.extensionReason()));
            extension.addClassName("mf-muted");
            item.add(extension);
        }
        if (onExtend != null) {
            Button extend = new Button(getTranslation("musim.perpanjang.tombol"), click -> onExtend.accept(window));
            extend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            extend.setId("perpanjang-" + window.stage().name());
            item.add(extend);
        }
        return item;
    }
}
