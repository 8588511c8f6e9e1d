package id.musrenflow.lks.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.lks.LksService;
import id.musrenflow.lks.PublicOrganisation;
import java.util.List;

/**
 * Public list (/lks) of registered and accredited social organisations, without signing in: name, kelurahan, field
 * of service, registration number and validity, accreditation grade and validity. No officers, no personal data.
 */
@Route(value = "lks", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://styles/lks.css")
public class PublicRegistryView extends VerticalLayout implements HasDynamicTitle {

    public PublicRegistryView(LksService registry) {
        addClassNames("mf-page", "mf-lks-publik");
        add(new H1(getTranslation("lks.publik.judul")), new Paragraph(getTranslation("lks.publik.penjelasan")));
        List<PublicOrganisation> organisations = registry.publicRegistry();
        Paragraph count = new Paragraph(getTranslation("lks.publik.jumlah", organisations.size()));
        count.setId("lks-publik-jumlah");
        Div list = new Div();
        list.setId("lks-publik-daftar");
        list.addClassName("mf-card-list");
        organisations.forEach(o -> list.add(card(o)));
        add(count, list, new Anchor("login", getTranslation("lks.publik.masuk")));
    }

    private Div card(PublicOrganisation organisation) {
        Div card = new Div();
        card.addClassName("mf-card");
        card.setId("lks-" + organisation.code());
        Span place = new Span(organisation.kelurahan() + " · " + getTranslation("lks.bidang." + organisation.serviceField()));
        place.addClassName("mf-muted");
        card.add(new H2(organisation.name()), place);
        if (organisation.registrationNumber() != null) {
            card.add(new Paragraph(getTranslation("lks.publik.terdaftar", organisation.registrationNumber(),
                    IndonesianDates.longDate(organisation.registrationValidUntil(), getLocale()))));
        }
        if (organisation.accreditation() != null) {
            Span grade = new Span(getTranslation("lks.publik.akreditasi", organisation.accreditation().name(),
                    IndonesianDates.longDate(organisation.accreditationValidUntil(), getLocale())));
            grade.getElement().getThemeList().add("badge success");
            card.add(grade);
        }
        if (organisation.lkksMember()) {
            Span member = new Span(getTranslation("lks.publik.anggota-lkks"));
            member.getElement().getThemeList().add("badge contrast");
            card.add(member);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lks.publik.judul");
    }
}
