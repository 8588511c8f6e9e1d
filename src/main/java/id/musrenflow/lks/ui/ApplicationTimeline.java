package id.musrenflow.lks.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.lks.ApplicationStep;
import java.util.List;

/** The steps of one application, oldest first: when, what, who in which position, and why. */
class ApplicationTimeline extends OrderedList {

    ApplicationTimeline(List<ApplicationStep> steps, PositionLabels labels) {
        addClassName("mf-timeline");
        for (ApplicationStep step : steps) {
            String what = "STATUS".equals(step.event()) ? getTranslation("lks.status." + step.to().name())
                    : getTranslation("lks.peristiwa." + step.event());
            ListItem item = new ListItem(new Span(IndonesianDates.dateTime(step.at(), getLocale())), new Span(what));
            String name = labels.actor(step.actor(), null, step.at().toLocalDate(), this::getTranslation);
            String who = step.position() == null ? name
                    : name + " (" + getTranslation("lks.jabatan." + step.position()) + ")";
            Span actor = new Span(who);
            actor.addClassName("mf-muted");
            item.add(actor);
            if (step.reasonCode() != null) {
                item.add(new Paragraph(getTranslation("lks.alasan." + step.reasonCode())));
            }
            if (step.reason() != null) {
                item.add(new Paragraph(step.reason()));
            }
            add(item);
        }
    }
}
