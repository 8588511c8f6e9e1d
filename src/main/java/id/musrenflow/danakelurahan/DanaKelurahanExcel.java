package id.musrenflow.danakelurahan;

import id.musrenflow.base.SheetWidths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The two workbooks of dana kelurahan in the layout kelurahan and kecamatan offices use on paper: a title block
 * (kelurahan, kecamatan, kota, tahun anggaran), the activities grouped by sub kegiatan (7.01.03.2.02.0002 /
 * .0003) with a subtotal each, the total, and a signature block for the Lurah (KPA) and the Camat. Money cells are
 * numbers ({@code #,##0}), so the office can keep calculating with them. Texts come from the caller in the user's
 * language ({@code text} = message key and arguments).
 */
public final class DanaKelurahanExcel {

    /** Column headers, as i18n keys of the anggaran bundle. */
    public static final List<String> PLAN_HEADERS = List.of("anggaran.xls.no", "anggaran.xls.kode",
            "anggaran.xls.uraian", "anggaran.xls.sumber", "anggaran.xls.lokasi", "anggaran.xls.volume",
            "anggaran.xls.satuan", "anggaran.xls.anggaran");
    public static final List<String> REALISATION_HEADERS = List.of("anggaran.xls.no", "anggaran.xls.kode",
            "anggaran.xls.uraian", "anggaran.xls.pelaksanaan", "anggaran.xls.anggaran", "anggaran.xls.dicairkan",
            "anggaran.xls.realisasi", "anggaran.xls.realisasi-persen", "anggaran.xls.fisik", "anggaran.xls.sisa",
            "anggaran.xls.status");

    private final BiFunction<String, Object[], String> text;
    private final Workbook workbook = new XSSFWorkbook();
    private final SheetWidths widths = new SheetWidths();
    private final CellStyle bold;
    private final CellStyle money;
    private final CellStyle boldMoney;
    private final CellStyle percent;

    private DanaKelurahanExcel(BiFunction<String, Object[], String> text) {
        this.text = text;
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        short moneyFormat = workbook.getCreationHelper().createDataFormat().getFormat("#,##0");
        money = workbook.createCellStyle();
        money.setDataFormat(moneyFormat);
        boldMoney = workbook.createCellStyle();
        boldMoney.setDataFormat(moneyFormat);
        boldMoney.setFont(font);
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.00"));
    }

    /** The Rencana Kegiatan Kelurahan: one sheet, lines grouped by sub kegiatan, pagu and what is left of it. */
    public static byte[] plan(KelurahanBoard board, String planNumber, List<PlanLine> lines, String printedOn,
                              BiFunction<String, Object[], String> text) {
        DanaKelurahanExcel excel = new DanaKelurahanExcel(text);
        Sheet sheet = excel.workbook.createSheet(excel.t("anggaran.xls.sheet.rkk"));
        int r = excel.title(sheet, "anggaran.xls.judul.rkk", board, planNumber);
        r = excel.header(sheet, r, PLAN_HEADERS);
        int amountColumn = PLAN_HEADERS.size() - 1;
        BigDecimal total = BigDecimal.ZERO;
        for (FundField field : FundField.values()) {
            List<PlanLine> group = lines.stream().filter(l -> l.field() == field).toList();
            r = excel.groupRow(sheet, r, field);
            int no = 1;
            BigDecimal subtotal = BigDecimal.ZERO;
            for (PlanLine line : group) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(no++);
                excel.text(row, 1, line.subActivityCode());
                excel.text(row, 2, line.description());
                excel.text(row, 3, line.reference());
                excel.text(row, 4, line.location());
                if (line.volume() != null) {
                    row.createCell(5).setCellValue(line.volume().doubleValue());
                }
                excel.text(row, 6, line.unit());
                excel.money(row, 7, line.amount(), excel.money);
                subtotal = subtotal.add(line.amount());
            }
            r = excel.sumRow(sheet, r, "anggaran.xls.jumlah-sub", amountColumn, subtotal);
            total = total.add(subtotal);
        }
        r = excel.sumRow(sheet, r, "anggaran.xls.jumlah", amountColumn, total);
        r = excel.sumRow(sheet, r, "anggaran.xls.pagu", amountColumn, board.pagu());
        r = excel.sumRow(sheet, r, "anggaran.xls.sisa-pagu", amountColumn, board.pagu().subtract(total));
        excel.signatures(sheet, r + 1, board, printedOn);
        return excel.finish(sheet);
    }

    /** The realisation report: budget, released, realised (verified LPJ) and physical progress per activity. */
    public static byte[] realisation(KelurahanBoard board, String printedOn, BiFunction<String, Object[], String> text) {
        DanaKelurahanExcel excel = new DanaKelurahanExcel(text);
        Sheet sheet = excel.workbook.createSheet(excel.t("anggaran.xls.sheet.realisasi"));
        int r = excel.title(sheet, "anggaran.xls.judul.realisasi", board, null);
        r = excel.header(sheet, r, REALISATION_HEADERS);
        for (FundField field : FundField.values()) {
            List<ActivityFigures> group = board.activities().stream().filter(a -> a.field() == field).toList();
            r = excel.groupRow(sheet, r, field);
            int no = 1;
            for (ActivityFigures a : group) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(no++);
                excel.text(row, 1, a.subActivityCode());
                excel.text(row, 2, a.description());
                excel.text(row, 3, a.mode() == null ? "" : excel.t("dana.mode." + a.mode()));
                excel.money(row, 4, a.budget(), excel.money);
                excel.money(row, 5, a.released(), excel.money);
                excel.money(row, 6, a.realised(), excel.money);
                excel.percent(row, 7, BudgetTotals.percent(a.realised(), a.budget()));
                excel.percent(row, 8, BigDecimal.valueOf(a.physicalPercent()));
                excel.money(row, 9, a.budget().subtract(a.realised()), excel.money);
                excel.text(row, 10, excel.t("anggaran.status." + a.status()));
            }
            r = excel.realisationSum(sheet, r, "anggaran.xls.jumlah-sub", board.totals(field));
        }
        r = excel.realisationSum(sheet, r, "anggaran.xls.jumlah", board.totals());
        excel.signatures(sheet, r + 1, board, printedOn);
        return excel.finish(sheet);
    }

    private int title(Sheet sheet, String titleKey, KelurahanBoard board, String planNumber) {
        int r = 0;
        sheet.createRow(r).createCell(0).setCellValue(t(titleKey));
        sheet.getRow(r++).getCell(0).setCellStyle(bold);
        sheet.createRow(r++).createCell(0).setCellValue(t("anggaran.xls.wilayah", board.kelurahanName(),
                board.kecamatanName()));
        sheet.createRow(r++).createCell(0).setCellValue(t("anggaran.xls.tahun", String.valueOf(board.year())));
        if (planNumber != null) {
            String status = board.planStatus() == null ? "" : t("dana.rkk.status." + board.planStatus());
            sheet.createRow(r++).createCell(0).setCellValue(t("anggaran.xls.nomor", planNumber, status));
        }
        return r + 1;
    }

    private int header(Sheet sheet, int r, List<String> keys) {
        Row head = sheet.createRow(r);
        for (int c = 0; c < keys.size(); c++) {
            widths.set(head.createCell(c), t(keys.get(c)), bold);
        }
        sheet.createFreezePane(0, r + 1);
        return r + 1;
    }

    private int groupRow(Sheet sheet, int r, FundField field) {
        Row row = sheet.createRow(r);
        widths.set(row.createCell(1), PlanCandidate.subActivityCode(field), bold);
        widths.set(row.createCell(2), t("anggaran.sub." + field), bold);
        return r + 1;
    }

    private int sumRow(Sheet sheet, int r, String key, int column, BigDecimal amount) {
        Row row = sheet.createRow(r);
        widths.set(row.createCell(2), t(key), bold);
        money(row, column, amount, boldMoney);
        return r + 1;
    }

    private int realisationSum(Sheet sheet, int r, String key, BudgetTotals totals) {
        Row row = sheet.createRow(r);
        widths.set(row.createCell(2), t(key), bold);
        money(row, 4, totals.allocated(), boldMoney);
        money(row, 5, totals.released(), boldMoney);
        money(row, 6, totals.realised(), boldMoney);
        percent(row, 7, BudgetTotals.percent(totals.realised(), totals.allocated()));
        money(row, 9, totals.allocated().subtract(totals.realised()), boldMoney);
        return r + 1;
    }

    private void signatures(Sheet sheet, int r, KelurahanBoard board, String printedOn) {
        Function<Integer, Row> row = i -> sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
        row.apply(r).createCell(5).setCellValue(t("anggaran.xls.tempat-tanggal", printedOn));
        row.apply(r + 1).createCell(2).setCellValue(t("anggaran.xls.mengetahui-camat", board.kecamatanName()));
        row.apply(r + 1).createCell(5).setCellValue(t("anggaran.xls.lurah-kpa", board.kelurahanName()));
        row.apply(r + 5).createCell(2).setCellValue("(........................................)");
        row.apply(r + 5).createCell(5).setCellValue("(........................................)");
    }

    private void text(Row row, int column, String value) {
        widths.set(row.createCell(column), value == null ? "" : value, null);
    }

    private void money(Row row, int column, BigDecimal amount, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(style);
        widths.fit(column, 15);
    }

    private void percent(Row row, int column, BigDecimal value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(percent);
    }

    private byte[] finish(Sheet sheet) {
        widths.apply(sheet);
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String t(String key, Object... args) {
        return text.apply(key, args);
    }
}
