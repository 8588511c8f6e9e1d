package id.musrenflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.musrenflow.lks.DocumentType;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The whole LKS journey in real Chromium, every step through the screens its user works on: the officer of Panti
 * Asuhan Harapan Bangsa uploads the registration checklist and registers; Dinas Sosial accepts; the officer applies
 * for accreditation with the self-assessment; LKKS pre-screens, BALKS reviews the documents and picks the assessor;
 * the assessor schedules the visit, then scores it; BALKS approves grade A. The officer downloads the certificate,
 * and anyone can verify it and find the organisation, with its grade, on the public list.
 *
 * <p>Needs LKS-HARAPAN-BANGSA as the demo data creates it (not yet registered): CI runs on a fresh database; on a
 * reused one drop it first (the usulan tests sharing it do not touch the LKS tables).
 */
class LksJourneyE2E extends EndToEnd {

    private static final String ORGANISATION = "LKS-HARAPAN-BANGSA";

    @Test
    void an_lks_registers_is_accredited_with_grade_a_and_anyone_can_verify_its_certificate() throws Exception {
        Path pdf = pdf();
        Path png = png();

        // 1. the officer uploads every required document of the checklist and submits the registration
        Page lks = signIn(browser.desktop(), "lks.harapan");
        lks.navigate(url("/lks/saya"));
        assertThat(lks.locator("#lks-ajukan")).isVisible();
        for (DocumentType type : DocumentType.values()) {
            if (type.required()) {
                upload(lks, type, type == DocumentType.KTP_PENGURUS ? png : pdf);
            }
        }
        Browser.screenshot(lks, "lks-1-dokumen-lengkap-desktop");
        lks.locator("#lks-ajukan").click();
        assertThat(lks.locator("#lks-pesan")).hasText("Permohonan diajukan ke Dinas Sosial.");
        Locator registration = lks.locator("[id^='lks-permohonan-TD-']");
        assertThat(registration).hasCount(1);
        String registrationNumber = registration.getAttribute("id").substring("lks-permohonan-".length());

        // 2. Dinas Sosial finds it complete and accepts it
        Page dinsos = openTask(signIn(browser.desktop(), "dinsos"), registrationNumber);
        choose(dinsos, "Field_Keputusan", "Lengkap, terima dan terbitkan tanda daftar");
        Browser.screenshot(dinsos, "lks-2-verifikasi-dinsos-desktop");
        send(dinsos);

        // 3. the officer, now registered, fills the self-assessment per component, adds the instrument document as
        // supporting evidence and applies for accreditation
        lks.navigate(url("/lks/saya"));
        for (String component : new String[] {"PROGRAM", "SDM", "MANAJEMEN", "SARPRAS", "HASIL_LAYANAN"}) {
            lks.locator("#lks-mandiri-nilai-" + component + " input").fill("92");
            lks.locator("#lks-mandiri-bukti-" + component + " textarea")
                    .fill("Bukti " + component.toLowerCase() + ": laporan kegiatan dan foto terlampir");
        }
        lks.locator("#lks-mandiri-simpan").click();
        assertThat(lks.locator("#lks-pesan")).hasText("Penilaian mandiri tersimpan.");
        upload(lks, DocumentType.INSTRUMEN_PENILAIAN_MANDIRI, pdf);
        lks.locator("#lks-akreditasi-dinsos input").fill("460/123/Dinsos/2026");
        lks.locator("#lks-akreditasi-lkks input").fill("045/LKKS/XI/2026");
        lks.locator("#lks-akreditasi-ajukan").click();
        assertThat(lks.locator("#lks-pesan")).hasText("Permohonan akreditasi diajukan.");
        Locator accreditation = lks.locator("[id^='lks-akreditasi-AK-']");
        assertThat(accreditation).hasCount(1);
        String accreditationNumber = accreditation.getAttribute("id").substring("lks-akreditasi-".length());
        assertThat(accreditation).containsText("Diajukan");

        // 4. LKKS pre-screens it, reading the self-assessment beside the form
        Page lkks = openTask(signIn(browser.desktop(), "lkks"), accreditationNumber);
        assertThat(lkks.locator("#lks-mandiri")).containsText("Bukti sarpras: laporan kegiatan dan foto terlampir");
        choose(lkks, "Field_Keputusan", "Lanjut ke telaah dokumen BALKS");
        send(lkks);

        // 5. BALKS reviews the documents, then assigns the assessor
        Page balks = openTask(signIn(browser.desktop(), "balks"), accreditationNumber);
        choose(balks, "Field_Keputusan", "Lanjut ke penugasan asesor");
        send(balks);
        openTask(balks, accreditationNumber);
        Locator assessor = balks.locator("#Field_Asesor input");
        assessor.click();
        assessor.pressSequentially("Budi Prasetyo", new Locator.PressSequentiallyOptions().setDelay(20));
        assertThat(balks.locator("vaadin-combo-box-item:visible")).hasCount(1);
        assessor.press("ArrowDown");
        assessor.press("Enter");
        assertThat(assessor).hasValue("Dr. Budi Prasetyo (asesor)");
        send(balks);

        // 6. the assessor schedules the visit (the officers are told), then visits and scores every component high
        // the visit takes place today on the application's clock (not the machine's), this afternoon: its report
        // is written once it has happened, so it cannot be dated in the future
        String visitDay = id.musrenflow.TestTime.startDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Page asesor = openTask(signIn(browser.desktop(), "asesor"), accreditationNumber);
        asesor.locator("#Field_JadwalKunjungan [slot=date-picker] input").fill(visitDay);
        asesor.locator("#Field_JadwalKunjungan [slot=date-picker] input").press("Enter");
        asesor.locator("#Field_JadwalKunjungan [slot=time-picker] input").fill("15:00");
        asesor.locator("#Field_JadwalKunjungan [slot=time-picker] input").press("Enter");
        Browser.screenshot(asesor, "lks-6-jadwal-kunjungan-desktop");
        send(asesor);
        lks.navigate(url("/lks/saya"));
        assertThat(lks.locator("#lks-akreditasi-" + accreditationNumber)).containsText("Visitasi dijadwalkan");

        openTask(asesor, accreditationNumber);
        assertThat(asesor.locator("#lks-akreditasi-jadwal")).containsText("15.00");
        asesor.locator("#Field_TanggalKunjungan input").fill(visitDay);
        asesor.locator("#Field_TanggalKunjungan input").press("Enter");
        asesor.locator("#Field_LaporanKunjungan textarea")
                .fill("Pelayanan anak asuh berjalan baik, pengasuh terlatih, asrama bersih dan aman.");
        for (String component : new String[] {"Program", "Sdm", "Manajemen", "Sarpras", "HasilLayanan"}) {
            asesor.locator("#Field_Nilai" + component + " input").fill("95");
        }
        Browser.screenshot(asesor, "lks-6-kunjungan-asesor-desktop");
        send(asesor);

        // 7. BALKS approves the grade
        openTask(balks, accreditationNumber);
        choose(balks, "Field_Keputusan", "Setujui peringkat");
        send(balks);

        // 8. the officer sees grade A and downloads the certificate
        lks.navigate(url("/lks/saya"));
        Locator card = lks.locator("#lks-akreditasi-" + accreditationNumber);
        assertThat(card).containsText("Terakreditasi");
        assertThat(card).containsText("Akreditasi A");
        Browser.screenshot(lks, "lks-8-terakreditasi-desktop");
        Download download = lks.waitForDownload(
                () -> lks.locator("#lks-sertifikat-unduh-" + accreditationNumber).click());
        String certificateNumber = download.suggestedFilename().replaceFirst("\\.pdf$", "");
        assertThat(certificateNumber).matches("SERT-AKR-\\d{4}-\\d{4}");
        try (PDDocument certificate = Loader.loadPDF(download.path().toFile())) {
            String text = new PDFTextStripper().getText(certificate);
            assertThat(text).contains(certificateNumber).contains("A (Unggul)")
                    .contains("Panti Asuhan Harapan Bangsa");
        }

        Page phone = signIn(browser.phone(), "lks.harapan");
        phone.navigate(url("/lks/saya"));
        assertThat(phone.locator("#lks-akreditasi-" + accreditationNumber)).containsText("Akreditasi A");
        Browser.screenshot(phone, "lks-8-lembaga-saya-phone");

        // 9. anyone verifies the certificate and finds the organisation on the public list
        Page visitor = browser.desktop();
        visitor.navigate(url("/lks/sertifikat/" + certificateNumber));
        assertThat(visitor.locator("#lks-sertifikat-status")).containsText("SAH");
        assertThat(visitor.locator("#lks-sertifikat")).containsText("Panti Asuhan Harapan Bangsa");
        assertThat(visitor.locator("#lks-sertifikat")).containsText("A (Unggul)");
        Browser.screenshot(visitor, "lks-9-verifikasi-sertifikat-desktop");
        visitor.navigate(url("/lks"));
        assertThat(visitor.locator("#lks-" + ORGANISATION)).containsText("Akreditasi A");
        assertThat(visitor.locator("#lks-" + ORGANISATION)).not().containsText("Muhammad Ridwan");
    }

    /** Uploads one checklist document and waits until the refreshed checklist offers it for download. */
    private static void upload(Page page, DocumentType type, Path file) {
        page.locator("#lks-upload-" + type.name() + " input[type=file]").setInputFiles(file);
        assertThat(page.locator("#lks-dokumen-" + type.name() + " #lks-unduh-" + type.name())).isVisible();
    }

    private static Path pdf() throws Exception {
        Path file = Files.createTempFile("dokumen-lks", ".pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("Dokumen persyaratan Panti Asuhan Harapan Bangsa");
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static Path png() throws Exception {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(200, 220, 240));
        graphics.fillRect(0, 0, 320, 200);
        graphics.dispose();
        Path file = Files.createTempFile("ktp-pengurus", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
