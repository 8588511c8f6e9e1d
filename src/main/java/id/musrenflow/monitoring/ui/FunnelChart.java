package id.musrenflow.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.monitoring.DashboardFigures;
import id.musrenflow.monitoring.StageCount;

/** The funnel: one bar per stage with its count and cost, and the submitted total above it. */
final class FunnelChart extends Div {

    FunnelChart(DashboardFigures figures) {
        setId("pemantauan-corong");
        addClassNames("mf-card", "mf-corong");
        add(new H2(getTranslation("pemantauan.dasbor.corong")));
        Div total = new Div(new Span(getTranslation("pemantauan.dasbor.diajukan")),
                FigureLinks.count(figures.submitted(), null), FigureLinks.cost(figures.submitted()));
        total.setId("pemantauan-total");
        total.addClassName("mf-total");
        add(total);
        long max = figures.funnel().stream().mapToLong(s -> s.figure().count()).max().orElse(0);
        for (StageCount stage : figures.funnel()) {
            String label = FigureLinks.stageLabel(this, stage.stage());
            Span name = new Span(label);
            name.addClassName("mf-nama");
            Div bar = new Div();
            bar.addClassNames("mf-batang-tahap", "mf-tahap-" + stage.stage().name());
            bar.getStyle().set("width", FigureLinks.width(stage.figure().count(), max));
            Div track = new Div(bar);
            track.addClassName("mf-jalur");
            Div row = new Div(name, FigureLinks.count(stage.figure(),
                    getTranslation("pemantauan.dasbor.jumlah-di", label, stage.figure().count())),
                    FigureLinks.cost(stage.figure()), track);
            row.addClassName("mf-baris-tahap");
            row.setId("tahap-" + stage.stage().name());
            add(row);
        }
        Paragraph note = new Paragraph(getTranslation("pemantauan.dasbor.catatan-draf"));
        note.addClassName("mf-muted");
        add(note);
    }
}
