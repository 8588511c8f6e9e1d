package id.musrenflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.musrenflow.TestTime;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.workflow.UsulanFixtures;
import java.nio.file.Files;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The planner's journey in real Chromium: Bappeda opens the city dashboard, drills down to Kecamatan Pekalongan
 * Barat and then Medono, follows a figure into the register, finds and opens an usulan, exports the selection to
 * Excel and reads it back, then sees the process diagram with its counts and the map. Every new screen is also
 * opened at 390 px and must not scroll sideways.
 */
class MonitoringJourneyE2E extends EndToEnd {

    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private ProposalService proposals;

    @Test
    void bappeda_follows_the_season_from_the_city_to_one_usulan_and_its_export() throws Exception {
        // a physical usulan with its photo and map point, so it also shows on the map
        ProposalSummary usulan = new UsulanFixtures(proposals).drainage("Drainase Gang Melati pemantauan",
                "rt003.medono", UsulanFixtures.RT_003, -6.8886, 109.6753);
        Page page = signIn(browser.desktop(), "bappeda");
        LocatorAssertions.IsVisibleOptions slow = new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);

        page.navigate(url("/pemantauan"));
        assertThat(page.locator("#pemantauan-corong")).isVisible(slow);
        page.locator("#pemantauan-wilayah-33\\.75\\.01 a.mf-nama").click();
        assertThat(page.locator("#pemantauan-jejak")).containsText("Kecamatan Pekalongan Barat");
        page.locator("#pemantauan-wilayah-33\\.75\\.01\\.1002 a.mf-nama").click();
        assertThat(page.locator("#pemantauan-jejak")).containsText("Kelurahan Medono");
        Browser.screenshot(page, "pemantauan-journey-medono");

        // the count of usulan at the RW opens the register filtered to exactly those
        page.locator("#tahap-RW a").first().click();
        page.waitForURL(u -> u.contains("/pemantauan/usulan?"));
        assertThat(page.url()).contains("wilayah=" + MEDONO, "tahap=RW", "tahun=" + TestTime.PLANNING_YEAR);
        assertThat(page.locator("#register-grid")).isVisible(slow);
        page.waitForResponse(response -> response.url().contains("v-r=uidl"),
                () -> page.locator("#register-cari input").fill(usulan.number()));
        assertThat(page.locator("#register-jumlah")).hasText("1 usulan");
        Browser.screenshot(page, "pemantauan-journey-register");

        // the grid keeps the cells of the rows it showed before the search, hidden: click the one shown
        page.locator("#register-grid a.mf-register-nomor:visible", new Page.LocatorOptions()
                .setHasText(usulan.number())).first().click();
        page.waitForURL(u -> u.contains("/pemantauan/usulan/" + usulan.number()));
        assertThat(page.locator("#usulan-status")).hasText("Diajukan ke RW");
        assertThat(page.locator("#usulan-konteks")).containsText("Drainase Gang Melati pemantauan");
        Browser.screenshot(page, "pemantauan-journey-usulan");
        page.goBack();
        page.waitForURL(u -> u.contains("cari="));

        Download download = page.waitForDownload(() -> page.locator("#register-ekspor-xlsx").click());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(download.path()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            Row header = workbook.getSheetAt(0).getRow(0);
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Nomor");
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(usulan.number());
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Diajukan ke RW");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Di RW");
        }
        assertThat(download.suggestedFilename()).endsWith(".xlsx");

        page.navigate(url("/pemantauan/proses/Process_UsulanMusrenbang"));
        assertThat(page.locator("#proses-diagram svg.mf-diagram")).isVisible(slow);
        String waitingAtRw = page.locator("#proses-diagram .mf-d-lencana[data-element='Task_TelaahRw']")
                .getAttribute("data-count");
        assertThat(Integer.parseInt(waitingAtRw)).as("usulan waiting for an RW head, ours among them").isPositive();
        Browser.screenshot(page, "pemantauan-journey-diagram");

        page.navigate(url("/pemantauan/peta?tahun=" + TestTime.PLANNING_YEAR + "&wilayah=" + MEDONO));
        assertThat(page.locator("#peta-usulan.leaflet-container")).isVisible(slow);
        assertThat(page.locator("#peta-usulan .mf-peta-titik, #peta-usulan .mf-peta-klaster").first()).isVisible(slow);
        Browser.screenshot(page, "pemantauan-journey-peta");
        page.context().close();
    }

    @Test
    void every_monitoring_screen_fits_a_phone() {
        Page page = signIn(browser.phone(), "bappeda");
        for (String path : new String[] {"/pemantauan", "/pemantauan/usulan?wilayah=" + MEDONO,
                "/pemantauan/durasi", "/pemantauan/terlambat", "/pemantauan/proses/Process_UsulanMusrenbang",
                "/pemantauan/peta", "/data-terbuka"}) {
            page.navigate(url(path));
            page.waitForLoadState();
            assertThat(page.locator("h1").first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            assertThat(page.locator("body")).not().containsText("Terjadi kesalahan");
            Browser.screenshot(page, "pemantauan-phone" + path.replaceAll("[^a-z]+", "-"));
            assertNoSidewaysScrolling(page);
        }
        page.context().close();
    }
}
