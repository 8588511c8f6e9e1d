package id.musrenflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.musrenflow.base.Rupiah;
import id.musrenflow.danakelurahan.ActivityDetail;
import id.musrenflow.danakelurahan.ExecutionFixtures;
import id.musrenflow.proposal.ProposalSummary;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Dana kelurahan from pagu to a closed activity in real Chromium: the Bappeda admin sets the pagu, the Lurah plans,
 * the Camat approves, the Lurah designates the Pokmas, the Pokmas prepares and reports on a phone, the Lurah releases
 * three stages, the staff verify each LPJ and record the handover, the Lurah closes; the RT head then sees the usulan
 * go DIANGGARKAN, DALAM_PELAKSANAAN, SELESAI on its timeline.
 */
class ExecutionJourneyE2E extends EndToEnd {

    @Autowired
    private ApplicationContext context;

    @Test
    void a_drainage_usulan_is_carried_out_by_the_pokmas_and_the_rt_head_sees_it_finished() throws Exception {
        ExecutionFixtures fixtures = new ExecutionFixtures(context);
        fixtures.clear();
        List<ProposalSummary> usulan = fixtures.agreedUsulan(unique("e2e"));
        Path pdf = pdf();
        Path photo = png();

        Page admin = signIn(browser.desktop(), "admin.bappeda");
        admin.navigate(url("/pagu-dana-kelurahan"));
        Locator place = admin.locator("#pagu-kelurahan input");
        place.click();
        place.pressSequentially("Medono", new Locator.PressSequentiallyOptions().setDelay(20));
        place.press("ArrowDown");
        place.press("Enter");
        admin.locator("#pagu-nilai input").fill("900.000.000");
        admin.locator("#pagu-simpan").click();
        assertThat(admin.locator("#pagu-daftar")).containsText("Rp 900.000.000");
        admin.context().close();

        Page lurah = signIn(browser.desktop(), "lurah.medono");
        lurah.navigate(url("/rencana-kegiatan-kelurahan"));
        lurah.locator("#rkk-isi-otomatis").click();
        assertThat(lurah.locator("#rkk-kandidat-USULAN-" + usulan.get(0).id() + " input")).isChecked();
        lurah.locator("#rkk-ajukan").click();
        assertThat(lurah.locator("#rkk-status")).containsText("Diajukan");

        Page camat = signIn(browser.desktop(), "camat.barat");
        openTask(camat, ExecutionFixtures.PLAN);
        choose(camat, "Field_Keputusan", "Setujui");
        send(camat);

        ActivityDetail activity = fixtures.activityOf(usulan.get(0));
        String number = activity.number();
        openTask(lurah, number);
        assertThat(lurah.locator("#kegiatan-ringkasan")).containsText(number);
        Locator pokmasField = lurah.locator("#Field_KodePokmas input");
        pokmasField.click();
        pokmasField.pressSequentially("POKMAS-MEDONO", new Locator.PressSequentiallyOptions().setDelay(20));
        pokmasField.press("ArrowDown");
        pokmasField.press("Enter");
        lurah.locator("#Field_PokmasMampu").click();
        send(lurah);

        Page pokmas = signIn(browser.phone(), "pokmas.medono");
        String page = "/kegiatan-kelurahan/" + activity.id();
        pokmas.navigate(url(page));
        assertThat(pokmas.locator("#kegiatan-mode")).containsText("Swakelola tipe IV");
        pokmas.locator("#persiapan-tim-persiapan textarea").fill("Sutrisno; Ketua");
        pokmas.locator("#persiapan-tim-pelaksana textarea").fill("Rahmat; Mandor\nAgus; Tukang");
        pokmas.locator("#persiapan-tim-pengawas textarea").fill("Wahyuni; Pengawas");
        upload(pokmas, "persiapan-proposal", pdf);
        upload(pokmas, "persiapan-rab", pdf);
        assertNoSidewaysScrolling(pokmas);
        pokmas.locator("#persiapan-kirim").click();
        assertThat(pokmas.locator("#persiapan-form")).hasCount(0);

        Page staf = signIn(browser.desktop(), "staf.medono");
        openTask(staf, number);
        choose(staf, "Field_Keputusan", "Terima");
        send(staf);

        int[][] progress = {{40, 40}, {70, 70}, {100, 100}};
        for (int stage = 1; stage <= 3; stage++) {
            openTask(lurah, number);
            send(lurah);
            pokmas.navigate(url(page));
            assertThat(pokmas.locator("#kegiatan-tahap-" + stage)).containsText("dicairkan");
            pokmas.locator("#laporan-fisik input").fill(String.valueOf(progress[stage - 1][0]));
            pokmas.locator("#laporan-keuangan input").fill(String.valueOf(progress[stage - 1][1]));
            upload(pokmas, "laporan-foto-" + (stage == 3 ? 100 : 50), photo);
            pokmas.locator("#laporan-kirim").click();
            assertThat(pokmas.locator("#kegiatan-laporan")).containsText("fisik " + progress[stage - 1][0] + " %");
            String released = pokmas.locator("#kegiatan-tahap-" + stage).innerText()
                    .replaceAll("(?s).*dicairkan Rp ([0-9.]+).*", "$1");
            pokmas.locator("#lpj-realisasi input").fill(released);
            upload(pokmas, "lpj-dokumen", pdf);
            pokmas.locator("#lpj-kirim").click();
            assertThat(pokmas.locator("#kegiatan-status")).hasText("LPJ diajukan");
            assertNoSidewaysScrolling(pokmas);
            Browser.screenshot(pokmas, "phone-pokmas-halaman-kegiatan-tahap-" + stage);
            openTask(staf, number);
            choose(staf, "Field_Keputusan", "Verifikasi");
            send(staf);
        }

        staf.navigate(url(page));
        upload(staf, "bast-dokumen", pdf);
        staf.locator("#bast-kirim").click();
        assertThat(staf.locator("#bast-form")).hasCount(0);
        openTask(lurah, number);
        send(lurah);
        lurah.navigate(url(page));
        assertThat(lurah.locator("#kegiatan-status")).hasText("Ditutup");
        assertThat(lurah.locator("#kegiatan-riwayat")).containsText("Ditutup");

        // the budget board shows the money spent, and both workbooks carry the closed activity
        lurah.navigate(url("/anggaran-dana-kelurahan?tahun=" + ExecutionFixtures.YEAR + "&wilayah="
                + ExecutionFixtures.MEDONO));
        assertThat(lurah.locator("#anggaran-terealisasi")).hasText(Rupiah.format(activity.budget()));
        assertThat(lurah.locator("#anggaran-kegiatan")).containsText(number);
        Browser.screenshot(lurah, "desktop-lurah-papan-anggaran");
        Download realisation = lurah.waitForDownload(() -> lurah.locator("#anggaran-unduh-realisasi").click());
        try (InputStream in = Files.newInputStream(realisation.path()); Workbook workbook = new XSSFWorkbook(in)) {
            Row row = StreamSupport.stream(workbook.getSheet("Realisasi").spliterator(), false)
                    .filter(r -> r.getCell(2) != null && activity.description().equals(r.getCell(2).getStringCellValue()))
                    .findFirst().orElseThrow();
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(activity.budget().doubleValue());
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(100);
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("Ditutup");
        }
        Download plan = lurah.waitForDownload(() -> lurah.locator("#anggaran-unduh-rkk").click());
        assertThat(plan.suggestedFilename()).isEqualTo(ExecutionFixtures.PLAN + ".xlsx");
        try (InputStream in = Files.newInputStream(plan.path()); Workbook workbook = new XSSFWorkbook(in)) {
            assertThat(StreamSupport.stream(workbook.getSheet("Rencana Kegiatan").spliterator(), false)
                    .anyMatch(r -> r.getCell(3) != null && usulan.get(0).number().equals(r.getCell(3).getStringCellValue())))
                    .isTrue();
        }
        camat.navigate(url("/anggaran-dana-kelurahan?tahun=" + ExecutionFixtures.YEAR));
        assertThat(camat.locator("#anggaran-rekap")).containsText("Medono");
        Browser.screenshot(camat, "desktop-camat-rekap-anggaran");

        Page rt = signIn(browser.phone(), "rt003.medono");
        rt.navigate(url("/usulan/" + usulan.get(0).id()));
        Locator timeline = rt.locator("#usulan-riwayat");
        assertThat(timeline).containsText("Dianggarkan");
        assertThat(timeline).containsText("Dalam pelaksanaan");
        assertThat(timeline).containsText("Selesai");
        assertNoSidewaysScrolling(rt);
        for (Page p : List.of(lurah, camat, pokmas, staf, rt)) {
            p.context().close();
        }
        fixtures.clear();
    }

    /** Sends one file through the upload and waits until the server has it. */
    private static void upload(Page page, String id, Path file) {
        page.locator("#" + id + " input[type=file]").setInputFiles(file);
        assertThat(page.locator("#" + id + " vaadin-upload-file[complete]")).hasCount(1);
    }

    private static Path pdf() throws Exception {
        Path file = Files.createTempFile("dokumen-kegiatan", ".pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file.toFile());
        }
        return file;
    }

    private static Path png() throws Exception {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(120, 160, 120));
        graphics.fillRect(0, 0, 160, 120);
        graphics.dispose();
        Path file = Files.createTempFile("foto-kegiatan", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
