package id.musrenflow.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.base.Rupiah;
import id.musrenflow.monitoring.Figure;

/** A count or a cost that opens the register filtered to exactly its usulan (drafts are counted, not linked). */
final class FigureLinks {

    private FigureLinks() {
    }

    static Component count(Figure figure, String ariaLabel) {
        return linked(figure, Numbers.count(figure.count()), "mf-jumlah", ariaLabel);
    }

    static Component cost(Figure figure) {
        return linked(figure, Rupiah.format(figure.cost()), "mf-biaya", null);
    }

    private static Component linked(Figure figure, String text, String className, String ariaLabel) {
        Component shown = figure.link() == null ? new Span(text) : new Anchor(figure.link(), text);
        shown.getElement().getClassList().add(className);
        if (figure.count() == 0) {
            shown.getElement().getClassList().add("mf-nol");
        }
        if (ariaLabel != null) {
            shown.getElement().setAttribute("aria-label", ariaLabel);
        }
        return shown;
    }

    static String stageLabel(Component in, id.musrenflow.proposal.ProposalStage stage) {
        return in.getTranslation("tahap." + stage.name());
    }

    /** A bar's length as a CSS percentage of the longest, at least a sliver when there is anything. */
    static String width(long count, long max) {
        if (count <= 0 || max <= 0) {
            return "0";
        }
        return Math.max(1.5, 100.0 * count / max) + "%";
    }
}
