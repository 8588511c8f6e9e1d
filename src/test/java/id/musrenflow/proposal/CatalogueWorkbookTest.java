package id.musrenflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The catalogue workbook: a year's catalogue reads back as it was written; a filled-in file is checked row by row,
 * and every cell it cannot take is named by row and column, so nothing half right is ever stored.
 */
class CatalogueWorkbookTest {

    private static final String SARPRAS = "7.01.03.2.02.0002";
    private static final CatalogueReferences REFERENCES = new CatalogueReferences(Set.of("DPUPR", "DINKES", "DLH"),
            Set.of("1.02", "1.03", "2.11"), Set.of("7.01.03.2.02.0001", SARPRAS, "7.01.03.2.02.0003"),
            new BigDecimal("50000000000"));
    /** Any year: the sheet's name is all it changes. */
    private static final int YEAR = Year.now(Clock.systemUTC()).getValue();

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    CatalogueWorkbookTest() {
        messages.setBasenames("i18n/kamus", "i18n/base");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private static CatalogueItem item(long id, String code, String name, BigDecimal cost, String subActivity,
                                      boolean dana) {
        return new CatalogueItem(id, YEAR, code, name, ProposalKind.FISIK, ProposalField.INFRASTRUKTUR, "m2", cost,
                "DPUPR", "1.03", subActivity, dana, true, true, false);
    }

    @Test
    void a_written_catalogue_reads_back_as_the_same_items() {
        List<CatalogueEntry> entries = List.of(
                new CatalogueEntry(item(1, "PAVING", "Paving block jalan lingkungan", new BigDecimal("135000"),
                        SARPRAS, true), true, null, 0),
                new CatalogueEntry(item(2, "TALUD-ROB", "Talud penahan rob", new BigDecimal("1200000"), null, false),
                        false, "Diganti rumah pompa", 3));
        byte[] bytes = CatalogueWorkbook.write(YEAR, entries, code -> "Dinas " + code,
                (key, args) -> messages.getMessage(key, args, Locale.forLanguageTag("id")));

        CatalogueWorkbook.Read read = CatalogueWorkbook.read(bytes, REFERENCES);

        assertThat(read.problems()).isEmpty();
        assertThat(read.lines()).extracting(CatalogueWorkbook.Line::row, CatalogueWorkbook.Line::item,
                CatalogueWorkbook.Line::active).containsExactly(
                tuple(2, CatalogueItemDraft.of(entries.get(0).item()), true),
                tuple(3, CatalogueItemDraft.of(entries.get(1).item()), false));
    }

    @Test
    void texts_as_people_type_them_are_taken() throws IOException {
        byte[] bytes = workbook(new String[] {" paving ", "Paving block", "Fisik", "infrastruktur", "m2",
                "Rp 135.000", "dpupr", "", "1.03", SARPRAS, "ya", "Ya", "TIDAK", "", ""});

        CatalogueWorkbook.Read read = CatalogueWorkbook.read(bytes, REFERENCES);

        assertThat(read.problems()).isEmpty();
        CatalogueWorkbook.Line line = read.lines().get(0);
        assertThat(line.item()).isEqualTo(new CatalogueItemDraft("PAVING", "Paving block", ProposalKind.FISIK,
                ProposalField.INFRASTRUKTUR, "m2", new BigDecimal("135000"), "DPUPR", "1.03", SARPRAS, true, true,
                false, false));
        assertThat(line.active()).isTrue();
    }

    @Test
    void every_bad_cell_is_named_by_its_row_and_column_and_no_item_is_taken() throws IOException {
        byte[] bytes = workbook(
                row("PAVING", "135000", "DPUPR", SARPRAS, "Ya"),
                row("DRAINASE", "-850000", "DPUPR", SARPRAS, "Ya"),
                row("SUMUR", "4500000", "DINAS-ANTAH", SARPRAS, "Ya"),
                row("MCK", "85000000", "DPUPR", "7.01.03.2.02.9999", "Tidak"),
                row("PAVING", "135000", "DPUPR", SARPRAS, "Ya"),
                row("PJU", "3.500.000,5", "DPUPR", "", "mungkin"),
                row("TALUD", "1200000", "DPUPR", "", "Ya"),
                new String[] {"", "", "", "", "", "", "", "", "", "", "", "", "", "", ""},
                new String[] {"JAMBAN", "", "Bangunan", "", "unit", "3500000", "DLH", "", "2.11", "", "", "", "", "",
                        "Tidak"});

        CatalogueWorkbook.Read read = CatalogueWorkbook.read(bytes, REFERENCES);

        assertThat(read.lines()).isEmpty();
        assertThat(read.problems()).extracting(CatalogueProblem::row, CatalogueProblem::column,
                CatalogueProblem::messageKey).containsExactly(
                tuple(3, CatalogueColumn.HARGA_SATUAN, "kamus.error.harga"),
                tuple(4, CatalogueColumn.OPD, "kamus.error.opd"),
                tuple(5, CatalogueColumn.SUB_KEGIATAN, "kamus.error.sub-kegiatan"),
                tuple(6, CatalogueColumn.KODE, "kamus.impor.error.kode-ganda"),
                tuple(7, CatalogueColumn.HARGA_SATUAN, "kamus.impor.error.harga"),
                tuple(7, CatalogueColumn.DANA_KELURAHAN, "kamus.impor.error.ya-tidak"),
                tuple(8, CatalogueColumn.DANA_KELURAHAN, "kamus.error.dana-kelurahan"),
                tuple(10, CatalogueColumn.NAMA, "kamus.error.nama"),
                tuple(10, CatalogueColumn.JENIS, "kamus.impor.error.pilihan"),
                tuple(10, CatalogueColumn.BIDANG, "kamus.error.bidang"));
        assertThat(read.problems().get(1).arguments()).containsExactly("DINAS-ANTAH");
        assertThat(read.problems().get(2).arguments()).containsExactly("7.01.03.2.02.9999");
        assertThat(read.problems().get(3).arguments()).containsExactly("PAVING", 2);
        assertThat(messages.getMessage("kamus.impor.baris-kolom", new Object[] {"3",
                CatalogueColumn.HARGA_SATUAN.letter(), messages.getMessage(CatalogueColumn.HARGA_SATUAN.labelKey(),
                null, Locale.forLanguageTag("id")), messages.getMessage("kamus.error.harga", new Object[] {
                "Rp 50.000.000.000"}, Locale.forLanguageTag("id"))}, Locale.forLanguageTag("id")))
                .isEqualTo("Baris 3, kolom F (Harga satuan): Harga satuan harus Rupiah bulat antara Rp 0 dan "
                        + "Rp 50.000.000.000.");
    }

    @Test
    void a_file_that_is_no_workbook_or_holds_no_item_is_one_problem_for_the_whole_file() throws IOException {
        assertThat(CatalogueWorkbook.read("kode;nama".getBytes(StandardCharsets.UTF_8), REFERENCES).problems())
                .extracting(CatalogueProblem::row, CatalogueProblem::messageKey)
                .containsExactly(tuple(0, "kamus.impor.error.berkas"));
        assertThat(CatalogueWorkbook.read(workbook(), REFERENCES).problems())
                .extracting(CatalogueProblem::row, CatalogueProblem::messageKey)
                .containsExactly(tuple(0, "kamus.impor.error.kosong"));
    }

    /** A physical item on sub kegiatan {@code subActivity}: code, unit cost, OPD, sub kegiatan, dana kelurahan. */
    private static String[] row(String code, String cost, String opd, String subActivity, String dana) {
        return new String[] {code, "Item " + code, "FISIK", "INFRASTRUKTUR", "unit", cost, opd, "", "1.03",
                subActivity, dana, "Ya", "Ya", "Tidak", "Ya"};
    }

    /** A filled-in workbook, every cell typed as text, below a header row. */
    private static byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Kamus");
            Row header = sheet.createRow(0);
            for (CatalogueColumn column : CatalogueColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.name());
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
