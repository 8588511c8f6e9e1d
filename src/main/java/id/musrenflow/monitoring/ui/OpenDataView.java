package id.musrenflow.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.musrenflow.monitoring.RegisterExports;
import id.musrenflow.season.Season;
import id.musrenflow.season.SeasonService;
import java.util.TreeSet;

/**
 * Open data (/data-terbuka), for anyone without signing in: every submitted usulan of a planning year as CSV and
 * JSON, without personal data (no names, accounts, phone numbers or reasons written by officials), at stable
 * addresses a journalist or a researcher can fetch: /unduh/data-terbuka/usulan-2027.csv.
 */
@Route(value = "data-terbuka", autoLayout = false)
@AnonymousAllowed
public class OpenDataView extends VerticalLayout implements HasDynamicTitle {

    public OpenDataView(SeasonService seasons) {
        addClassNames("mf-page", "mf-open-data");
        TreeSet<Integer> years = new TreeSet<>(seasons.seasons().stream().map(Season::planningYear).toList());
        years.add(seasons.planningYear());
        UnorderedList files = new UnorderedList();
        files.setId("data-terbuka-berkas");
        for (int year : years.descendingSet()) {
            Anchor csv = link(year, "csv");
            Anchor json = link(year, "json");
            files.add(new ListItem(new com.vaadin.flow.component.html.Span(getTranslation("pemantauan.data.tahun",
                    String.valueOf(year)) + " "), csv, new com.vaadin.flow.component.html.Span(" · "), json));
        }
        Div fields = new Div(new H2(getTranslation("pemantauan.data.kolom.judul")),
                new Paragraph(getTranslation("pemantauan.data.kolom")),
                new Paragraph(getTranslation("pemantauan.data.pribadi")));
        add(new H1(getTranslation("pemantauan.data.judul")), new Paragraph(getTranslation("pemantauan.data.pengantar")),
                files, fields, new Paragraph(getTranslation("pemantauan.data.lisensi")),
                new Anchor("kalender-musrenbang", getTranslation("pemantauan.data.kalender")),
                new Anchor("login", getTranslation("pemantauan.data.masuk")));
    }

    private Anchor link(int year, String format) {
        Anchor link = new Anchor(RegisterExports.OPEN_DATA_PATH + year + "." + format, format.toUpperCase());
        link.setId("data-terbuka-" + year + "-" + format);
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pemantauan.data.judul");
    }
}
