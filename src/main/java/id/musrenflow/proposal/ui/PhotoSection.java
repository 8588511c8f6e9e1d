package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResource;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.ui.BoundedUploads;
import id.musrenflow.base.ui.UploadTexts;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.proposal.Attachment;
import id.musrenflow.proposal.AttachmentType;
import id.musrenflow.proposal.ProposalLimits;
import id.musrenflow.proposal.ProposalService;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Photos of the 0 % condition and land-status evidence (and, read-only, the OPD's photos of the result): upload (JPEG/PNG, checked again on the server), a
 * thumbnail gallery whose pictures open at full size, and removal while the usulan may still be changed.
 * Files go to an usulan that is already stored, so a new usulan is saved as a draft first.
 */
class PhotoSection extends Div {

    private static final List<AttachmentType> TYPES = List.of(AttachmentType.FOTO, AttachmentType.BUKTI_LAHAN);

    private final transient ProposalService proposals;
    private final ProposalLimits limits;
    private final String actor;
    private final Consumer<BusinessException> refused;
    private Long proposalId;
    private boolean editable;

    PhotoSection(ProposalService proposals, ProposalLimits limits, String actor, Consumer<BusinessException> refused) {
        this.proposals = proposals;
        this.limits = limits;
        this.actor = actor;
        this.refused = refused;
        addClassName("mf-photos");
    }

    /** {@code id} null: a new usulan, which has to be saved before files can be attached. */
    void show(Long id, boolean mayChange) {
        this.proposalId = id;
        this.editable = mayChange;
        removeAll();
        if (id == null) {
            Paragraph hint = new Paragraph(getTranslation("usulan.foto.simpan-dulu"));
            hint.setId("usulan-foto-petunjuk");
            hint.addClassName("mf-muted");
            add(new H3(getTranslation("usulan.foto.judul")), hint);
            return;
        }
        List<Attachment> attachments = proposals.attachments(id);
        for (AttachmentType type : TYPES) {
            String suffix = type.name().toLowerCase(Locale.ROOT).replace('_', '-');
            add(new H3(getTranslation("usulan.lampiran." + type.name())));
            if (editable) {
                add(upload(type, suffix));
            }
            Div gallery = new Div();
            gallery.setId("usulan-galeri-" + suffix);
            gallery.addClassName("mf-gallery");
            attachments.stream().filter(a -> a.type() == type).forEach(a -> gallery.add(thumbnail(a, editable)));
            if (gallery.getChildren().findAny().isEmpty()) {
                Span none = new Span(getTranslation("usulan.foto.belum-ada"));
                none.addClassName("mf-muted");
                gallery.add(none);
            }
            add(gallery);
        }
        // photos of the finished work come from the OPD; the proposer only sees them
        List<Attachment> results = attachments.stream().filter(a -> a.type() == AttachmentType.HASIL).toList();
        if (!results.isEmpty()) {
            Div gallery = new Div();
            gallery.setId("usulan-galeri-hasil");
            gallery.addClassName("mf-gallery");
            results.forEach(a -> gallery.add(thumbnail(a, false)));
            add(new H3(getTranslation("usulan.lampiran." + AttachmentType.HASIL.name())), gallery);
        }
    }

    private Upload upload(AttachmentType type, String suffix) {
        long max = limits.maxPhotoSize().toBytes();
        Upload upload = UploadTexts.localized(new Upload());
        upload.setId("usulan-upload-" + suffix);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setMaxFiles(10);
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(rejected -> Notices.error(getTranslation("usulan.foto.error.bukan-gambar-atau-besar",
                limits.maxPhotoSize().toMegabytes())));
        upload.setUploadHandler(BoundedUploads.handler(max, (fileName, content) -> accept(type, fileName, content)));
        return upload;
    }

    private void accept(AttachmentType type, String fileName, byte[] content) {
        try {
            proposals.uploadImage(proposalId, type, fileName, content, actor);
            Notices.success(getTranslation("usulan.foto.tersimpan", fileName));
            show(proposalId, editable);
        } catch (BusinessException e) {
            BoundedUploads.refuse();
            refused.accept(e);
        }
    }

    private Div thumbnail(Attachment attachment, boolean removable) {
        long id = proposalId;
        StreamResource small = new StreamResource("thumb-" + attachment.id() + ".jpg",
                () -> new ByteArrayInputStream(proposals.attachmentContent(id, attachment.id(), true).orElse(new byte[0])));
        StreamResource full = new StreamResource(attachment.fileName(),
                () -> new ByteArrayInputStream(proposals.attachmentContent(id, attachment.id(), false).orElse(new byte[0])));
        full.setContentType(attachment.contentType());
        Image image = new Image(small, attachment.fileName());
        Anchor open = new Anchor(full, "");
        open.add(image);
        open.setTarget(AnchorTarget.BLANK);
        open.getElement().setAttribute("aria-label", getTranslation("usulan.foto.buka", attachment.fileName()));
        Div card = new Div(open);
        card.addClassName("mf-thumbnail");
        card.setId("usulan-lampiran-" + attachment.id());
        if (removable) {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> remove(attachment));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("usulan.foto.hapus", attachment.fileName()));
            remove.setId("usulan-hapus-lampiran-" + attachment.id());
            card.add(remove);
        }
        return card;
    }

    private void remove(Attachment attachment) {
        try {
            proposals.removeAttachment(proposalId, attachment.id(), actor);
            show(proposalId, editable);
        } catch (BusinessException e) {
            refused.accept(e);
        }
    }
}
