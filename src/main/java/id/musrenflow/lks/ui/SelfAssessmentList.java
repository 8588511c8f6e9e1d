package id.musrenflow.lks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import id.musrenflow.lks.AccreditationComponent;
import id.musrenflow.lks.SelfAssessment;
import java.util.Map;

/** The organisation's self-assessment, read-only, for LKKS, BALKS and the assessor: score and evidence per component. */
class SelfAssessmentList extends Div {

    SelfAssessmentList(Map<AccreditationComponent, SelfAssessment> entries) {
        setId("lks-mandiri");
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("lks.mandiri.belum")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (SelfAssessment entry : entries.values()) {
            ListItem item = new ListItem(getTranslation("lks.mandiri.baris",
                    getTranslation("lks.akreditasi.komponen." + entry.component().name()),
                    entry.score().stripTrailingZeros().toPlainString(), entry.evidence()));
            item.setId("lks-mandiri-" + entry.component().name());
            list.add(item);
        }
        add(list);
    }
}
