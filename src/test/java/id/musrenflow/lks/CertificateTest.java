package id.musrenflow.lks;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.KaribuTest;
import id.musrenflow.identity.UserService;
import id.musrenflow.lks.internal.AccreditationStore;
import id.musrenflow.lks.internal.LksStore;
import id.musrenflow.lks.ui.CertificateVerificationView;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The accreditation certificate: the PDF read back (text and the QR payload), the public verification page and the
 * officer's download anchor.
 */
class CertificateTest extends KaribuTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Autowired
    private CertificateService certificates;
    @Autowired
    private AccreditationService accreditations;
    @Autowired
    private AccreditationStore store;
    @Autowired
    private LksStore registry;
    @Autowired
    private UserService identity;
    @Autowired
    private Clock clock;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private id.musrenflow.identity.security.LoginAttempts users;

    private CertificateFixture.Approved approved(String name, AccreditationGrade grade) {
        return CertificateFixture.approved(registry, store, accreditations, identity, clock, name, grade);
    }

    private static String indonesian(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN).format(date);
    }

    @Test
    void the_pdf_of_an_approved_accreditation_reads_back_with_its_facts_and_a_qr_code_to_the_verification_page()
            throws Exception {
        CertificateFixture.Approved approved = approved("Panti Asuhan Sertifikat Unggul", AccreditationGrade.A);
        LocalDate today = LocalDate.now(clock);
        assertThat(approved.certificate()).matches("SERT-AKR-" + today.getYear() + "-\\d{4}");

        byte[] pdf = certificates.pdf(approved.certificate());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getWidth());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("SERTIFIKAT AKREDITASI LEMBAGA KESEJAHTERAAN SOSIAL",
                    approved.certificate(), "Panti Asuhan Sertifikat Unggul", "Jl. Sertifikat No. 5", "A (Unggul)",
                    "Berlaku sejak " + indonesian(today) + " sampai dengan "
                            + indonesian(today.plusYears(5).minusDays(1)),
                    "Ditetapkan oleh Badan Akreditasi LKS pada " + indonesian(today));
            assertThat(text).doesNotContain("Ketua Rahasia Sertifikat", "3375011203800009");

            List<BufferedImage> images = images(page.getResources());
            assertThat(images).hasSize(1);
            BufferedImage qr = images.get(0);
            String payload = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(qr)))).getText();
            assertThat(payload).isEqualTo("http://localhost:8080/lks/sertifikat/" + approved.certificate());
        }
    }

    private static List<BufferedImage> images(PDResources resources) throws java.io.IOException {
        List<BufferedImage> images = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                images.add(image.getImage());
            }
        }
        return images;
    }

    @Test
    void unknown_numbers_and_refused_grades_get_no_certificate() {
        assertThatThrownBy(() -> certificates.pdf("SERT-AKR-1999-9999")).isInstanceOf(
                id.musrenflow.base.BusinessException.class).extracting("messageKey")
                .isEqualTo("lks.sertifikat.error.tidak-ditemukan");
        CertificateFixture.Approved refused = approved("Yayasan Tidak Terakreditasi", AccreditationGrade.TIDAK_TERAKREDITASI);
        assertThat(refused.certificate()).isNull();
        assertThatThrownBy(() -> certificates.pdf(refused.application().id(),
                users.loadUserByUsername(refused.officer())))
                .extracting("messageKey").isEqualTo("lks.sertifikat.error.tidak-ditemukan");
        // another organisation's officer may not download an approved certificate by application
        CertificateFixture.Approved approved = approved("Yayasan Bersertifikat Lain", AccreditationGrade.B);
        assertThatThrownBy(() -> certificates.pdf(approved.application().id(),
                users.loadUserByUsername(refused.officer())))
                .extracting("messageKey").isEqualTo("lks.error.bukan-lembaga-anda");
        assertThat(certificates.pdf(approved.application().id(), users.loadUserByUsername(approved.officer())))
                .startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void anyone_verifies_a_valid_certificate_without_seeing_officers() {
        CertificateFixture.Approved approved = approved("Panti Wreda Sertifikat Baik", AccreditationGrade.B);
        LocalDate today = LocalDate.now(clock);
        UI.getCurrent().setLocale(INDONESIAN);
        UI.getCurrent().navigate("lks/sertifikat/" + approved.certificate());

        String page = _get(CertificateVerificationView.class).getElement().getTextRecursively();
        assertThat(page).contains("Panti Wreda Sertifikat Baik", approved.certificate(),
                "Peringkat akreditasi: B (Baik)", "Berlaku sejak " + indonesian(today) + " sampai dengan "
                        + indonesian(today.plusYears(5).minusDays(1)));
        assertThat(_get(Span.class, spec -> spec.withId("lks-sertifikat-status")).getText()).startsWith("SAH");
        assertThat(page).doesNotContain("Ketua Rahasia Sertifikat", "3375011203800009", approved.officer(),
                "Pengurus Sertifikat", "balks");
    }

    @Test
    void an_expired_certificate_is_shown_as_expired_and_an_unknown_number_as_not_found() {
        CertificateFixture.Approved approved = approved("Panti Sertifikat Lama", AccreditationGrade.C);
        jdbc.sql("update lks_akreditasi set berlaku_mulai = ?, berlaku_sampai = ? where nomor_sertifikat = ?")
                .params(java.sql.Date.valueOf(LocalDate.now(clock).minusYears(6)),
                        java.sql.Date.valueOf(LocalDate.now(clock).minusYears(1)), approved.certificate())
                .update();
        UI.getCurrent().setLocale(INDONESIAN);
        UI.getCurrent().navigate("lks/sertifikat/" + approved.certificate());
        assertThat(_get(Span.class, spec -> spec.withId("lks-sertifikat-status")).getText())
                .startsWith("KEDALUWARSA");

        UI.getCurrent().navigate("lks/sertifikat/SERT-AKR-1999-9999");
        assertThat(_get(Paragraph.class, spec -> spec.withId("lks-sertifikat-tidak-ditemukan")).getText())
                .isEqualTo("Sertifikat dengan nomor SERT-AKR-1999-9999 tidak ditemukan. Periksa kembali nomor pada "
                        + "sertifikat.");
        assertThat(_find(Div.class, spec -> spec.withId("lks-sertifikat"))).isEmpty();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("lks/sertifikat/SERT-AKR-1999-9998");
        assertThat(_get(Paragraph.class, spec -> spec.withId("lks-sertifikat-tidak-ditemukan")).getText())
                .startsWith("No certificate with number SERT-AKR-1999-9998 was found.");
    }

    @Test
    void the_officer_downloads_the_certificate_from_the_own_organisation_page() {
        CertificateFixture.Approved approved = approved("Panti Unduh Sertifikat", AccreditationGrade.A);
        login(approved.officer());
        useLocale(INDONESIAN);
        UI.getCurrent().navigate("lks/saya");

        Anchor download = _get(Anchor.class, spec -> spec.withId("lks-sertifikat-unduh-"
                + approved.application().number()));
        assertThat(download.getText()).isEqualTo("Unduh sertifikat");
        assertThat(download.getHref()).isNotBlank();
    }
}
