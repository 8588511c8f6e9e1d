package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import id.musrenflow.danakelurahan.DocumentKind;
import id.musrenflow.danakelurahan.UploadedFile;
import java.io.IOException;
import java.io.InputStream;

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
        setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                byte[] content;
                try (InputStream in = event.getInputStream()) {
                    content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                }
                String name = event.getFileName();
                event.getUI().access(() -> file = new UploadedFile(name, content));
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes + 1;
            }
        });
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
