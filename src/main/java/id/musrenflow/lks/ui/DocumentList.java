package id.musrenflow.lks.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.StreamResource;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.lks.DocumentType;
import id.musrenflow.lks.LksDocument;
import id.musrenflow.lks.LksService;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.function.Function;

/**
 * The registration checklist: one row per document type, required ones marked, the current file downloadable (read
 * again through the service, so access is checked at download time too); {@code extra} adds e.g. an upload.
 */
class DocumentList extends Div {

    DocumentList(LksService registry, long organisationId, AuthenticatedUser user,
                 Function<DocumentType, com.vaadin.flow.component.Component> extra) {
        addClassName("mf-lks-dokumen");
        Map<DocumentType, LksDocument> checklist = registry.checklist(organisationId, user);
        for (DocumentType type : DocumentType.values()) {
            Div row = new Div();
            row.addClassName("mf-card");
            row.setId("lks-dokumen-" + type.name());
            LksDocument document = checklist.get(type);
            Span name = new Span((document == null ? VaadinIcon.CIRCLE_THIN : VaadinIcon.CHECK_CIRCLE).create(),
                    new Span(" " + getTranslation("lks.dokumen." + type.name())
                            + (type.required() ? " *" : "")));
            row.add(new Div(name));
            if (document != null) {
                StreamResource file = new StreamResource(document.fileName(), () -> new ByteArrayInputStream(
                        registry.documentContent(organisationId, document.id(), user).orElse(new byte[0])));
                file.setContentType(document.contentType());
                Anchor download = new Anchor(file, document.fileName());
                download.setTarget(AnchorTarget.BLANK);
                download.getElement().setAttribute("download", true);
                download.setId("lks-unduh-" + type.name());
                row.add(new Div(download));
            } else {
                Span missing = new Span(getTranslation("lks.dokumen.belum-ada"));
                missing.addClassName("mf-muted");
                row.add(new Div(missing));
            }
            if (extra != null) {
                row.add(extra.apply(type));
            }
            add(row);
        }
    }
}
