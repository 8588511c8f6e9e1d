package id.musrenflow.lks.ui;

import com.vaadin.flow.component.upload.Upload;
import id.musrenflow.base.ui.BoundedUploads;
import id.musrenflow.base.ui.UploadTexts;

/**
 * An upload of one checklist document: PDF, JPEG or PNG (the browser filters, the server checks the bytes again),
 * at most {@code maxBytes}; one byte more than allowed is read so the server can tell the file is too large.
 */
class DocumentUpload extends Upload {

    DocumentUpload(String id, long maxBytes, BoundedUploads.Receiver receiver, Runnable clientRefused) {
        setId(id);
        setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        setMaxFiles(1);
        addFileRejectedListener(rejected -> clientRefused.run());
        setUploadHandler(BoundedUploads.handler(maxBytes, receiver));
        UploadTexts.localized(this);
    }
}
