package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.ui.BoundedUploads;
import id.musrenflow.base.ui.UploadTexts;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.proposal.Attachment;
import id.musrenflow.proposal.AttachmentType;
import id.musrenflow.proposal.ProposalExecutionService;
import id.musrenflow.proposal.ProposalLimits;
import id.musrenflow.proposal.ProposalService;

/**
 * Beside Task_CatatSelesaiOpd: the final OPD's verifier uploads photos of the finished work (HASIL), which the
 * completion step requires; Camunda Forms have no file field, so the photos go to the usulan directly.
 */
class ResultPhotoUpload extends Div {

    private final transient ProposalExecutionService execution;
    private final transient ProposalService proposals;
    private final long proposalId;
    private final String actor;
    private final UnorderedList uploaded = new UnorderedList();

    ResultPhotoUpload(ProposalExecutionService execution, ProposalService proposals, ProposalLimits limits,
                      long proposalId, String actor) {
        this.execution = execution;
        this.proposals = proposals;
        this.proposalId = proposalId;
        this.actor = actor;
        setId("usulan-foto-hasil");
        long max = limits.maxPhotoSize().toBytes();
        Upload upload = UploadTexts.localized(new Upload());
        upload.setId("usulan-upload-hasil");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setMaxFiles(10);
        upload.addFileRejectedListener(rejected -> Notices.error(
                getTranslation("usulan.foto.error.bukan-gambar-atau-besar", limits.maxPhotoSize().toMegabytes())));
        upload.setUploadHandler(BoundedUploads.handler(max, this::accept));
        uploaded.setId("usulan-daftar-foto-hasil");
        add(new H4(getTranslation("usulan.pelaksanaan.foto-hasil")),
                new Paragraph(getTranslation("usulan.pelaksanaan.unggah-petunjuk")), upload, uploaded);
        list();
    }

    void accept(String fileName, byte[] content) {
        try {
            execution.addResultPhoto(proposalId, fileName, content, actor);
            Notices.success(getTranslation("usulan.pelaksanaan.foto-tersimpan", fileName));
            list();
        } catch (BusinessException e) {
            BoundedUploads.refuse();
            Notices.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void list() {
        uploaded.removeAll();
        proposals.attachments(proposalId).stream().filter(a -> a.type() == AttachmentType.HASIL)
                .map(Attachment::fileName).forEach(name -> uploaded.add(new ListItem(name)));
    }
}
