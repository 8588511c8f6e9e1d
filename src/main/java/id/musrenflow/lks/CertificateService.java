package id.musrenflow.lks;

import id.musrenflow.base.BusinessException;
import id.musrenflow.base.QrCodes;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.lks.internal.AccreditationStore;
import id.musrenflow.lks.internal.LksAccess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accreditation certificates: the A4 landscape PDF in Indonesian with a QR code to the public verification page
 * (musrenflow.public-base-url + /lks/sertifikat/{number}), and the public facts of a certificate for that page.
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    public static final String VERIFICATION_PATH = "/lks/sertifikat/";

    private final AccreditationStore store;
    private final MessageSource messages;
    private final Clock clock;
    private final String publicBaseUrl;

    CertificateService(AccreditationStore store, MessageSource messages, Clock clock,
                       @Value("${musrenflow.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.store = store;
        this.messages = messages;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.endsWith("/")
                ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** The public facts of a certificate, for anyone (no personal data); empty for an unknown number. */
    public Optional<Certificate> find(String number) {
        return number == null ? Optional.empty() : store.certificate(number.strip());
    }

    public boolean valid(Certificate certificate) {
        return certificate.validOn(LocalDate.now(clock));
    }

    public String verificationUrl(String number) {
        return publicBaseUrl + VERIFICATION_PATH + number;
    }

    /** The certificate PDF for the organisation's own officers and the city positions that judge it. */
    public byte[] pdf(long applicationId, AuthenticatedUser user) {
        AccreditationApplication application = store.find(applicationId)
                .orElseThrow(() -> new BusinessException("lks.akreditasi.error.tidak-ditemukan"));
        LksAccess.checkRead(user, application.organisationCode());
        String number = store.certificateNumbers(application.organisationId()).get(applicationId);
        if (number == null) {
            throw new BusinessException("lks.sertifikat.error.tidak-ditemukan", application.number());
        }
        return pdf(number);
    }

    /** The certificate PDF: A4 landscape, Indonesian, QR code to the verification URL; unknown number refused. */
    public byte[] pdf(String number) {
        Certificate certificate = find(number)
                .orElseThrow(() -> new BusinessException("lks.sertifikat.error.tidak-ditemukan", String.valueOf(number)));
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(landscape);
            document.addPage(page);
            document.getDocumentInformation().setTitle(text("lks.sertifikat.pdf.judul") + " " + certificate.number());
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float width = landscape.getWidth();
            float height = landscape.getHeight();
            PDImageXObject qr = PDImageXObject.createFromByteArray(document,
                    QrCodes.png(verificationUrl(certificate.number())),
                    "qr.png");
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setLineWidth(3);
                content.addRect(24, 24, width - 48, height - 48);
                content.stroke();
                content.setLineWidth(1);
                content.addRect(32, 32, width - 64, height - 64);
                content.stroke();
                float y = height - 90;
                centered(content, bold, 22, text("lks.sertifikat.pdf.judul"), width, y);
                y -= 28;
                centered(content, regular, 13, text("lks.sertifikat.pdf.nomor", certificate.number()), width, y);
                y -= 50;
                centered(content, regular, 13, text("lks.sertifikat.pdf.diberikan"), width, y);
                y -= 32;
                centered(content, bold, 20, certificate.organisationName(), width, y);
                y -= 22;
                centered(content, regular, 12, certificate.organisationAddress(), width, y);
                y -= 44;
                centered(content, regular, 13, text("lks.sertifikat.pdf.peringkat-label"), width, y);
                y -= 30;
                centered(content, bold, 24, text("lks.sertifikat.pdf.peringkat", certificate.grade().name(),
                        text("lks.sertifikat.peringkat." + certificate.grade().name())), width, y);
                y -= 40;
                centered(content, regular, 12, text("lks.sertifikat.pdf.berlaku",
                        IndonesianDates.longDate(certificate.validFrom(), IndonesianDates.INDONESIAN),
                        IndonesianDates.longDate(certificate.validUntil(), IndonesianDates.INDONESIAN)), width, y);
                y -= 20;
                centered(content, regular, 12, text("lks.sertifikat.pdf.keputusan",
                        IndonesianDates.longDate(certificate.decidedOn(), IndonesianDates.INDONESIAN)), width, y);
                float qrSize = 110;
                content.drawImage(qr, width - 48 - qrSize, 48, qrSize, qrSize);
                write(content, regular, 8, text("lks.sertifikat.pdf.verifikasi"), 56, 70);
                write(content, regular, 8, verificationUrl(certificate.number()), 56, 58);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private static void centered(PDPageContentStream content, PDFont font, float size, String text, float width,
                                 float y) throws IOException {
        float textWidth = font.getStringWidth(text) / 1000 * size;
        write(content, font, size, text, (width - textWidth) / 2, y);
    }

    private static void write(PDPageContentStream content, PDFont font, float size, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, IndonesianDates.INDONESIAN);
    }
}
