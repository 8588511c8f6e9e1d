package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import id.musrenflow.base.Rupiah;
import id.musrenflow.proposal.ForumOutcome;
import id.musrenflow.proposal.ForumSummary;

/** What a forum decided, outcome by outcome with the usulan numbers; before confirming and after. */
class ForumSummaryList extends Div {

    ForumSummaryList(ForumSummary summary, String titleKey) {
        addClassName("mf-card");
        add(new H3(getTranslation(titleKey)));
        UnorderedList outcomes = new UnorderedList();
        for (ForumOutcome outcome : ForumOutcome.at(summary.level())) {
            if (summary.count(outcome) == 0) {
                continue;
            }
            ListItem line = new ListItem(getTranslation("forum.hasil.baris",
                    getTranslation("forum.keputusan." + outcome.name()), summary.count(outcome)));
            line.setId("forum-hasil-" + outcome.name());
            Paragraph numbers = new Paragraph(String.join(", ", summary.numbers(outcome)));
            numbers.addClassName("mf-muted");
            line.add(numbers);
            outcomes.add(line);
        }
        add(outcomes, new Paragraph(getTranslation("forum.total.disepakati", summary.agreedCount(),
                Rupiah.format(summary.agreedCost()))));
    }
}
