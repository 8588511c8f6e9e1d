package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.upload.Upload;
import id.musrenflow.base.ui.BoundedUploads;
import id.musrenflow.base.ui.UploadTexts;
import id.musrenflow.danakelurahan.DocumentKind;
import id.musrenflow.danakelurahan.UploadedFile;

/**
 * An upload of one document kept until the form is sent (the browser filters by type, the server checks the bytes
 * again); one byte more than allowed is read so the server can tell the file is too large.
 */
class FileField extends Upload {

    private UploadedFile file;

    FileField(String id, DocumentKind kind, long maxBytes) {
        setId(id);
        setAcceptedFileTypes(kind.accepted().stream().map(DocumentKind.FileType::contentType).toArray(String[]::new));
        setMaxFiles(1);
        setUploadHandler(BoundedUploads.handler(maxBytes, (name, content) -> file = new UploadedFile(name, content)));
        UploadTexts.localized(this);
    }

    /** The file received, or null when none was sent. */
    UploadedFile file() {
        return file;
    }

    /** For tests and for keeping a file across a refused submit. */
    void receive(UploadedFile received) {
        this.file = received;
    }

    void reset() {
        file = null;
        clearFileList();
    }
}
