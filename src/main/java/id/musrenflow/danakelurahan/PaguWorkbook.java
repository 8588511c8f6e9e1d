package id.musrenflow.danakelurahan;

import id.musrenflow.base.Rupiah;
import id.musrenflow.base.SheetWidths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The pagu of every kelurahan for a year as an Excel workbook, the way Bappeda receives it from the budget office:
 * a template listing each kelurahan (Kemendagri code, name, kecamatan, the pagu now) to fill in, and the reader of
 * the filled-in file. Only the code and pagu columns are read; a row without a pagu leaves that kelurahan as it is.
 */
public final class PaguWorkbook {

    public static final List<String> HEADERS = List.of("dana.pagu.impor.kol.kode", "dana.pagu.impor.kol.kelurahan",
            "dana.pagu.impor.kol.kecamatan", "dana.pagu.impor.kol.pagu");
    static final int CODE = 0;
    static final int PAGU = 3;
    private static final int MAX_ROWS = 500;

    /** One line of the template. */
    public record TemplateRow(String kelurahanCode, String kelurahanName, String kecamatanName, BigDecimal pagu) {
    }

    /** What a file held: the rows to take, and the problems that stop the import. */
    public record Read(List<PaguRow> rows, List<ImportProblem> problems) {
    }

    private PaguWorkbook() {
    }

    public static byte[] template(int year, List<TemplateRow> rows, BiFunction<String, Object[], String> text) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0"));
            Sheet sheet = workbook.createSheet(text.apply("dana.pagu.impor.sheet", new Object[] {year}));
            SheetWidths widths = new SheetWidths();
            Row head = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                widths.set(head.createCell(c), text.apply(HEADERS.get(c), new Object[0]), header);
            }
            int r = 1;
            for (TemplateRow line : rows) {
                Row row = sheet.createRow(r++);
                widths.set(row.createCell(CODE), line.kelurahanCode(), null);
                widths.set(row.createCell(1), line.kelurahanName(), null);
                widths.set(row.createCell(2), line.kecamatanName(), null);
                if (line.pagu() != null) {
                    Cell pagu = row.createCell(PAGU);
                    pagu.setCellValue(line.pagu().doubleValue());
                    pagu.setCellStyle(money);
                }
                widths.fit(PAGU, 16);
            }
            sheet.createFreezePane(0, 1);
            widths.apply(sheet);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the first sheet below its header row; cells that are not a code or a whole Rupiah are problems. */
    public static Read read(byte[] content) {
        List<PaguRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            if (sheet.getLastRowNum() > MAX_ROWS) {
                return new Read(List.of(), List.of(new ImportProblem(0, "dana.pagu.impor.error.terlalu-banyak",
                        MAX_ROWS)));
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String code = row == null ? "" : formatter.formatCellValue(row.getCell(CODE)).strip();
                Cell paguCell = row == null ? null : row.getCell(PAGU);
                String paguText = formatter.formatCellValue(paguCell).strip();
                if (paguText.isEmpty()) {
                    continue;
                }
                BigDecimal pagu = amount(paguCell, paguText);
                if (code.isEmpty()) {
                    problems.add(new ImportProblem(r + 1, "dana.pagu.impor.error.kode-kosong", r + 1));
                } else if (pagu == null) {
                    problems.add(new ImportProblem(r + 1, "dana.pagu.impor.error.nilai", r + 1, paguText));
                } else {
                    rows.add(new PaguRow(r + 1, code, pagu));
                }
            }
        } catch (IOException | RuntimeException notAWorkbook) {
            return new Read(List.of(), List.of(new ImportProblem(0, "dana.pagu.impor.error.berkas")));
        }
        return new Read(rows, problems);
    }

    /** A number cell holding a whole amount, or a text such as "Rp 950.000.000". */
    private static BigDecimal amount(Cell cell, String text) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
            return value.scale() > 0 ? null : value.setScale(0);
        }
        return Rupiah.parse(text);
    }
}
