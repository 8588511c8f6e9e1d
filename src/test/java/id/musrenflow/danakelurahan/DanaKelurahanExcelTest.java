package id.musrenflow.danakelurahan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The realisation report read back: per sub kegiatan the activities with budget, released, realised, the financial
 * and physical percentages and what is left, subtotals and the total, in both languages.
 */
class DanaKelurahanExcelTest {

    private static final String MEDONO = "33.75.01.1002";

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    DanaKelurahanExcelTest() {
        messages.setBasenames("i18n/anggaran", "i18n/dana");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private static ActivityFigures activity(long id, FundField field, String description, ImplementationMode mode,
                                            ActivityStatus status, long budget, long released, long realised,
                                            int physical) {
        return new ActivityFigures(id, "KEG-2027-3375011002-00" + id, 100 + id, field,
                PlanCandidate.subActivityCode(field), description, mode, null, status, BigDecimal.valueOf(budget),
                BigDecimal.valueOf(released), BigDecimal.valueOf(realised), physical, 0, null);
    }

    private final KelurahanBoard board = new KelurahanBoard(2027, MEDONO, "Medono", "Pekalongan Barat",
            BigDecimal.valueOf(500_000_000), PlanStatus.DISETUJUI, List.of(
            activity(1, FundField.SARANA_PRASARANA, "Paving jalan RW 002", ImplementationMode.SWAKELOLA_TIPE_IV,
                    ActivityStatus.DITUTUP, 180_000_000, 180_000_000, 176_500_000, 100),
            activity(2, FundField.SARANA_PRASARANA, "Saluran drainase RW 004", ImplementationMode.PENYEDIA,
                    ActivityStatus.PELAKSANAAN, 120_000_000, 48_000_000, 0, 35),
            activity(3, FundField.PEMBERDAYAAN, "Pelatihan kader posyandu", ImplementationMode.SWAKELOLA_TIPE_I,
                    ActivityStatus.LPJ_DIVERIFIKASI, 15_000_000, 6_000_000, 5_750_000, 40)));

    @Test
    void the_realisation_report_lists_each_activity_by_sub_kegiatan_with_subtotals() throws IOException {
        byte[] bytes = DanaKelurahanExcel.realisation(board, "31 Desember 2027",
                (key, args) -> messages.getMessage(key, args, Locale.forLanguageTag("id")));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet("Realisasi");
            assertThat(text(sheet, 0, 0)).isEqualTo("LAPORAN REALISASI PENGGUNAAN DANA KELURAHAN");
            assertThat(text(sheet, 2, 0)).isEqualTo("Tahun Anggaran 2027");
            int header = 4;
            assertThat(headers(sheet, header)).containsExactly("No", "Kode rekening", "Uraian kegiatan",
                    "Cara pelaksanaan", "Anggaran (Rp)", "Dicairkan (Rp)", "Realisasi keuangan (Rp)",
                    "Realisasi keuangan (%)", "Realisasi fisik (%)", "Sisa anggaran (Rp)", "Status");
            assertThat(text(sheet, header + 1, 1)).isEqualTo("7.01.03.2.02.0002");
            Row paving = sheet.getRow(header + 2);
            assertThat(paving.getCell(2).getStringCellValue()).isEqualTo("Paving jalan RW 002");
            assertThat(paving.getCell(3).getStringCellValue()).isEqualTo("Swakelola tipe IV (Pokmas)");
            assertThat(paving.getCell(4).getNumericCellValue()).isEqualTo(180_000_000);
            assertThat(paving.getCell(5).getNumericCellValue()).isEqualTo(180_000_000);
            assertThat(paving.getCell(6).getNumericCellValue()).isEqualTo(176_500_000);
            assertThat(paving.getCell(7).getNumericCellValue()).isEqualTo(98.06);
            assertThat(paving.getCell(8).getNumericCellValue()).isEqualTo(100);
            assertThat(paving.getCell(9).getNumericCellValue()).isEqualTo(3_500_000);
            assertThat(paving.getCell(10).getStringCellValue()).isEqualTo("Ditutup");
            Row drainage = sheet.getRow(header + 3);
            assertThat(drainage.getCell(3).getStringCellValue()).isEqualTo("Penyedia (pihak ketiga)");
            assertThat(drainage.getCell(10).getStringCellValue()).isEqualTo("Pelaksanaan");
            Row sarprasTotal = sheet.getRow(header + 4);
            assertThat(sarprasTotal.getCell(2).getStringCellValue()).isEqualTo("Jumlah sub kegiatan");
            assertThat(sarprasTotal.getCell(4).getNumericCellValue()).isEqualTo(300_000_000);
            assertThat(sarprasTotal.getCell(5).getNumericCellValue()).isEqualTo(228_000_000);
            assertThat(sarprasTotal.getCell(6).getNumericCellValue()).isEqualTo(176_500_000);
            assertThat(sarprasTotal.getCell(7).getNumericCellValue()).isEqualTo(58.83);
            assertThat(text(sheet, header + 5, 1)).isEqualTo("7.01.03.2.02.0003");
            assertThat(text(sheet, header + 6, 2)).isEqualTo("Pelatihan kader posyandu");
            Row total = sheet.getRow(header + 8);
            assertThat(total.getCell(2).getStringCellValue()).isEqualTo("JUMLAH");
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(315_000_000);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(234_000_000);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(182_250_000);
            assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(132_750_000);
            assertThat(text(sheet, header + 10, 5)).isEqualTo("Pekalongan, 31 Desember 2027");
        }
    }

    @Test
    void an_english_reader_gets_english_headers_and_the_same_numbers() throws IOException {
        byte[] bytes = DanaKelurahanExcel.realisation(board, "31 December 2027",
                (key, args) -> messages.getMessage(key, args, Locale.ENGLISH));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet("Realisation");
            assertThat(headers(sheet, 4)).startsWith("No", "Account code", "Activity", "Implementation");
            assertThat(sheet.getRow(4 + 8).getCell(6).getNumericCellValue()).isEqualTo(182_250_000);
        }
    }

    private static List<String> headers(Sheet sheet, int row) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(row).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }
}
