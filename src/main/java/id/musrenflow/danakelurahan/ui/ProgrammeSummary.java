package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.Rupiah;
import id.musrenflow.danakelurahan.Activity;
import id.musrenflow.danakelurahan.LkkProgramme;
import id.musrenflow.danakelurahan.ProgrammeStatusChange;
import id.musrenflow.danakelurahan.ThemeShare;
import java.math.BigDecimal;
import java.util.List;

/** A programme read-only: activities with their totals, the theme split and the history; wraps on phones. */
@StyleSheet("context://styles/dana.css")
class ProgrammeSummary extends Div {

    ProgrammeSummary(LkkProgramme programme, String kelurahanName, List<ThemeShare> shares,
                     List<ProgrammeStatusChange> history, PositionLabels labels) {
        addClassName("mf-card");
        setId("program-ringkasan");
        add(new H3(getTranslation("dana.program.judul", programme.lembaga(), String.valueOf(programme.year()))));
        add(muted(programme.number() + " · " + kelurahanName + " · "
                + getTranslation("dana.status." + programme.status().name())));
        OrderedList activities = new OrderedList();
        activities.setId("program-kegiatan");
        for (Activity activity : programme.activities()) {
            ListItem item = new ListItem(new Span(activity.name() + " — " + Rupiah.format(activity.budget())));
            item.add(muted(getTranslation("dana.tema." + activity.theme().name()) + " · " + activity.targetGroup()
                    + (activity.training() ? " · " + getTranslation("dana.kegiatan.pelatihan") : "")));
            if (activity.mode() != null) {
                item.add(muted(getTranslation("dana.mode." + activity.mode().name())
                        + (activity.contractForm() == null ? ""
                        : " · " + getTranslation("dana.kontrak." + activity.contractForm().name()))
                        + " — " + activity.modeReason()));
            }
            activities.add(item);
        }
        add(activities);
        Paragraph total = new Paragraph(getTranslation("dana.program.total", Rupiah.format(programme.total())));
        total.setId("program-total");
        add(total);
        add(new ThemeSplitList(shares, programme.total()));
        add(timeline(history, labels));
    }

    private Div timeline(List<ProgrammeStatusChange> history, PositionLabels labels) {
        Div box = new Div(new H3(getTranslation("dana.program.riwayat")));
        OrderedList steps = new OrderedList();
        steps.setId("program-riwayat");
        for (ProgrammeStatusChange step : history) {
            String to = getTranslation("dana.status." + step.to().name());
            ListItem item = new ListItem(muted(IndonesianDates.dateTime(step.at(), getLocale())),
                    new Span(step.from() == null ? to : getTranslation("dana.status." + step.from().name()) + " → " + to),
                    muted(labels.actor(step.actor(), step.position(), step.at().toLocalDate(), this::getTranslation)));
            if (step.reasonCode() != null) {
                item.add(new Paragraph(getTranslation("dana.riwayat.kode-alasan",
                        getTranslation("form.form-telaah-program-lkk.kodeAlasan." + step.reasonCode()))));
            }
            if (step.reason() != null) {
                item.add(new Paragraph(getTranslation("dana.riwayat.alasan", step.reason())));
            }
            if (step.note() != null) {
                item.add(new Paragraph(getTranslation("dana.riwayat.catatan", step.note())));
            }
            steps.add(item);
        }
        box.add(steps);
        return box;
    }

    static Paragraph muted(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("mf-muted");
        return paragraph;
    }

    /** The year's split by theme against this programme's requests and the kelurahan's accepted candidates. */
    static class ThemeSplitList extends Div {

        ThemeSplitList(List<ThemeShare> shares, BigDecimal requestedTotal) {
            setId("program-pembagian-tema");
            add(new H3(getTranslation("dana.tema.pembagian")));
            BigDecimal acceptedTotal = shares.stream().map(ThemeShare::accepted).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (shares.stream().allMatch(s -> s.targetPercent() == null)) {
                add(muted(getTranslation("dana.tema.tanpa-pembagian")));
            }
            OrderedList rows = new OrderedList();
            rows.addClassName("mf-plain-list");
            for (ThemeShare share : shares) {
                String target = share.targetPercent() == null ? getTranslation("dana.tema.tanpa-target")
                        : getTranslation("dana.tema.target", percent(share.targetPercent()));
                ListItem row = new ListItem(new Span(getTranslation("dana.tema." + share.theme().name()) + ": " + target));
                row.add(muted(getTranslation("dana.tema.diminta", Rupiah.format(share.requested()),
                        percent(ThemeShare.percentOf(share.requested(), requestedTotal)))
                        + " · " + getTranslation("dana.tema.diterima", Rupiah.format(share.accepted()),
                        percent(ThemeShare.percentOf(share.accepted(), acceptedTotal)))));
                if (share.targetPercent() != null && requestedTotal.signum() > 0 && ThemeShare.percentOf(
                        share.requested(), requestedTotal).compareTo(share.targetPercent()) > 0) {
                    Span over = new Span(getTranslation("dana.tema.melebihi"));
                    over.addClassName("mf-warning");
                    row.add(over);
                }
                rows.add(row);
            }
            add(rows);
        }

        /** "62,5" in Bahasa Indonesia, "62.5" in English. */
        private String percent(BigDecimal value) {
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(getLocale());
            format.setMaximumFractionDigits(1);
            return format.format(value);
        }
    }
}
