package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import id.musrenflow.base.Rupiah;
import id.musrenflow.danakelurahan.BudgetTotals;
import java.math.BigDecimal;

/**
 * What the kelurahan board and the roll-ups share: the headline figures as cards (pagu, allocated, released,
 * realised, left) and a card with bars of released and realised against what is allocated.
 */
abstract class BoardPanel extends Div {

    BoardPanel() {
        addClassName("mf-anggaran-panel");
        setWidthFull();
    }

    Div headline(BigDecimal pagu, BudgetTotals totals) {
        Div cards = new Div(
                figure("anggaran-pagu", "anggaran.pagu", pagu),
                figure("anggaran-dialokasikan", "anggaran.dialokasikan", totals.allocated()),
                figure("anggaran-dicairkan", "anggaran.dicairkan", totals.released()),
                figure("anggaran-terealisasi", "anggaran.terealisasi", totals.realised()),
                figure("anggaran-sisa", "anggaran.sisa-pagu", pagu.subtract(totals.allocated())));
        cards.addClassName("mf-anggaran-kartu");
        return cards;
    }

    Div progress(String id, String title, String subtitle, BudgetTotals totals) {
        Div card = new Div(new H3(title));
        if (subtitle != null) {
            card.add(new Span(subtitle));
        }
        card.setId(id);
        card.addClassNames("mf-card", "mf-anggaran-bidang");
        card.add(line("anggaran.dialokasikan", totals.allocated(), null, null));
        card.add(line("anggaran.dicairkan", totals.released(), totals.allocated(), id + "-cair"));
        card.add(line("anggaran.terealisasi", totals.realised(), totals.allocated(), id + "-realisasi"));
        return card;
    }

    private Div figure(String id, String labelKey, BigDecimal amount) {
        Span value = new Span(Rupiah.format(amount));
        value.setId(id);
        value.addClassName("mf-anggaran-nilai");
        Div card = new Div(new Span(getTranslation(labelKey)), value);
        card.addClassNames("mf-card", "mf-anggaran-angka");
        return card;
    }

    private Div line(String labelKey, BigDecimal amount, BigDecimal of, String barId) {
        Div line = new Div(new Span(getTranslation(labelKey)), new Span(Rupiah.format(amount)));
        line.addClassName("mf-anggaran-baris");
        if (of == null) {
            return line;
        }
        BigDecimal percent = BudgetTotals.percent(amount, of);
        ProgressBar bar = new ProgressBar(0, 100, Math.min(100, percent.doubleValue()));
        bar.setId(barId);
        bar.getElement().setAttribute("aria-label", getTranslation(labelKey) + " "
                + getTranslation("anggaran.persen", percent));
        return new Div(line, bar);
    }
}
