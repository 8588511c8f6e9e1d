package id.musrenflow.base.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * The upload handler every file field shares: it reads at most one byte more than allowed (enough for the server
 * to tell a file is too large, never a whole oversized file in memory) and hands the bytes over inside the UI's
 * lock, so the receiver may update the screen.
 */
public final class BoundedUploads {

    /** Receives one uploaded file. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void accept(String fileName, byte[] content);
    }

    private BoundedUploads() {
    }

    public static UploadHandler handler(long maxBytes, Receiver receiver) {
        return new UploadHandler() {
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
        };
    }
}
