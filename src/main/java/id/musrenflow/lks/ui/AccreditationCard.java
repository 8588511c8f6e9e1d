package id.musrenflow.lks.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.lks.AccreditationApplication;
import id.musrenflow.lks.AccreditationStep;
import id.musrenflow.lks.CertificateService;
import java.io.ByteArrayInputStream;
import java.util.List;

/** One accreditation application of the officer's organisation: status, grade, certificate download, timeline. */
class AccreditationCard extends Div {

    AccreditationCard(AccreditationApplication application, String certificate, List<AccreditationStep> history,
                      CertificateService certificates, AuthenticatedUser user, PositionLabels labels) {
        addClassName("mf-card");
        setId("lks-akreditasi-" + application.number());
        Span status = new Span(getTranslation("lks.akreditasi.status." + application.status().name()));
        status.getElement().getThemeList().add("badge");
        add(new H3(application.number()),
                new Paragraph(IndonesianDates.dateTime(application.submittedAt(), getLocale())), status);
        if (application.grade() != null && application.validUntil() != null) {
            add(new Paragraph(getTranslation("lks.publik.akreditasi", application.grade().name(),
                    IndonesianDates.longDate(application.validUntil(), getLocale()))));
        }
        if (certificate != null) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] pdf = certificates.pdf(application.id(), user);
                return new DownloadResponse(new ByteArrayInputStream(pdf), certificate + ".pdf", "application/pdf",
                        pdf.length);
            }), getTranslation("lks.sertifikat.unduh"));
            download.setId("lks-sertifikat-unduh-" + application.number());
            download.setTarget(AnchorTarget.BLANK);
            add(new Paragraph(download));
        }
        add(new AccreditationTimeline(history, labels));
    }
}
