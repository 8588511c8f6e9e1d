package id.musrenflow.danakelurahan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.danakelurahan.DocumentKind;
import id.musrenflow.danakelurahan.DocumentKind.FileType;
import id.musrenflow.danakelurahan.ExecutionSettings;
import id.musrenflow.danakelurahan.UploadedFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Files are judged by their first bytes: the name never decides, and each document kind accepts its own types. */
class FileRulesTest {

    private final FileRules rules = new FileRules(new ExecutionSettings(null, null, null, DataSize.ofBytes(100)));

    private static final byte[] PDF = "%PDF-1.7 ...".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1};
    private static final byte[] XLSX = ("PK\u0003\u0004....[Content_Types].xml").getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ZIP = ("PK\u0003\u0004....other.txt").getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void each_kind_accepts_its_types_by_content() {
        assertThat(rules.check(DocumentKind.RAB, new UploadedFile("rab.xlsx", XLSX))).isEqualTo(FileType.XLSX);
        assertThat(rules.check(DocumentKind.RAB, new UploadedFile("rab", PDF))).isEqualTo(FileType.PDF);
        assertThat(rules.check(DocumentKind.FOTO, new UploadedFile("a.png", PNG))).isEqualTo(FileType.PNG);
        assertThat(rules.check(DocumentKind.FOTO, new UploadedFile("a.jpg", JPEG))).isEqualTo(FileType.JPEG);
    }

    @Test
    void a_wrong_type_an_empty_file_or_a_too_large_one_is_refused_with_its_reason() {
        assertThatThrownBy(() -> rules.check(DocumentKind.FOTO, new UploadedFile("foto.jpg", PDF)))
                .extracting("messageKey").isEqualTo("kegiatan.error.berkas-tipe");
        assertThatThrownBy(() -> rules.check(DocumentKind.PROPOSAL, new UploadedFile("p.pdf", PNG)))
                .extracting("messageKey").isEqualTo("kegiatan.error.berkas-tipe");
        assertThatThrownBy(() -> rules.check(DocumentKind.RAB, new UploadedFile("rab.xlsx", ZIP)))
                .extracting("messageKey").isEqualTo("kegiatan.error.berkas-tipe");
        assertThatThrownBy(() -> rules.check(DocumentKind.LPJ, new UploadedFile("lpj.pdf", new byte[0])))
                .extracting("messageKey").isEqualTo("kegiatan.error.berkas-kosong");
        assertThatThrownBy(() -> rules.check(DocumentKind.LPJ, new UploadedFile("lpj.pdf", new byte[101])))
                .extracting("messageKey").isEqualTo("kegiatan.error.berkas-terlalu-besar");
    }

    @Test
    void file_names_lose_path_and_control_characters() {
        assertThat(FileRules.safeName("..\\..\\etc/passwd")).isEqualTo(".._.._etc_passwd");
        assertThat(FileRules.safeName(null)).isEqualTo("berkas");
    }
}
