package id.musrenflow.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.UserAccount;
import java.time.LocalDate;
import java.util.Comparator;

/** The positions a user holds, held or will hold, newest first; ending one keeps it in the history. */
class PositionsSection extends Div {

    private final AdminContext context;
    private final Runnable changed;
    private final Div list = new Div();

    PositionsSection(AdminContext context, long userId, Runnable changed) {
        this.context = context;
        this.changed = changed;
        addClassName("mf-users-section");
        list.setId("positions");
        Button add = new Button(getTranslation("admin.jabatan.tambah"), VaadinIcon.PLUS.create(),
                click -> new PositionDialog(context, userId, changed).open());
        add.setId("add-position");
        add(new H3(getTranslation("admin.pengguna.jabatan")), list, add);
    }

    void show(UserAccount user) {
        list.removeAll();
        if (user.positions().isEmpty()) {
            list.add(new Paragraph(getTranslation("admin.jabatan.belum-ada")));
        }
        LocalDate today = context.users().today();
        user.positions().stream()
                .sorted(Comparator.comparing(Position::start).reversed())
                .forEach(position -> list.add(card(position, today)));
    }

    private Div card(Position position, LocalDate today) {
        Span label = new Span(context.labels().label(position, getLocale(), this::getTranslation));
        label.addClassName("mf-users-position-label");
        String period = getTranslation("admin.jabatan.periode",
                getTranslation("jabatan.status." + position.status().name()),
                IndonesianDates.longDate(position.start(), getLocale()),
                position.end() == null ? getTranslation("admin.jabatan.sekarang")
                        : IndonesianDates.longDate(position.end(), getLocale()));
        Span state = new Span(getTranslation(stateKey(position, today)));
        state.getElement().getThemeList().add("badge");
        Div card = new Div(label, state, new Paragraph(period));
        card.addClassName("mf-users-position");
        boolean ended = position.end() != null && position.end().isBefore(today);
        card.addClassName(ended ? "mf-users-position-ended" : "mf-users-position-current");
        if (!ended) {
            Button end = new Button(getTranslation("admin.jabatan.akhiri"),
                    click -> new EndPositionDialog(context, position, changed).open());
            end.addThemeVariants(ButtonVariant.LUMO_SMALL);
            end.addClassName("mf-users-end-position");
            card.add(end);
        }
        return card;
    }

    private static String stateKey(Position position, LocalDate today) {
        if (position.start().isAfter(today)) {
            return "admin.jabatan.akan-datang";
        }
        return position.activeOn(today) ? "admin.jabatan.berlaku" : "admin.jabatan.berakhir";
    }
}
