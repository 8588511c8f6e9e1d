package id.musrenflow.danakelurahan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The pagu workbook: the template lists every kelurahan with its pagu and reads back as it was written; a filled-in
 * file gives a row per pagu, numbers or "Rp" texts alike, and names each cell it cannot take by its row.
 */
class PaguWorkbookTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    PaguWorkbookTest() {
        messages.setBasenames("i18n/dana");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void the_template_reads_back_as_the_rows_it_lists() throws IOException {
        List<PaguWorkbook.TemplateRow> rows = List.of(
                new PaguWorkbook.TemplateRow("33.75.01.1002", "Medono", "Pekalongan Barat", new BigDecimal("950000000")),
                new PaguWorkbook.TemplateRow("33.75.01.1003", "Podosugih", "Pekalongan Barat", null));
        byte[] bytes = PaguWorkbook.template(2027, rows,
                (key, args) -> messages.getMessage(key, args, Locale.forLanguageTag("id")));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet("Pagu 2027");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kode kelurahan");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Pagu (Rp)");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Medono");
            assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(sheet.getRow(2).getCell(3)).isNull();
        }
        PaguWorkbook.Read read = PaguWorkbook.read(bytes);
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).containsExactly(new PaguRow(2, "33.75.01.1002", new BigDecimal("950000000")));
    }

    @Test
    void numbers_and_rupiah_texts_are_read_and_wrong_cells_are_named_by_row() throws IOException {
        byte[] filled;
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Pagu");
            sheet.createRow(0).createCell(0).setCellValue("Kode kelurahan");
            row(sheet, 1, "33.75.01.1002").createCell(3).setCellValue(975_000_000d);
            row(sheet, 2, "33.75.01.1003").createCell(3).setCellValue("Rp 1.000.000.000");
            row(sheet, 3, "33.75.01.1004").createCell(3).setCellValue("satu milyar");
            row(sheet, 4, "33.75.01.1005").createCell(3).setCellValue(12.5);
            row(sheet, 5, "").createCell(3).setCellValue(5_000_000d);
            row(sheet, 6, "33.75.01.1006");
            workbook.write(out);
            filled = out.toByteArray();
        }
        PaguWorkbook.Read read = PaguWorkbook.read(filled);
        assertThat(read.rows()).containsExactly(new PaguRow(2, "33.75.01.1002", new BigDecimal("975000000")),
                new PaguRow(3, "33.75.01.1003", new BigDecimal("1000000000")));
        assertThat(read.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "dana.pagu.impor.error.nilai"),
                org.assertj.core.groups.Tuple.tuple(5, "dana.pagu.impor.error.nilai"),
                org.assertj.core.groups.Tuple.tuple(6, "dana.pagu.impor.error.kode-kosong"));
        assertThat(messages.getMessage(read.problems().get(0).messageKey(), read.problems().get(0).arguments(),
                Locale.forLanguageTag("id"))).isEqualTo("Baris 4: \"satu milyar\" bukan Rupiah bulat.");
    }

    @Test
    void a_file_that_is_not_a_workbook_is_one_problem() {
        PaguWorkbook.Read read = PaguWorkbook.read("kode;pagu\n33.75.01.1002;950000000\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read.rows()).isEmpty();
        assertThat(read.problems()).extracting(ImportProblem::messageKey).containsExactly("dana.pagu.impor.error.berkas");
    }

    private static Row row(Sheet sheet, int index, String code) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(code);
        return row;
    }
}
