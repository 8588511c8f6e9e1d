package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.identity.PositionType;
import id.musrenflow.proposal.StatusChange;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.TerritoryCodes;
import java.util.Arrays;
import java.util.List;

/**
 * Every step of an usulan, oldest first: when, from → to, in which position, the reason code and text, the note; a
 * reminder or escalation of its open task as one line.
 */
class ProposalTimeline extends OrderedList {

    ProposalTimeline(List<StatusChange> history, RegionService regions) {
        setId("usulan-riwayat");
        addClassName("mf-timeline");
        for (StatusChange step : history) {
            Span when = new Span(IndonesianDates.dateTime(step.at(), getLocale()));
            when.addClassName("mf-muted");
            if (!step.isStatusChange()) {
                Span event = new Span(DeadlineStepText.of(this, getLocale(), step.deadline(), group -> position(group, regions)));
                event.addClassName("mf-timeline-deadline");
                add(new ListItem(when, event));
                continue;
            }
            String to = getTranslation("status." + step.to().name());
            Span change = new Span(step.from() == null ? to : getTranslation("status." + step.from().name()) + " → " + to);
            change.addClassName("mf-timeline-status");
            ListItem item = new ListItem(when, change);
            if (step.position() != null) {
                Paragraph who = new Paragraph(position(step.position(), regions));
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

    /** "Ketua RT · RT 003 / RW 002 Medono" from a candidate group such as ketua-rt:33.75.01.1002.002.003. */
    private String position(String groupId, RegionService regions) {
        String[] parts = groupId.split(":");
        String label = Arrays.stream(PositionType.values()).filter(t -> t.groupPrefix().equals(parts[0])).findFirst()
                .map(t -> getTranslation("jabatan." + t.name())).orElse(parts[0]);
        if (parts.length > 1 && TerritoryCodes.contains(TerritoryCodes.KOTA_PEKALONGAN, parts[1])) {
            label += " · " + regions.describe(parts[1]);
        } else if (parts.length > 1) {
            label += " · " + parts[1];
        }
        return label;
    }
}
