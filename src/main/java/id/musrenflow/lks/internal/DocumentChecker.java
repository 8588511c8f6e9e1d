package id.musrenflow.lks.internal;

import id.musrenflow.base.BusinessException;
import java.util.Arrays;

/**
 * Accepts only PDF, JPEG and PNG, judged by the file's first bytes (its magic number) rather than by its name or
 * the browser's claim, within the size limit. Returns the content type to store.
 */
public final class DocumentChecker {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private DocumentChecker() {
    }

    public static String contentTypeOf(byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new BusinessException("lks.dokumen.error.kosong");
        }
        if (content.length > maxBytes) {
            throw new BusinessException("lks.dokumen.error.terlalu-besar", maxBytes / (1024 * 1024));
        }
        if (startsWith(content, PDF)) {
            return "application/pdf";
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        throw new BusinessException("lks.dokumen.error.jenis");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
