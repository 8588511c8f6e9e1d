package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.proposal.StatusChange;
import java.util.List;

/**
 * Every step of an usulan, oldest first: when, from → to, in which position, the reason code and text, the note; a
 * reminder or escalation of its open task as one line.
 */
class ProposalTimeline extends OrderedList {

    ProposalTimeline(List<StatusChange> history, PositionLabels labels) {
        setId("usulan-riwayat");
        addClassName("mf-timeline");
        for (StatusChange step : history) {
            Span when = new Span(IndonesianDates.dateTime(step.at(), getLocale()));
            when.addClassName("mf-muted");
            if (!step.isStatusChange()) {
                Span event = new Span(DeadlineStepText.of(this, getLocale(), step.deadline(), group -> labels.groupLabel(group, this::getTranslation)));
                event.addClassName("mf-timeline-deadline");
                add(new ListItem(when, event));
                continue;
            }
            String to = getTranslation("status." + step.to().name());
            Span change = new Span(step.from() == null ? to : getTranslation("status." + step.from().name()) + " → " + to);
            change.addClassName("mf-timeline-status");
            ListItem item = new ListItem(when, change);
            if (step.position() != null) {
                Paragraph who = new Paragraph(labels.actor(step.actor(), step.position(),
                        step.at().toLocalDate(), this::getTranslation));
                who.addClassName("mf-muted");
                item.add(who);
            }
            if (step.reasonCode() != null) {
                item.add(new Paragraph(getTranslation("usulan.riwayat.kode-alasan", getTranslation("alasan." + step.reasonCode()))));
            }
            if (step.reason() != null) {
                item.add(new Paragraph(getTranslation("usulan.riwayat.alasan", step.reason())));
            }
            if (step.note() != null) {
                item.add(new Paragraph(getTranslation("usulan.riwayat.catatan", step.note())));
            }
            add(item);
        }
    }
}
