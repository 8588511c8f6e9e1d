package id.musrenflow.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.monitoring.process.LateWork;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.BiFunction;

/** One late task as a line a phone can show: case, stage, territory, how late, how old, who took it. */
final class LateTaskLine {

    private final RegionService regions;

    LateTaskLine(RegionService regions) {
        this.regions = regions;
    }

    Div line(LateWork.Task t, LocalDateTime now, BiFunction<String, Object[], String> tr, Locale locale) {
        Div line = new Div();
        line.addClassName("mf-terlambat-baris");
        line.setId("tugas-" + t.id());
        String caseText = t.businessKey() == null ? t.name() : t.businessKey();
        if (t.link() != null) {
            Anchor open = new Anchor(t.link(), caseText);
            open.addClassName("mf-terlambat-kasus");
            line.add(open);
        } else {
            Span plain = new Span(caseText);
            plain.addClassName("mf-terlambat-kasus");
            line.add(plain);
        }
        Span due = new Span(dueText(t.due(), now, tr));
        due.addClassName(t.due() != null && t.due().isBefore(now) ? "mf-terlambat-lewat" : "mf-terlambat-segera");
        line.add(due);
        Div stage = new Div(t.stage() + " · " + t.processName());
        stage.addClassName("mf-terlambat-tahap");
        line.add(stage);
        String place = t.territory() == null ? tr.apply("proses.terlambat.tingkat-kota", new Object[0])
                : tr.apply("proses.terlambat.kelurahan", new Object[] {regions.find(t.territory())
                        .map(Territory::name).orElse(tr.apply("proses.terlambat.wilayah-lain", new Object[0]))});
        StringBuilder facts = new StringBuilder(place).append(" · ")
                .append(tr.apply("proses.terlambat.umur", new Object[] {t.ageDays(now)}));
        if (t.due() != null) {
            facts.append(" · ").append(tr.apply("proses.terlambat.tenggat",
                    new Object[] {IndonesianDates.dateTime(t.due(), locale)}));
        }
        if (t.assignee() != null) {
            facts.append(" · ").append(tr.apply("proses.terlambat.diambil", new Object[] {t.assigneeName()}));
        }
        Div more = new Div(facts.toString());
        more.addClassName("mf-terlambat-fakta");
        line.add(more);
        return line;
    }

    /** "terlambat 4 hari", "terlambat 5 jam", "jatuh tempo dalam 2 hari", "tanpa tenggat". */
    String dueText(LocalDateTime due, LocalDateTime now, BiFunction<String, Object[], String> tr) {
        if (due == null) {
            return tr.apply("proses.terlambat.tanpa-tenggat", new Object[0]);
        }
        Duration gap = Duration.between(due, now).abs();
        boolean late = due.isBefore(now);
        String key = late ? "proses.terlambat.lewat" : "proses.terlambat.segera";
        if (gap.toDays() >= 1) {
            return tr.apply(key + "-hari", new Object[] {gap.toDays()});
        }
        return tr.apply(key + "-jam", new Object[] {Math.max(1, gap.toHours())});
    }
}
