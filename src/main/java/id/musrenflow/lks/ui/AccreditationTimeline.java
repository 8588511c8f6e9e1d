package id.musrenflow.lks.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.lks.AccreditationStep;
import java.util.List;

/** The steps of one accreditation application, oldest first: when, what, who, and why. */
class AccreditationTimeline extends OrderedList {

    AccreditationTimeline(List<AccreditationStep> steps, PositionLabels labels) {
        addClassName("mf-timeline");
        for (AccreditationStep step : steps) {
            String what = "STATUS".equals(step.event())
                    ? getTranslation("lks.akreditasi.status." + step.to().name())
                    : getTranslation("lks.akreditasi.peristiwa." + step.event());
            Span actor = new Span(labels.actor(step.actor(), null, step.at().toLocalDate(), this::getTranslation));
            actor.addClassName("mf-muted");
            ListItem item = new ListItem(new Span(IndonesianDates.dateTime(step.at(), getLocale())), new Span(what),
                    actor);
            if (step.reasonCode() != null) {
                item.add(new Paragraph(getTranslation("lks.akreditasi.alasan." + step.reasonCode())));
            }
            if (step.reason() != null) {
                item.add(new Paragraph(step.reason()));
            }
            add(item);
        }
    }
}
