package id.musrenflow.lks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.lks.Officer;
import java.util.List;
import java.util.function.Consumer;

/** Officers with their role and term; the NIK only masked. With {@code edit}, each officer has an edit button. */
class OfficerList extends Div {

    OfficerList(List<Officer> officers) {
        this(officers, null);
    }

    OfficerList(List<Officer> officers, Consumer<Officer> edit) {
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
            if (edit != null) {
                Button change = new Button(getTranslation("lks.pengurus.ubah"), click -> edit.accept(officer));
                change.addThemeVariants(ButtonVariant.LUMO_SMALL);
                change.setId("lks-pengurus-ubah-" + officer.id());
                card.add(change);
            }
            add(card);
        }
    }
}
