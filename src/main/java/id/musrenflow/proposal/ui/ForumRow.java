package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import id.musrenflow.base.Rupiah;
import id.musrenflow.base.ui.NumberLimits;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.proposal.ForumDecision;
import id.musrenflow.proposal.ForumItem;
import id.musrenflow.proposal.ForumLevel;
import id.musrenflow.proposal.ForumOutcome;
import id.musrenflow.proposal.ReasonCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One usulan on the forum's sheet: what it is, and the forum's rank and decision for it. The entries live in the
 * fields themselves, so a refused confirmation leaves everything as the operator typed it.
 */
class ForumRow extends Div {

    private final ForumItem item;
    private final transient java.util.function.UnaryOperator<String> opdName;
    private final IntegerField rank = new IntegerField();
    private final Select<ForumOutcome> decision = new Select<>();
    private final Select<ReasonCode> reasonCode = new Select<>();
    private final TextArea reason = new TextArea();
    private final List<HasValidation> flagged = new ArrayList<>();

    /** {@code moved} gets -1 (up) or +1 (down); {@code changed} runs after every entry. */
    ForumRow(ForumItem item, ForumLevel level, java.util.function.UnaryOperator<String> opdName,
             Consumer<Integer> moved, Consumer<ForumRow> decided, Runnable changed) {
        this.item = item;
        this.opdName = opdName;
        addClassName("mf-card");
        setId("forum-usulan-" + item.number());
        Span number = new Span(item.number());
        number.addClassName("mf-muted");
        Paragraph facts = new Paragraph(String.join(" · ", where(level), opd(), Rupiah.format(item.cost())));
        facts.addClassName("mf-muted");
        add(number, new H3(item.title()), facts);
        if (item.previousRank() != null) {
            Span previous = new Span(getTranslation("forum.peringkat-sebelumnya", item.previousRank()));
            previous.addClassName("mf-muted");
            add(previous);
        }

        rank.setId("forum-peringkat-" + item.number());
        rank.setLabel(getTranslation("forum.peringkat"));
        NumberLimits.range(rank, 1, null);
        rank.setWidth("6em");
        rank.setValue(item.rank());
        rank.addValueChangeListener(e -> changed.run());
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> moved.accept(-1));
        up.setId("forum-naik-" + item.number());
        up.setAriaLabel(getTranslation("forum.naik"));
        up.setTooltipText(getTranslation("forum.naik"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> moved.accept(1));
        down.setId("forum-turun-" + item.number());
        down.setAriaLabel(getTranslation("forum.turun"));
        down.setTooltipText(getTranslation("forum.turun"));
        for (Button button : List.of(up, down)) {
            button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        }

        decision.setId("forum-keputusan-" + item.number());
        decision.setLabel(getTranslation("forum.keputusan"));
        decision.setMinWidth("15em");
        decision.setItems(ForumOutcome.at(level));
        decision.setItemLabelGenerator(o -> getTranslation("forum.keputusan." + o.name()));
        decision.addValueChangeListener(e -> {
            showReason();
            decided.accept(this);
            changed.run();
        });
        reasonCode.setId("forum-kode-alasan-" + item.number());
        reasonCode.setLabel(getTranslation("forum.kode-alasan"));
        reasonCode.setItems(ReasonCode.values());
        reasonCode.setItemLabelGenerator(code -> getTranslation("alasan." + code.name()));
        reason.setId("forum-alasan-" + item.number());
        reason.setLabel(getTranslation("forum.alasan"));
        TextLimits.counted(reason, 1000);
        reason.setWidthFull();
        // a corrected field loses the refusal's message at once, not at the next confirmation
        rank.addValueChangeListener(e -> unflag(rank));
        decision.addValueChangeListener(e -> unflag(decision));
        reasonCode.addValueChangeListener(e -> unflag(reasonCode));
        reason.addValueChangeListener(e -> unflag(reason));
        Div controls = new Div(rank, up, down, decision, reasonCode);
        controls.addClassName("mf-toolbar");
        add(controls, reason);
        showReason();
    }

    private String where(ForumLevel level) {
        String rts = String.join(", ", item.rtCodes().stream().map(ForumRow::lastPart).map(n -> "RT " + n).toList());
        String rw = item.rwCode() == null ? "" : " / RW " + lastPart(item.rwCode());
        return (level == ForumLevel.KECAMATAN ? item.kelurahanName() + " " : "") + rts + rw;
    }

    private String opd() {
        return item.opdCode() == null ? getTranslation("forum.tanpa-opd") : opdName.apply(item.opdCode());
    }

    private static String lastPart(String code) {
        return code.substring(code.lastIndexOf('.') + 1);
    }

    private void showReason() {
        boolean notAgreed = decision.getValue() == ForumOutcome.TIDAK_DISEPAKATI;
        reasonCode.setVisible(notAgreed);
        reason.setVisible(notAgreed);
        rank.setEnabled(!notAgreed);
    }

    ForumItem item() {
        return item;
    }

    ForumOutcome outcome() {
        return decision.getValue();
    }

    boolean agreed() {
        return decision.getValue() != null && decision.getValue().agreed();
    }

    Integer rank() {
        return rank.getValue();
    }

    void setRank(Integer value) {
        rank.setValue(value);
    }

    ForumDecision decision() {
        return new ForumDecision(item.number(), decision.getValue(), agreed() ? rank.getValue() : null,
                reasonCode.getValue(), reason.getValue());
    }

    /** Marks the field a refusal concerns, with the refusal's message. */
    void flag(String messageKey, String message) {
        HasValidation field = messageKey.contains("kode-alasan") ? reasonCode
                : messageKey.contains("alasan") || messageKey.endsWith(".html") ? reason
                : messageKey.contains("peringkat") ? rank : decision;
        field.setErrorMessage(message);
        field.setInvalid(true);
        flagged.add(field);
    }

    private void unflag(HasValidation field) {
        if (flagged.remove(field)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    void clearFlags() {
        flagged.forEach(f -> f.setInvalid(false));
        flagged.clear();
    }
}
