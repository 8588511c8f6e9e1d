package id.musrenflow.lks.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload of one checklist document: PDF, JPEG or PNG (the browser filters, the server checks the bytes again),
 * at most {@code maxBytes}; one byte more than allowed is read so the server can tell the file is too large.
 */
class DocumentUpload extends Upload {

    interface Receiver {
        void accept(String fileName, byte[] content);
    }

    DocumentUpload(String id, long maxBytes, Receiver receiver, Runnable clientRefused) {
        setId(id);
        setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        setMaxFiles(1);
        addFileRejectedListener(rejected -> clientRefused.run());
        setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                byte[] content;
                try (InputStream in = event.getInputStream()) {
                    content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                }
                String fileName = event.getFileName();
                event.getUI().access(() -> receiver.accept(fileName, content));
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes + 1;
            }
        });
    }
}
