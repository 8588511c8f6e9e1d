package id.musrenflow.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.proposal.MapPoint;
import id.musrenflow.proposal.ProposalStage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The colours of the stages on the map, with how many of the shown points stand at each. */
class MapLegend extends Div {

    MapLegend() {
        setId("peta-legenda");
        addClassName("mf-peta-legenda");
        getElement().setAttribute("aria-label", getTranslation("peta.legenda"));
    }

    void show(List<MapPoint> points) {
        removeAll();
        Map<ProposalStage, Integer> counts = new EnumMap<>(ProposalStage.class);
        points.forEach(p -> counts.merge(p.stage(), 1, Integer::sum));
        for (ProposalStage stage : StageColours.SHOWN) {
            Integer count = counts.get(stage);
            if (count == null) {
                continue;
            }
            Span swatch = new Span();
            swatch.addClassName("mf-peta-warna");
            swatch.getStyle().set("background", StageColours.of(stage));
            Span label = new Span(getTranslation("tahap." + stage.name()));
            Span figure = new Span(number(count));
            figure.addClassName("mf-peta-jumlah");
            Span item = new Span(swatch, label, figure);
            item.addClassName("mf-peta-legenda-item");
            item.getElement().setAttribute("data-tahap", stage.name());
            add(item);
        }
        setVisible(!counts.isEmpty());
    }

    static String number(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID")))
                .format(value);
    }
}
