package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.Rupiah;
import id.musrenflow.danakelurahan.ActivityDetail;
import id.musrenflow.danakelurahan.ActivityStatusChange;
import id.musrenflow.danakelurahan.ReleaseStage;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** The activity's header, stages and history as cards; shown on its page and beside its tasks. */
final class ActivitySummary {

    private ActivitySummary() {
    }

    static Component header(ActivityDetail a, Component owner) {
        Div card = card("kegiatan-ringkasan");
        card.add(new H3(a.number() + " · " + a.description()));
        Span status = new Span(t(owner, "kegiatan.status." + a.status().name()));
        status.setId("kegiatan-status");
        status.getElement().getThemeList().add("badge");
        card.add(status);
        String mode = a.mode() == null ? t(owner, "kegiatan.ui.mode-belum") : t(owner, "kegiatan.mode." + a.mode().name())
                + (a.contractForm() == null ? "" : " · " + t(owner, "kegiatan.kontrak." + a.contractForm().name()));
        card.add(line("kegiatan-mode", t(owner, "kegiatan.ui.mode", mode)));
        if (a.modeReason() != null) {
            card.add(line("kegiatan-alasan-mode", t(owner, "kegiatan.ui.alasan-mode", a.modeReason())));
        }
        card.add(line("kegiatan-pelaksana", t(owner, "kegiatan.ui.pelaksana", a.pokmasCode() != null ? a.pokmasCode()
                : t(owner, "kegiatan.ui.pelaksana-kelurahan"))));
        card.add(line("kegiatan-uang", t(owner, "kegiatan.ui.uang", Rupiah.format(a.budget()), Rupiah.format(a.released()),
                Rupiah.format(a.realised()))));
        card.add(progress(owner, "kegiatan-fisik", "kegiatan.ui.fisik", a.physicalPercent()),
                progress(owner, "kegiatan-keuangan", "kegiatan.ui.keuangan", a.financialPercent()));
        if (a.contract() != null) {
            card.add(line("kegiatan-kontrak", t(owner, "kegiatan.ui.kontrak", a.contract().providerName(),
                    a.contract().number(), Rupiah.format(a.contract().value()),
                    IndonesianDates.shortDate(a.contract().start()), IndonesianDates.shortDate(a.contract().end()))));
        }
        return card;
    }

    static Component stages(ActivityDetail a, Component owner, Locale locale,
                            PositionLabels labels) {
        Div card = card("kegiatan-tahap");
        card.add(new H3(t(owner, "kegiatan.ui.tahap-judul")));
        OrderedList list = new OrderedList();
        for (ReleaseStage s : a.stages()) {
            String released = s.isReleased() ? t(owner, "kegiatan.ui.tahap-cair", Rupiah.format(s.released()),
                    labels.actor(s.releasedBy(), null, s.releasedAt().toLocalDate(), owner::getTranslation),
                    IndonesianDates.dateTime(s.releasedAt(), locale)) : t(owner, "kegiatan.ui.tahap-belum");
            String lpj = s.lpjStatus() == null ? "" : " · " + t(owner, "kegiatan.lpj." + s.lpjStatus().name())
                    + (s.realised() == null ? "" : " " + Rupiah.format(s.realised()))
                    + (s.revisionReason() == null ? "" : " (" + s.revisionReason() + ")");
            ListItem item = new ListItem(t(owner, "kegiatan.ui.tahap", s.stage(), s.percent(), Rupiah.format(s.amount()))
                    + " · " + released + lpj);
            item.setId("kegiatan-tahap-" + s.stage());
            list.add(item);
        }
        card.add(list);
        return card;
    }

    static Component history(List<ActivityStatusChange> steps, Component owner, Locale locale,
                             PositionLabels labels) {
        Div card = card("kegiatan-riwayat");
        card.add(new H3(t(owner, "kegiatan.ui.riwayat")));
        OrderedList list = new OrderedList();
        for (ActivityStatusChange step : steps) {
            ListItem item = new ListItem(ProgrammeSummary.muted(IndonesianDates.dateTime(step.at(), locale)),
                    new Span(" " + t(owner, "kegiatan.status." + step.to().name()) + " "),
                    ProgrammeSummary.muted(labels.actor(step.actor(), step.position(), step.at().toLocalDate(),
                            owner::getTranslation)));
            if (step.reason() != null) {
                item.add(new Paragraph(t(owner, "dana.riwayat.alasan", step.reason())));
            }
            if (step.note() != null) {
                item.add(new Paragraph(t(owner, "dana.riwayat.catatan", step.note())));
            }
            list.add(item);
        }
        card.add(list);
        return card;
    }

    private static Component progress(Component owner, String id, String key, int percent) {
        ProgressBar bar = new ProgressBar(0, 100, percent);
        bar.setId(id);
        Div wrap = new Div(new Span(t(owner, key, percent)), bar);
        return wrap;
    }

    private static Div card(String id) {
        Div card = new Div();
        card.addClassName("mf-card");
        card.setId(id);
        return card;
    }

    private static Paragraph line(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    private static String t(Component owner, String key, Object... args) {
        BiFunction<String, Object[], String> translate = owner::getTranslation;
        return translate.apply(key, args);
    }
}
