package id.musrenflow.proposal;

import id.musrenflow.base.Rupiah;
import id.musrenflow.base.SheetWidths;
import id.musrenflow.proposal.internal.CatalogueRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
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
 * A year's kamus usulan as an Excel workbook, one item per row in the order of {@link CatalogueColumn}, and the
 * reader of such a file. The reader checks every row completely (the same rules as the admin's dialog) and names
 * each problem by row and column; the OPD name column is there for people and is not read. Yes/no columns take
 * Ya or Tidak; an empty one means Tidak, except Aktif, where empty means Ya.
 */
public final class CatalogueWorkbook {

    static final int MAX_ROWS = 1000;

    /** One item as read from the file, with the row it came from and whether it is to be offered. */
    public record Line(int row, CatalogueItemDraft item, boolean active) {
    }

    /** What a file held: the items to take, and the problems that stop the import. */
    public record Read(List<Line> lines, List<CatalogueProblem> problems) {
    }

    private CatalogueWorkbook() {
    }

    /** {@code opdNames} gives an OPD's name by code; {@code text} is a message key and arguments in the user's language. */
    public static byte[] write(int year, List<CatalogueEntry> entries, Function<String, String> opdNames,
                               BiFunction<String, Object[], String> text) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0"));
            Sheet sheet = workbook.createSheet(text.apply("kamus.xls.sheet", new Object[] {String.valueOf(year)}));
            SheetWidths widths = new SheetWidths();
            Row head = sheet.createRow(0);
            for (CatalogueColumn column : CatalogueColumn.values()) {
                widths.set(head.createCell(column.ordinal()), text.apply(column.labelKey(), new Object[0]), header);
            }
            String yes = text.apply("umum.ya", new Object[0]);
            String no = text.apply("umum.tidak", new Object[0]);
            int r = 1;
            for (CatalogueEntry entry : entries) {
                CatalogueItem item = entry.item();
                Row row = sheet.createRow(r++);
                Map<CatalogueColumn, String> cells = new EnumMap<>(CatalogueColumn.class);
                cells.put(CatalogueColumn.KODE, item.code());
                cells.put(CatalogueColumn.NAMA, item.name());
                cells.put(CatalogueColumn.JENIS, item.kind().name());
                cells.put(CatalogueColumn.BIDANG, item.field().name());
                cells.put(CatalogueColumn.SATUAN, item.unit());
                cells.put(CatalogueColumn.OPD, item.opdCode());
                cells.put(CatalogueColumn.NAMA_OPD, opdNames.apply(item.opdCode()));
                cells.put(CatalogueColumn.BIDANG_URUSAN, item.fieldOfGovernment());
                cells.put(CatalogueColumn.SUB_KEGIATAN, item.subActivityCode() == null ? "" : item.subActivityCode());
                cells.put(CatalogueColumn.DANA_KELURAHAN, item.danaKelurahan() ? yes : no);
                cells.put(CatalogueColumn.WAJIB_FOTO, item.photoRequired() ? yes : no);
                cells.put(CatalogueColumn.WAJIB_KOORDINAT, item.coordinatesRequired() ? yes : no);
                cells.put(CatalogueColumn.WAJIB_BUKTI_LAHAN, item.landEvidenceRequired() ? yes : no);
                cells.put(CatalogueColumn.AKTIF, entry.active() ? yes : no);
                cells.forEach((column, value) -> widths.set(row.createCell(column.ordinal()), value, null));
                Cell cost = row.createCell(CatalogueColumn.HARGA_SATUAN.ordinal());
                cost.setCellValue(item.unitCost().doubleValue());
                cost.setCellStyle(money);
                widths.fit(CatalogueColumn.HARGA_SATUAN.ordinal(), 16);
            }
            sheet.createFreezePane(1, 1);
            widths.apply(sheet);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the first sheet below its header row; every problem of every row, by row and column. */
    public static Read read(byte[] content, CatalogueReferences references) {
        List<Line> lines = new ArrayList<>();
        List<CatalogueProblem> problems = new ArrayList<>();
        Workbook opened;
        try {
            opened = new XSSFWorkbook(new ByteArrayInputStream(content));
            opened.getSheetAt(0);
        } catch (IOException | RuntimeException notAWorkbook) {
            return new Read(List.of(), List.of(new CatalogueProblem(0, null, "kamus.impor.error.berkas")));
        }
        try (Workbook workbook = opened) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                return new Read(List.of(), List.of(new CatalogueProblem(0, null, "kamus.impor.error.terlalu-banyak",
                        MAX_ROWS)));
            }
            Map<String, Integer> seen = new HashMap<>();
            DataFormatter formatter = new DataFormatter();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                RowReader row = new RowReader(sheet.getRow(r), r + 1, formatter);
                if (row.blank()) {
                    continue;
                }
                Optional<Line> line = row.line(references);
                problems.addAll(row.problems);
                String code = line.map(l -> l.item().code()).orElse(row.code());
                Integer earlier = code == null ? null : seen.putIfAbsent(code, r + 1);
                if (earlier != null) {
                    problems.add(new CatalogueProblem(r + 1, CatalogueColumn.KODE, "kamus.impor.error.kode-ganda",
                            code, earlier));
                } else if (line.isPresent()) {
                    lines.add(line.get());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // by row, and within a row from left to right, the way the admin reads the sheet
        problems.sort(Comparator.comparingInt(CatalogueProblem::row).thenComparing(CatalogueProblem::column,
                Comparator.nullsFirst(Comparator.naturalOrder())));
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new CatalogueProblem(0, null, "kamus.impor.error.kosong"));
        }
        return new Read(problems.isEmpty() ? lines : List.of(), problems);
    }

    /** The cells of one row, turned into an item; what cannot be read becomes a problem of its column. */
    private static final class RowReader {

        private final Row row;
        private final int number;
        private final DataFormatter formatter;
        private final List<CatalogueProblem> problems = new ArrayList<>();

        RowReader(Row row, int number, DataFormatter formatter) {
            this.row = row;
            this.number = number;
            this.formatter = formatter;
        }

        boolean blank() {
            for (CatalogueColumn column : CatalogueColumn.values()) {
                if (!text(column).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        String code() {
            String code = text(CatalogueColumn.KODE);
            return code.isEmpty() ? null : code.toUpperCase(Locale.ROOT);
        }

        Optional<Line> line(CatalogueReferences references) {
            CatalogueItemDraft draft = CatalogueRules.normalise(new CatalogueItemDraft(text(CatalogueColumn.KODE),
                    text(CatalogueColumn.NAMA), choice(CatalogueColumn.JENIS, ProposalKind.class),
                    choice(CatalogueColumn.BIDANG, ProposalField.class), text(CatalogueColumn.SATUAN), amount(),
                    text(CatalogueColumn.OPD), text(CatalogueColumn.BIDANG_URUSAN),
                    text(CatalogueColumn.SUB_KEGIATAN), yesNo(CatalogueColumn.DANA_KELURAHAN, false),
                    yesNo(CatalogueColumn.WAJIB_FOTO, false), yesNo(CatalogueColumn.WAJIB_KOORDINAT, false),
                    yesNo(CatalogueColumn.WAJIB_BUKTI_LAHAN, false)));
            boolean active = yesNo(CatalogueColumn.AKTIF, true);
            List<CatalogueColumn> unreadable = problems.stream().map(CatalogueProblem::column).toList();
            // a cell that could not be read is already named; the rules would only repeat it as "missing"
            CatalogueRules.check(number, draft, references).stream()
                    .filter(p -> !unreadable.contains(p.column())).forEach(problems::add);
            return problems.isEmpty() ? Optional.of(new Line(number, draft, active)) : Optional.empty();
        }

        private String text(CatalogueColumn column) {
            Cell cell = row == null ? null : row.getCell(column.ordinal());
            return cell == null ? "" : formatter.formatCellValue(cell).strip();
        }

        private <E extends Enum<E>> E choice(CatalogueColumn column, Class<E> type) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            String name = value.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_").replace("NONFISIK", "NON_FISIK");
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            problems.add(new CatalogueProblem(number, column, "kamus.impor.error.pilihan", value,
                    String.join(", ", allowed)));
            return null;
        }

        /** A number cell as it is (the rules judge sign and fraction), or a text such as "Rp 135.000". */
        private BigDecimal amount() {
            Cell cell = row == null ? null : row.getCell(CatalogueColumn.HARGA_SATUAN.ordinal());
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
            }
            String value = text(CatalogueColumn.HARGA_SATUAN);
            BigDecimal amount = Rupiah.parse(value);
            if (amount == null && !value.isEmpty()) {
                problems.add(new CatalogueProblem(number, CatalogueColumn.HARGA_SATUAN, "kamus.impor.error.harga",
                        value));
            }
            return amount;
        }

        private boolean yesNo(CatalogueColumn column, boolean whenEmpty) {
            Cell cell = row == null ? null : row.getCell(column.ordinal());
            if (cell != null && cell.getCellType() == CellType.BOOLEAN) {
                return cell.getBooleanCellValue();
            }
            String value = text(column).toLowerCase(Locale.ROOT);
            return switch (value) {
                case "" -> whenEmpty;
                case "ya", "y", "yes" -> true;
                case "tidak", "t", "no", "n" -> false;
                default -> {
                    problems.add(new CatalogueProblem(number, column, "kamus.impor.error.ya-tidak", text(column)));
                    yield false;
                }
            };
        }
    }
}
