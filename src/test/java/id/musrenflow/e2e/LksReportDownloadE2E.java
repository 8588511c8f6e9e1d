package id.musrenflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.lks.LksReport;
import id.musrenflow.lks.LksReportService;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Unduh Excel" on /lks/laporan in real Chromium: the file's name and the workbook it holds. */
class LksReportDownloadE2E extends EndToEnd {

    @Autowired
    private LksReportService reports;
    @Autowired
    private LoginAttempts users;

    @Test
    void dinas_sosial_downloads_the_report_as_an_excel_workbook() throws Exception {
        LksReport report = reports.report(users.loadUserByUsername("dinsos"), reports.defaultMonthsAhead());
        Page page = signIn(browser.desktop(), "dinsos");
        page.navigate(url("/lks/laporan"));
        page.locator("#lks-laporan-unduh").waitFor();

        Download download = page.waitForDownload(() -> page.locator("#lks-laporan-unduh").click());
        assertThat(download.suggestedFilename()).isEqualTo("laporan-lks-" + report.today() + ".xlsx");
        try (InputStream in = Files.newInputStream(download.path()); Workbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Ringkasan");
            Sheet expiring = workbook.getSheet("Akan berakhir");
            assertThat(expiring.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Berlaku sampai");
            assertThat(expiring.getLastRowNum()).isEqualTo(report.expiring().size());
            if (!report.expiring().isEmpty()) {
                assertThat(DateUtil.isCellDateFormatted(expiring.getRow(1).getCell(4))).isTrue();
            }
        }
    }
}
