package id.musrenflow.lks;

import id.musrenflow.lks.LksReport.Expiry;
import id.musrenflow.lks.LksReport.Grade;
import id.musrenflow.lks.LksReport.KecamatanCount;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.SheetWidths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook: sheet "Ringkasan" (three small tables of counts) and sheet "Akan berakhir" (the
 * expiring registrations and accreditations, dates as real date cells). Texts come from the caller in the user's
 * language ({@code text} = message key and arguments to text).
 */
public final class LksReportExcel {

    /** Sheet names and headers, as i18n keys of the lks bundle. */
    public static final String SHEET_SUMMARY = "lks.laporan.sheet.ringkasan";
    public static final String SHEET_EXPIRING = "lks.laporan.sheet.berakhir";
    public static final List<String> EXPIRING_HEADERS = List.of("lks.laporan.kol.no", "lks.laporan.kol.nama",
            "lks.laporan.kol.kecamatan", "lks.laporan.kol.jenis", "lks.laporan.kol.berlaku", "lks.laporan.kol.sisa");

    private LksReportExcel() {
    }

    public static byte[] write(LksReport report, BiFunction<String, Object[], String> text) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            summary(workbook.createSheet(text.apply(SHEET_SUMMARY, new Object[0])), report, text, header);
            expiring(workbook.createSheet(text.apply(SHEET_EXPIRING, new Object[0])), report, text, header, date);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(Sheet sheet, LksReport report, BiFunction<String, Object[], String> text,
                                CellStyle header) {
        SheetWidths widths = new SheetWidths();
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue(text.apply("lks.laporan.judul-berkas",
                new Object[] {IndonesianDates.shortDate(report.today())}));
        title.getCell(0).setCellStyle(header);
        Map<String, Long> statuses = new LinkedHashMap<>();
        report.byStatus().forEach((s, n) -> statuses.put(text.apply("lks.status-lembaga." + s, new Object[0]), n));
        Map<String, Long> grades = new LinkedHashMap<>();
        for (Grade g : Grade.values()) {
            grades.put(text.apply("lks.laporan.akreditasi." + g, new Object[0]), report.byGrade().get(g));
        }
        Map<String, Long> kecamatan = new LinkedHashMap<>();
        for (KecamatanCount k : report.byKecamatan()) {
            kecamatan.put(k.name(), k.count());
        }
        r = table(sheet, r + 1, text.apply("lks.laporan.kol.status", new Object[0]), statuses, text, header, widths);
        r = table(sheet, r + 1, text.apply("lks.laporan.kol.akreditasi", new Object[0]), grades, text, header, widths);
        table(sheet, r + 1, text.apply("lks.laporan.kol.kecamatan", new Object[0]), kecamatan, text, header, widths);
        sheet.createFreezePane(0, 1);
        widths.apply(sheet);
    }

    private static int table(Sheet sheet, int r, String label, Map<String, Long> counts,
                             BiFunction<String, Object[], String> text, CellStyle header, SheetWidths widths) {
        Row head = sheet.createRow(r++);
        widths.set(head.createCell(0), label, header);
        widths.set(head.createCell(1), text.apply("lks.laporan.kol.jumlah", new Object[0]), header);
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            Row row = sheet.createRow(r++);
            widths.set(row.createCell(0), e.getKey(), null);
            row.createCell(1).setCellValue(e.getValue());
        }
        return r;
    }

    private static void expiring(Sheet sheet, LksReport report, BiFunction<String, Object[], String> text,
                                 CellStyle header, CellStyle date) {
        SheetWidths widths = new SheetWidths();
        Row head = sheet.createRow(0);
        for (int c = 0; c < EXPIRING_HEADERS.size(); c++) {
            widths.set(head.createCell(c), text.apply(EXPIRING_HEADERS.get(c), new Object[0]), header);
        }
        int r = 1;
        for (Expiry e : report.expiring()) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r);
            widths.set(row.createCell(1), e.name(), null);
            widths.set(row.createCell(2), e.kecamatan(), null);
            widths.set(row.createCell(3), text.apply("lks.laporan.jenis." + e.kind(), new Object[0]), null);
            Cell until = row.createCell(4);
            until.setCellValue(e.validUntil());
            until.setCellStyle(date);
            widths.fit(4, 10);
            row.createCell(5).setCellValue(e.daysLeft());
            r++;
        }
        sheet.createFreezePane(0, 1);
        widths.apply(sheet);
    }
}
