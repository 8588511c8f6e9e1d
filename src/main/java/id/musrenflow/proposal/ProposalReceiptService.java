package id.musrenflow.proposal;

import id.musrenflow.base.BusinessException;
import id.musrenflow.base.QrCodes;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.region.RegionService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
 * The tanda terima a proposer gets once an usulan is submitted: its facts, a QR code to the public tracking page
 * (musrenflow.public-base-url + /lacak/{number}) and a printable A5 PDF in Indonesian. Only the proposer gets it.
 */
@Service
@Transactional(readOnly = true)
public class ProposalReceiptService {

    public static final String TRACKING_PATH = "/lacak/";

    private final ProposalService proposals;
    private final RegionService regions;
    private final PositionLabels labels;
    private final MessageSource messages;
    private final String publicBaseUrl;

    ProposalReceiptService(ProposalService proposals, RegionService regions, PositionLabels labels,
                           MessageSource messages,
                           @Value("${musrenflow.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.proposals = proposals;
        this.regions = regions;
        this.labels = labels;
        this.messages = messages;
        this.publicBaseUrl = publicBaseUrl.endsWith("/")
                ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** The receipt of a submitted usulan, for its proposer; a draft or someone else's usulan has none. */
    public ProposalReceipt receipt(long proposalId, String username) {
        ProposalDetail detail = proposals.detail(proposalId)
                .filter(d -> d.summary().proposer().equals(username) && d.summary().status() != ProposalStatus.DRAFT)
                .orElseThrow(() -> new BusinessException("usulan.tanda-terima.error.tidak-ada"));
        ProposalSummary usulan = detail.summary();
        // the first submission: a revision resubmitted later keeps the number and the receipt
        var submitted = proposals.history(proposalId).stream()
                .filter(c -> c.isStatusChange() && c.from() == ProposalStatus.DRAFT).map(StatusChange::at)
                .findFirst().orElse(usulan.changedAt());
        String area = usulan.rtCodes().isEmpty() ? regions.describe(usulan.kelurahanCode())
                : String.join("; ", usulan.rtCodes().stream().map(regions::describe).toList());
        return new ProposalReceipt(usulan.number(), usulan.displayTitle(), submitted, usulan.proposer(),
                detail.proposerPosition(), detail.fields().residentName(), area, trackingUrl(usulan.number()));
    }

    public String trackingUrl(String number) {
        return publicBaseUrl + TRACKING_PATH + number;
    }

    /** The QR code of the receipt's tracking address, as PNG. */
    public byte[] qrPng(ProposalReceipt receipt) {
        return QrCodes.png(receipt.trackingUrl());
    }

    /** "Ketua RT 003 / RW 002 Medono (Slamet Riyadi)", or the resident on whose behalf it was entered. */
    public String proposerLine(ProposalReceipt receipt, java.util.function.BiFunction<String, Object[], String> translate) {
        String proposer = labels.actor(receipt.proposer(), receipt.proposerPosition(),
                receipt.submittedAt().toLocalDate(), translate);
        return receipt.residentName() == null || receipt.residentName().isBlank() ? proposer
                : translate.apply("usulan.tanda-terima.atas-nama", new Object[] {receipt.residentName(), proposer});
    }

    /** The printable A5 receipt in Indonesian. */
    public byte[] pdf(ProposalReceipt receipt) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A5);
            document.addPage(page);
            document.getDocumentInformation().setTitle(text("usulan.tanda-terima.judul") + " " + receipt.number());
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float width = PDRectangle.A5.getWidth();
            float margin = 40;
            PDImageXObject qr = PDImageXObject.createFromByteArray(document, qrPng(receipt), "qr.png");
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = PDRectangle.A5.getHeight() - 56;
                y = lines(content, bold, 15, text("usulan.tanda-terima.judul").toUpperCase(IndonesianDates.INDONESIAN),
                        margin, y, width - 2 * margin);
                y -= 14;
                y = field(content, regular, bold, text("usulan.tanda-terima.nomor"), receipt.number(), margin, y, width);
                y = field(content, regular, bold, text("usulan.tanda-terima.judul-usulan"), receipt.title(), margin, y,
                        width);
                y = field(content, regular, bold, text("usulan.tanda-terima.tanggal"),
                        IndonesianDates.dateTime(receipt.submittedAt(), IndonesianDates.INDONESIAN), margin, y, width);
                y = field(content, regular, bold, text("usulan.tanda-terima.pengusul"),
                        proposerLine(receipt, (key, args) -> text(key, args)), margin, y, width);
                y = field(content, regular, bold, text("usulan.tanda-terima.wilayah"), receipt.area(), margin, y, width);
                float qrSize = 130;
                y -= qrSize;
                content.drawImage(qr, margin, y, qrSize, qrSize);
                float x = margin + qrSize + 12;
                lines(content, regular, 9, text("usulan.tanda-terima.pindai"), x, y + qrSize - 20, width - x - margin);
                lines(content, regular, 8, receipt.trackingUrl(), x, y + qrSize - 60, width - x - margin);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float field(PDPageContentStream content, PDFont regular, PDFont bold, String label, String value,
                               float margin, float y, float width) throws IOException {
        y = lines(content, regular, 9, label, margin, y, width - 2 * margin);
        return lines(content, bold, 11, value == null ? "" : value, margin, y, width - 2 * margin) - 8;
    }

    /** Writes {@code text} wrapped to {@code maxWidth}; returns the baseline below the last line. */
    private static float lines(PDPageContentStream content, PDFont font, float size, String text, float x, float y,
                               float maxWidth) throws IOException {
        for (String line : wrap(printable(font, text), font, size, maxWidth)) {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(line);
            content.endText();
            y -= size * 1.35f;
        }
        return y;
    }

    private static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The standard PDF fonts know WinAnsi only: anything else a proposer typed becomes "?" rather than an error. */
    private static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, IndonesianDates.INDONESIAN);
    }
}
