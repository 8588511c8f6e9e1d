package id.musrenflow.danakelurahan.internal;

import id.musrenflow.base.BusinessException;
import id.musrenflow.danakelurahan.DocumentKind;
import id.musrenflow.danakelurahan.DocumentKind.FileType;
import id.musrenflow.danakelurahan.ExecutionSettings;
import id.musrenflow.danakelurahan.UploadedFile;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Judges an uploaded file by its first bytes (its magic number), not by its name: a renamed executable is refused.
 * An XLSX is a ZIP package whose first entry names its content types.
 */
@Component
public class FileRules {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    private final ExecutionSettings settings;

    FileRules(ExecutionSettings settings) {
        this.settings = settings;
    }

    /** Largest file accepted, in bytes. */
    public long maxBytes() {
        return settings.maksBerkas().toBytes();
    }

    /** The file's type, refused with a message naming what is accepted when it is empty, too big or of another type. */
    public FileType check(DocumentKind kind, UploadedFile file) {
        if (file == null || file.content() == null || file.content().length == 0) {
            throw new BusinessException("kegiatan.error.berkas-kosong", label(kind));
        }
        if (file.content().length > settings.maksBerkas().toBytes()) {
            throw new BusinessException("kegiatan.error.berkas-terlalu-besar", safeName(file.fileName()),
                    settings.maksBerkas().toMegabytes());
        }
        FileType type = typeOf(file.content()).filter(kind.accepted()::contains).orElseThrow(() ->
                new BusinessException("kegiatan.error.berkas-tipe", safeName(file.fileName()), label(kind),
                        kind.accepted().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
        return type;
    }

    public static String safeName(String name) {
        String base = name == null || name.isBlank() ? "berkas" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    static Optional<FileType> typeOf(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(content, ZIP) && new String(content, 0, Math.min(content.length, 2000),
                java.nio.charset.StandardCharsets.ISO_8859_1).contains("[Content_Types].xml")) {
            return Optional.of(FileType.XLSX);
        }
        return Optional.empty();
    }

    private static String label(DocumentKind kind) {
        return kind.name();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
