package id.musrenflow.base.ui;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * The upload handler every file field shares: it reads at most one byte more than allowed (enough for the server
 * to tell a file is too large, never a whole oversized file in memory) and hands the bytes over inside the UI's
 * lock, so the receiver may update the screen. A receiver that refuses the file (and says why on the screen) calls
 * {@link #refuse()}: the upload then answers 422, so the file shows in the widget as failed, not with a green check.
 */
public final class BoundedUploads {

    /** Set by {@link #refuse()} while a receiver runs on the upload's request thread. */
    private static final ThreadLocal<Boolean> REFUSED = new ThreadLocal<>();

    /** HTTP status the widget shows as a refused file ("Unggahan ditolak."). */
    static final int REFUSED_STATUS = 422;

    /** Receives one uploaded file. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void accept(String fileName, byte[] content);
    }

    private BoundedUploads() {
    }

    /**
     * Called by a receiver that refused the file it was given (it shows the reason itself): the widget marks the
     * file as failed. Outside an upload request it does nothing.
     */
    public static void refuse() {
        REFUSED.set(Boolean.TRUE);
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
                REFUSED.remove();
                // synchronously, on this request's thread: the answer to the browser depends on the receiver
                event.getUI().accessSynchronously(() -> receiver.accept(fileName, content));
            }

            @Override
            public void responseHandled(boolean success, VaadinResponse response) {
                boolean refused = Boolean.TRUE.equals(REFUSED.get());
                REFUSED.remove();
                if (success && refused) {
                    response.setStatus(REFUSED_STATUS);
                } else {
                    UploadHandler.super.responseHandled(success, response);
                }
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes + 1;
            }
        };
    }
}
