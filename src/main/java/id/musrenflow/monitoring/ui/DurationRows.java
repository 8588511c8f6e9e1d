package id.musrenflow.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.monitoring.StageTime;
import java.util.List;

/**
 * Stage times as rows that wrap on a phone: (group,) stage, median and 90th percentile in days, the allowance, and
 * how many stays were measured; the slowest and those past their allowance stand out.
 */
final class DurationRows extends Div {

    /** Rows of a breakdown shown, slowest first: the bottlenecks, not every group and stage. */
    static final int SHOWN = 15;

    DurationRows(String id, String title, List<StageTime> times, boolean withGroup) {
        setId(id);
        addClassNames("mf-card", "mf-durasi");
        add(new H2(title));
        if (times.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("pemantauan.durasi.kosong"));
            none.addClassName("mf-muted");
            add(none);
        }
        times.stream().limit(withGroup ? SHOWN : times.size()).forEach(t -> add(row(id, t, withGroup)));
        if (withGroup && times.size() > SHOWN) {
            Paragraph more = new Paragraph(getTranslation("pemantauan.durasi.terbatas", SHOWN, times.size()));
            more.addClassName("mf-muted");
            add(more);
        }
    }

    private Div row(String id, StageTime t, boolean withGroup) {
        String stage = FigureLinks.stageLabel(this, t.stage());
        Span name = new Span(withGroup ? getTranslation("pemantauan.durasi.kelompok-tahap", group(t), stage) : stage);
        name.addClassName("mf-nama");
        Span median = value("mf-median", getTranslation("pemantauan.durasi.median", Numbers.days(t.medianDays())));
        Span p90 = value("mf-p90", getTranslation("pemantauan.durasi.p90", Numbers.days(t.p90Days())));
        Span allowance = value("mf-batas", t.allowanceWorkingDays() == null
                ? getTranslation("pemantauan.durasi.batas-musim")
                : getTranslation("pemantauan.durasi.batas", t.allowanceWorkingDays()));
        Span stays = value("mf-jumlah", getTranslation("pemantauan.durasi.jumlah", Numbers.count(t.stays())));
        Div row = new Div(name, median, p90, allowance, stays);
        row.addClassName("mf-baris-durasi");
        if (t.slowest()) {
            row.addClassName("mf-terlambat");
            Span mark = new Span(getTranslation("pemantauan.durasi.terlama"));
            mark.addClassName("mf-tanda");
            row.add(mark);
        }
        if (t.overAllowance()) {
            row.addClassName("mf-lewat-batas");
            Span mark = new Span(getTranslation("pemantauan.durasi.lewat-batas"));
            mark.addClassName("mf-tanda");
            row.add(mark);
        }
        row.setId(id + "-" + (t.key() == null ? "" : t.key() + "-") + t.stage().name());
        return row;
    }

    private String group(StageTime t) {
        return t.name() == null ? getTranslation("pemantauan.dasbor.opd-belum") : t.name();
    }

    private static Span value(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
