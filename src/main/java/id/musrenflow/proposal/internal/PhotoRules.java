package id.musrenflow.proposal.internal;

import id.musrenflow.base.BusinessException;
import id.musrenflow.proposal.ProposalLimits;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;

/**
 * Photos and scanned evidence: only real JPEG or PNG files (recognised by their first bytes and decodable, whatever
 * the browser declared), no larger than the configured limit; each gets a small JPEG thumbnail for galleries.
 */
@Component
public class PhotoRules {

    public static final int THUMBNAIL_SIZE = 320;
    // a small file can still claim a huge canvas (a "decompression bomb"); phone cameras stay far below this
    private static final long MAX_PIXELS = 60_000_000L;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    private final ProposalLimits limits;

    PhotoRules(ProposalLimits limits) {
        this.limits = limits;
    }

    /** A checked image: its real content type, a cleaned file name, and its thumbnail. */
    public record Photo(String fileName, String contentType, byte[] content, byte[] thumbnail) {
    }

    public Photo check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("usulan.foto.error.kosong");
        }
        if (content.length > limits.maxPhotoSize().toBytes()) {
            throw new BusinessException("usulan.foto.error.terlalu-besar", limits.maxPhotoSize().toMegabytes());
        }
        String contentType = startsWith(content, JPEG) ? "image/jpeg" : startsWith(content, PNG) ? "image/png" : null;
        if (contentType == null) {
            throw new BusinessException("usulan.foto.error.bukan-gambar");
        }
        BufferedImage image = decode(content);
        return new Photo(cleanName(fileName, contentType), contentType, content, thumbnail(image));
    }

    private static BufferedImage decode(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new BusinessException("usulan.foto.error.bukan-gambar");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new BusinessException("usulan.foto.error.terlalu-besar-piksel");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof BusinessException refused) {
                throw refused;
            }
            throw new BusinessException("usulan.foto.error.bukan-gambar");
        }
    }

    private static byte[] thumbnail(BufferedImage image) {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // JPEG has no transparency: transparent PNG areas become white, not black
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "jpg", out);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding of a thumbnail failed", e);
        }
        return out.toByteArray();
    }

    private static String cleanName(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}<>\"]", "").strip();
        if (name.isEmpty()) {
            name = "foto" + ("image/png".equals(contentType) ? ".png" : ".jpg");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
