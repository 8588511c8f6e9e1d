package id.musrenflow.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.region.Territory;
import java.util.List;
import java.util.function.Function;

/** The breadcrumb from the city down to the territory shown; every level above it opens the same screen there. */
final class TerritoryPath extends Nav {

    TerritoryPath(List<Territory> path, Function<Territory, String> linkOf, Function<Territory, String> labelOf) {
        setId("pemantauan-jejak");
        addClassName("mf-jejak");
        getElement().setAttribute("aria-label", getTranslation("pemantauan.dasbor.jejak"));
        for (int i = 0; i < path.size(); i++) {
            Territory t = path.get(i);
            if (i > 0) {
                Span separator = new Span("›");
                separator.getElement().setAttribute("aria-hidden", "true");
                add(separator);
            }
            if (i == path.size() - 1) {
                Span current = new Span(labelOf.apply(t));
                current.getElement().setAttribute("aria-current", "page");
                add(current);
            } else {
                add(new Anchor(linkOf.apply(t), labelOf.apply(t)));
            }
        }
    }

    /** "Kota Pekalongan", "Kecamatan Pekalongan Barat", "Kelurahan Medono", "RW 002". */
    static String label(Territory t, com.vaadin.flow.component.Component in) {
        return switch (t.level()) {
            case KOTA -> t.name();
            case KECAMATAN -> in.getTranslation("pemantauan.dasbor.kecamatan", t.name());
            case KELURAHAN -> in.getTranslation("pemantauan.dasbor.kelurahan", t.name());
            default -> t.shortLabel();
        };
    }
}
