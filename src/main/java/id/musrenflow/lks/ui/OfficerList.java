package id.musrenflow.lks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.lks.Officer;
import java.util.List;

/** Officers with their role and term; the NIK only masked. */
class OfficerList extends Div {

    OfficerList(List<Officer> officers) {
        setId("lks-pengurus");
        for (Officer officer : officers) {
            Div card = new Div();
            card.addClassName("mf-card");
            Span term = new Span(getTranslation("lks.pengurus.masa", IndonesianDates.longDate(officer.start(), getLocale()),
                    officer.end() == null ? getTranslation("lks.pengurus.sekarang")
                            : IndonesianDates.longDate(officer.end(), getLocale())));
            term.addClassName("mf-muted");
            card.add(new Div(new Span(officer.name() + " · " + officer.role())),
                    new Div(new Span(getTranslation("lks.pengurus.nik", officer.maskedNik()))), new Div(term));
            add(card);
        }
    }
}
