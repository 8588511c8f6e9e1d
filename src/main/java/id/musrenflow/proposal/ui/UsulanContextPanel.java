package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.IndonesianNumbers;
import id.musrenflow.base.Rupiah;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.proposal.Attachment;
import id.musrenflow.proposal.CatalogueItem;
import id.musrenflow.proposal.PossibleDuplicate;
import id.musrenflow.proposal.ProposalDetail;
import id.musrenflow.proposal.ProposalExecution;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalLimits;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.proposal.StatusChange;
import id.musrenflow.reference.Opd;
import id.musrenflow.reference.OpdService;
import id.musrenflow.region.RegionService;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An usulan as a verifier needs it: duplicates first, then fields, photos, location and one history (every status
 * with who decided it, reason code, reason and note: earlier decisions are read there, not in a list of their own).
 */
class UsulanContextPanel extends Div {

    private final transient ProposalService proposals;
    private final ProposalSummary usulan;
    private final transient ProposalLimits limits;
    private final transient PositionLabels labels;

    UsulanContextPanel(ProposalDetail detail, ProposalService proposals, List<PossibleDuplicate> duplicates,
                       RegionService regions, OpdService opds, ProposalLimits limits, PositionLabels labels) {
        this.proposals = proposals;
        this.limits = limits;
        this.labels = labels;
        this.usulan = detail.summary();
        setId("usulan-konteks");
        addClassName("mf-card");
        if (!duplicates.isEmpty()) {
            add(duplicates(duplicates));
        }
        Span status = new Span(getTranslation("status." + usulan.status().name()));
        status.getElement().getThemeList().add("badge");
        status.setId("usulan-status");
        Span number = new Span(usulan.number());
        number.addClassName("mf-muted");
        add(new H3(getTranslation("konteks.usulan.judul")), number, new H4(usulan.displayTitle()), status);
        add(fields(detail, regions, opds));
        ProposalExecution execution = proposals.execution(usulan.id());
        if (ExecutionFacts.worthShowing(execution)) {
            add(new ExecutionFacts(execution));
        }
        add(photos(), location(), timeline());
    }

    /** Puts a section the task needs (the result photo upload, say) right before the photos. */
    void addBeforePhotos(com.vaadin.flow.component.Component section) {
        getChildren().filter(c -> c.getId().filter("usulan-foto"::equals).isPresent()).findFirst()
                .ifPresentOrElse(photos -> addComponentAtIndex(indexOf(photos), section), () -> add(section));
    }

    private Div duplicates(List<PossibleDuplicate> found) {
        Div warning = new Div();
        warning.setId("usulan-duplikat");
        warning.getElement().setAttribute("role", "alert");
        warning.addClassName("mf-form-errors");
        UnorderedList list = new UnorderedList();
        for (PossibleDuplicate d : found) {
            // a new tab, so nothing typed in the task's form is lost
            Anchor link = new Anchor("lacak/" + d.number(), d.number(), AnchorTarget.BLANK);
            link.addClassName("usulan-duplikat-tautan");
            String why = d.distanceMetres() != null ? getTranslation("konteks.duplikat.jarak", d.distanceMetres())
                    : getTranslation("konteks.duplikat.rt-sama");
            list.add(new ListItem(link, new Span(" · " + d.title() + " (" + d.year() + ", "
                    + getTranslation("status." + d.status().name()) + ") · " + why)));
        }
        warning.add(new H4(getTranslation("konteks.duplikat.judul")),
                new Paragraph(getTranslation("konteks.duplikat.penjelasan")), list);
        return warning;
    }

    private Div fields(ProposalDetail detail, RegionService regions, OpdService opds) {
        ProposalDraft f = detail.fields();
        Div fields = new Div();
        fields.setId("usulan-isian");
        // the item as proposed: the catalogue may have been edited or the item retired since
        CatalogueItem item = detail.proposedItem();
        String catalogue = f.catalogueItemId() == null ? getTranslation("konteks.usulan.kamus-langsung")
                : item == null ? "" : item.name() + " (" + item.code() + ") · " + Rupiah.format(item.unitCost())
                + " / " + item.unit();
        String area = usulan.rtCodes().isEmpty() ? regions.describe(usulan.kelurahanCode())
                : usulan.rtCodes().stream().map(regions::describe).collect(Collectors.joining("; "));
        String opd = usulan.targetOpd() == null ? "" : opds.find(usulan.targetOpd()).map(Opd::name)
                .orElse(usulan.targetOpd());
        row(fields, "konteks.usulan.jenis", getTranslation("konteks.usulan.jenis." + usulan.kind().name()));
        row(fields, "konteks.usulan.kamus", catalogue);
        row(fields, "konteks.usulan.wilayah", area);
        row(fields, "konteks.usulan.alamat", usulan.address());
        row(fields, "konteks.usulan.masalah", f.problem());
        row(fields, "konteks.usulan.deskripsi", f.description());
        row(fields, "konteks.usulan.output", f.expectedOutput());
        row(fields, "konteks.usulan.penerima", f.beneficiaries() == null ? null
                : IndonesianNumbers.format(f.beneficiaries()) + (f.beneficiaryGroup() == null ? "" : " " + f.beneficiaryGroup()));
        row(fields, "konteks.usulan.volume", IndonesianNumbers.format(usulan.volume()) + " " + usulan.unit());
        row(fields, "konteks.usulan.biaya", Rupiah.format(usulan.cost()));
        row(fields, "konteks.usulan.swadaya", f.communityContribution());
        row(fields, "konteks.usulan.opd", opd);
        row(fields, "konteks.usulan.pengusul", who(usulan.proposer(), detail.proposerPosition(),
                null));
        row(fields, "konteks.usulan.usulan-ke", String.valueOf(detail.repeatCount()));
        return fields;
    }

    private void row(Div fields, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("mf-muted");
        Div row = new Div(label, new Paragraph(value));
        row.getStyle().set("margin-bottom", "var(--lumo-space-xs)");
        fields.add(row);
    }

    private Div photos() {
        Div photos = new Div(new H4(getTranslation("konteks.usulan.foto")));
        photos.setId("usulan-foto");
        List<Attachment> attachments = proposals.attachments(usulan.id());
        if (attachments.isEmpty()) {
            photos.add(new Paragraph(getTranslation("konteks.usulan.tanpa-foto")));
        }
        Div strip = new Div();
        strip.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        for (Attachment attachment : attachments) {
            Anchor full = new Anchor(download(attachment, false), "");
            full.setTarget(AnchorTarget.BLANK);
            full.getElement().setAttribute("aria-label",
                    getTranslation("konteks.usulan.foto-buka", attachment.fileName()));
            if (attachment.image()) {
                Image thumbnail = new Image(download(attachment, true), attachment.fileName());
                thumbnail.addClassName("usulan-foto-kecil");
                thumbnail.setWidth("96px");
                thumbnail.setHeight("96px");
                thumbnail.getStyle().set("object-fit", "cover").set("border-radius", "var(--lumo-border-radius-m)");
                full.add(thumbnail);
            } else {
                full.setText(attachment.fileName());
            }
            strip.add(full);
        }
        photos.add(strip);
        return photos;
    }

    private DownloadHandler download(Attachment attachment, boolean thumbnail) {
        long proposalId = usulan.id();
        return DownloadHandler.fromInputStream(event -> proposals.attachmentContent(proposalId, attachment.id(),
                        thumbnail)
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), attachment.fileName(),
                        thumbnail && attachment.hasThumbnail() ? "image/jpeg" : attachment.contentType(),
                        bytes.length))
                .orElseGet(() -> DownloadResponse.error(404)));
    }

    private Div location() {
        Div location = new Div(new H4(getTranslation("konteks.usulan.peta")));
        location.setId("usulan-lokasi");
        if (usulan.latitude() == null || usulan.longitude() == null) {
            location.add(new Paragraph(getTranslation("konteks.usulan.tanpa-koordinat")));
            return location;
        }
        String lat = usulan.latitude().toPlainString();
        String lon = usulan.longitude().toPlainString();
        MapPointPicker point = new MapPointPicker(limits.mapBox());
        point.setPoint(usulan.latitude(), usulan.longitude());
        point.setReadOnly(true);
        Anchor map = new Anchor("https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=18/" + lat
                + "/" + lon, getTranslation("konteks.usulan.peta-buka"), AnchorTarget.BLANK);
        map.setId("usulan-peta-osm");
        map.getElement().setAttribute("rel", "noopener");
        location.add(point, map);
        return location;
    }

    private Div timeline() {
        Div history = new Div(new H4(getTranslation("konteks.usulan.riwayat")));
        OrderedList steps = new OrderedList();
        steps.setId("usulan-riwayat");
        steps.addClassName("mf-timeline");
        proposals.history(usulan.id()).forEach(c -> steps.add(step(c)));
        history.add(steps);
        return history;
    }

    /** "Ketua RT 003 / RW 002 Medono (Slamet Riyadi)", never the account or group code. */
    private String who(String username, String group, java.time.LocalDateTime at) {
        return labels.actor(username, group, at == null ? null : at.toLocalDate(), this::getTranslation);
    }

    private ListItem step(StatusChange change) {
        Locale locale = getLocale();
        if (!change.isStatusChange()) {
            return new ListItem(new Span(IndonesianDates.dateTime(change.at(), locale) + " · "
                    + DeadlineStepText.of(this, locale, change.deadline(), group -> who(null, group, change.at()))));
        }
        ListItem item = new ListItem(new Span(IndonesianDates.dateTime(change.at(), locale) + " · "
                + getTranslation("status." + change.to().name()) + " · " + who(change.actor(), change.position(),
                change.at())));
        if (change.reasonCode() != null) {
            item.add(new Paragraph(getTranslation("alasan." + change.reasonCode())));
        }
        if (change.reason() != null) {
            item.add(new Paragraph(change.reason()));
        }
        if (change.note() != null) {
            item.add(new Paragraph(getTranslation("konteks.usulan.catatan", change.note())));
        }
        return item;
    }
}
