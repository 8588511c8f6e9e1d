package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.PublicTracking;

/** Public tracking page (/lacak/U-2027-…): status and timeline of an usulan, for residents, without signing in. */
@Route(value = "lacak/:nomor", autoLayout = false)
@AnonymousAllowed
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
        proposals.track(number).ifPresentOrElse(this::show, () -> notFound(number));
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
            ListItem item = new ListItem(new Span(IndonesianDates.dateTime(step.at(), getLocale())),
                    new Span(getTranslation("status." + step.status().name())));
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
        add(message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lacak.judul");
    }
}
