package id.musrenflow.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.monitoring.GroupFigures;
import id.musrenflow.monitoring.StageCount;
import java.util.List;
import java.util.function.Function;

/**
 * A breakdown as rows: the group's name (for a territory, opening the dashboard there), its count and cost, and a
 * bar split by stage whose every segment opens the register on that group and stage.
 */
final class GroupRows extends Div {

    GroupRows(String id, String title, List<GroupFigures> groups, Function<GroupFigures, String> nameOf) {
        setId(id);
        addClassNames("mf-card", "mf-rincian");
        add(new H2(title));
        if (groups.stream().allMatch(g -> g.total().count() == 0)) {
            Paragraph none = new Paragraph(getTranslation("pemantauan.dasbor.rincian-kosong"));
            none.addClassName("mf-muted");
            add(none);
        }
        long max = groups.stream().mapToLong(g -> g.total().count()).max().orElse(0);
        for (GroupFigures group : groups) {
            add(row(id, group, nameOf.apply(group), max));
        }
    }

    private Div row(String id, GroupFigures group, String name, long max) {
        Component label = group.drillDown() == null ? new Span(name) : new Anchor(group.drillDown(), name);
        label.getElement().getClassList().add("mf-nama");
        Div head = new Div(label, FigureLinks.count(group.total(),
                getTranslation("pemantauan.dasbor.jumlah-di", name, group.total().count())),
                FigureLinks.cost(group.total()));
        head.addClassName("mf-baris-kepala");
        Div bar = new Div();
        bar.addClassName("mf-batang");
        bar.getStyle().set("width", FigureLinks.width(group.total().count(), max));
        for (StageCount stage : group.stages()) {
            String text = getTranslation("pemantauan.dasbor.segmen", FigureLinks.stageLabel(this, stage.stage()),
                    stage.figure().count());
            Component segment = stage.figure().link() == null ? new Span() : new Anchor(stage.figure().link(), "");
            segment.getElement().getClassList().add("mf-segmen");
            segment.getElement().getClassList().add("mf-tahap-" + stage.stage().name());
            segment.getElement().getStyle().set("flex-grow", String.valueOf(stage.figure().count()));
            segment.getElement().setAttribute("title", text);
            segment.getElement().setAttribute("aria-label", text);
            bar.add(segment);
        }
        Div row = new Div(head, bar);
        row.addClassName("mf-baris");
        row.setId(id + "-" + (group.key() == null ? "tanpa" : group.key()));
        return row;
    }
}
