package id.musrenflow.lks.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.lks.Certificate;
import id.musrenflow.lks.CertificateService;

/**
 * Public verification of an accreditation certificate (/lks/sertifikat/{number}, the QR code's target), without
 * signing in: organisation, grade, validity and whether it is in force today. No officers, no personal data.
 */
@Route(value = "lks/sertifikat/:nomor", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://styles/lks.css")
public class CertificateVerificationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CertificateService certificates;

    public CertificateVerificationView(CertificateService certificates) {
        this.certificates = certificates;
        addClassNames("mf-page", "mf-lks-sertifikat");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String number = event.getRouteParameters().get("nomor").orElse("");
        add(new H1(getTranslation("lks.sertifikat.judul")));
        certificates.find(number).ifPresentOrElse(this::show, () -> {
            Paragraph missing = new Paragraph(getTranslation("lks.sertifikat.tidak-ditemukan", number));
            missing.setId("lks-sertifikat-tidak-ditemukan");
            missing.addClassName("mf-error");
            add(missing);
        });
        add(new Anchor("lks", getTranslation("lks.sertifikat.daftar")));
    }

    private void show(Certificate certificate) {
        Div card = new Div();
        card.addClassName("mf-card");
        card.setId("lks-sertifikat");
        boolean valid = certificates.valid(certificate);
        Span status = new Span(getTranslation("lks.sertifikat.status." + (valid ? "SAH" : "KEDALUWARSA")));
        status.setId("lks-sertifikat-status");
        status.getElement().getThemeList().add(valid ? "badge success" : "badge error");
        card.add(new H2(certificate.organisationName()), new Paragraph(certificate.organisationAddress()),
                new Paragraph(getTranslation("lks.sertifikat.nomor", certificate.number())),
                new Paragraph(getTranslation("lks.sertifikat.peringkat", certificate.grade().name(),
                        getTranslation("lks.sertifikat.peringkat." + certificate.grade().name()))),
                new Paragraph(getTranslation("lks.sertifikat.berlaku",
                        IndonesianDates.longDate(certificate.validFrom(), getLocale()),
                        IndonesianDates.longDate(certificate.validUntil(), getLocale()))),
                new Paragraph(getTranslation("lks.sertifikat.keputusan",
                        IndonesianDates.longDate(certificate.decidedOn(), getLocale()))),
                status);
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lks.sertifikat.judul");
    }
}
