package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.PublicTracking;

/**
 * Public tracking page (/lacak/U-2027-…): status and timeline of an usulan, for residents, without signing in; /lacak
 * alone, or a number not found, offers the lookup by number.
 */
@Route(value = "lacak/:nomor?", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://styles/usulan.css")
public class TrackingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProposalService proposals;

    public TrackingView(ProposalService proposals) {
        this.proposals = proposals;
        addClassNames("mf-page", "mf-tracking");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String number = event.getRouteParameters().get("nomor").orElse("");
        add(new H1("Musrenflow"));
        if (number.isBlank()) {
            add(new Paragraph(getTranslation("lacak.cari.penjelasan")), lookup(""));
        } else {
            proposals.track(number).ifPresentOrElse(this::show, () -> notFound(number));
        }
        add(new Anchor("login", getTranslation("lacak.masuk")));
    }

    private void show(PublicTracking tracking) {
        Div card = new Div();
        card.addClassName("mf-card");
        card.setId("tracking");
        Span number = new Span(tracking.number());
        number.addClassName("mf-muted");
        Span status = new Span(getTranslation("status." + tracking.status().name()));
        status.getElement().getThemeList().add("badge");
        status.setId("tracking-status");
        card.add(number, new H2(tracking.title()), new Paragraph(tracking.kelurahan()), status);
        OrderedList timeline = new OrderedList();
        timeline.addClassName("mf-timeline");
        timeline.setId("tracking-timeline");
        for (PublicTracking.Step step : tracking.timeline()) {
            Span when = new Span(IndonesianDates.dateTime(step.at(), getLocale()));
            when.addClassName("mf-muted");
            Span what = new Span(getTranslation("status." + step.status().name()));
            what.addClassName("mf-timeline-status");
            ListItem item = new ListItem(when, what);
            if (step.reasonCode() != null) {
                item.add(new Paragraph(getTranslation("alasan." + step.reasonCode())));
            }
            if (step.reason() != null) {
                item.add(new Paragraph(step.reason()));
            }
            timeline.add(item);
        }
        if (ExecutionFacts.worthShowing(tracking.execution())) {
            card.add(new ExecutionFacts(tracking.execution()));
        }
        card.add(new H2(getTranslation("lacak.riwayat")), timeline);
        add(card);
    }

    private void notFound(String number) {
        Paragraph message = new Paragraph(getTranslation("lacak.tidak-ditemukan", number));
        message.setId("tracking-not-found");
        message.getElement().setAttribute("role", "alert");
        add(message, lookup(number));
    }

    private Div lookup(String number) {
        TextField field = new TextField(getTranslation("lacak.cari.label"));
        field.setId("tracking-cari-nomor");
        field.setHelperText(getTranslation("lacak.cari.petunjuk"));
        field.setValue(number);
        field.setWidthFull();
        field.setMaxLength(40);
        Button go = new Button(getTranslation("lacak.cari.tombol"), click -> {
            String wanted = field.getValue().strip().toUpperCase(java.util.Locale.ROOT);
            if (wanted.isEmpty()) {
                field.setInvalid(true);
                field.setErrorMessage(getTranslation("lacak.cari.kosong"));
                return;
            }
            getUI().ifPresent(ui -> ui.navigate("lacak/" + wanted));
        });
        go.setId("tracking-cari");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(Key.ENTER);
        Div form = new Div(field, go);
        form.addClassNames("mf-card", "mf-tracking-cari");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lacak.judul");
    }
}
