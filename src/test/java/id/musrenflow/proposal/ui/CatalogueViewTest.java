package id.musrenflow.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import id.musrenflow.KaribuTest;
import id.musrenflow.base.ui.ForbiddenView;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.MockBrowser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.CatalogueEntry;
import id.musrenflow.proposal.CatalogueItemDraft;
import id.musrenflow.proposal.CatalogueService;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalLimits;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.reference.Classification;
import id.musrenflow.reference.Opd;
import id.musrenflow.reference.OpdService;
import id.musrenflow.region.RegionService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Bappeda admin's catalogue screen. Each test works in a year of its own, centuries after the clock's. */
class CatalogueViewTest extends KaribuTest {

    private static final String SARPRAS = "7.01.03.2.02.0002";
    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private CatalogueService catalogue;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private Clock clock;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private RegionService regions;
    @Autowired
    private OpdService opds;
    @Autowired
    private ProposalLimits limits;
    @Autowired
    private id.musrenflow.identity.PositionLabels labels;

    private int base;

    @BeforeEach
    void yearsOfTheirOwn() {
        base = Year.now(clock).getValue() + 500;
    }

    private CatalogueItemDraft paving(long unitCost) {
        return new CatalogueItemDraft("PAVING", "Pemasangan paving block jalan lingkungan", ProposalKind.FISIK,
                ProposalField.INFRASTRUKTUR, "m2", BigDecimal.valueOf(unitCost), "DPUPR", "1.03", SARPRAS, true, true,
                true, true);
    }

    @Test
    void the_admin_adds_an_item_and_a_refused_edit_keeps_what_was_typed() {
        int year = base;
        open("admin.bappeda", year);
        assertThat(_get(Paragraph.class, spec -> spec.withId("kamus-kosong")).isVisible()).isTrue();

        _click(button("kamus-tambah"));
        _setValue(_get(TextField.class, spec -> spec.withId("kamus-kode")), "paving");
        _setValue(_get(TextField.class, spec -> spec.withId("kamus-nama")), "Pemasangan paving block jalan lingkungan");
        _setValue(radio("kamus-jenis"), ProposalKind.FISIK);
        _setValue(select("kamus-bidang"), ProposalField.INFRASTRUKTUR);
        _setValue(_get(TextField.class, spec -> spec.withId("kamus-satuan")), "m2");
        _setValue(_get(TextField.class, spec -> spec.withId("kamus-harga")), "135.000");
        _setValue(opd(), opdNamed("DPUPR"));
        _setValue(classification("kamus-bidang-urusan"), code(classification("kamus-bidang-urusan"), "1.03"));
        _setValue(classification("kamus-sub-kegiatan"), code(classification("kamus-sub-kegiatan"), SARPRAS));
        for (String id : List.of("kamus-dana-kelurahan", "kamus-wajib-foto", "kamus-wajib-koordinat",
                "kamus-wajib-bukti-lahan")) {
            _setValue(_get(Checkbox.class, spec -> spec.withId(id)), true);
        }
        _click(button(FormDialog.SAVE_ID));

        _assertNone(CatalogueItemDialog.class);
        Grid<CatalogueEntry> grid = grid();
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("PAVING",
                "Pemasangan paving block jalan lingkungan", "Fisik", "Infrastruktur", "m2", "Rp 135.000",
                "Dinas Pekerjaan Umum dan Penataan Ruang", "Ya", "Foto, Koordinat, Bukti lahan", "Aktif");

        GridKt._selectRow(grid, 0);
        _click(button("kamus-ubah"));
        _setValue(_get(TextField.class, spec -> spec.withId("kamus-nama")), "Paving block berpori");
        TextField cost = _get(TextField.class, spec -> spec.withId("kamus-harga"));
        _setValue(cost, "-150.000");
        _setValue(opd(), null);
        _click(button(FormDialog.SAVE_ID));

        _assertOne(CatalogueItemDialog.class);
        assertThat(cost.isInvalid()).isTrue();
        assertThat(cost.getErrorMessage())
                .isEqualTo("Harga satuan harus Rupiah bulat antara Rp 0 dan Rp 50.000.000.000.");
        assertThat(opd().getErrorMessage()).isEqualTo("Pilih OPD pelaksana.");
        assertThat(cost.getValue()).isEqualTo("-150.000");
        assertThat(_get(TextField.class, spec -> spec.withId("kamus-nama")).getValue()).isEqualTo("Paving block berpori");
        assertThat(catalogue.entries(year).get(0).item().name()).isEqualTo("Pemasangan paving block jalan lingkungan");

        CatalogueEntry stored = catalogue.entries(year).get(0);
        catalogue.edit(stored.id(), stored.version(), paving(140_000), users.loadUserByUsername("admin"));
        _setValue(cost, "150.000");
        _setValue(opd(), opdNamed("DPUPR"));
        NotificationsKt.clearNotifications();
        _click(button(FormDialog.SAVE_ID));

        _assertOne(CatalogueItemDialog.class);
        assertThat(notifications()).contains("Item ini baru saja diubah oleh admin lain, jadi perubahan Anda belum "
                + "disimpan. Isian Anda masih di sini: salin bila perlu, tutup, lalu buka item itu lagi.");
        assertThat(cost.isInvalid()).isFalse();
        assertThat(_get(TextField.class, spec -> spec.withId("kamus-nama")).getValue()).isEqualTo("Paving block berpori");
        assertThat(catalogue.entries(year).get(0).item().unitCost()).isEqualByComparingTo("140000");
    }

    @Test
    void the_admin_retires_an_item_with_a_reason_and_brings_it_back() {
        int year = base + 1;
        catalogue.add(year, paving(135_000), users.loadUserByUsername("admin.bappeda"));
        open("admin.bappeda", year);
        GridKt._selectRow(grid(), 0);
        _click(button("kamus-nonaktifkan"));
        _click(button(FormDialog.SAVE_ID));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("kamus-alasan"));
        assertThat(reason.getErrorMessage()).isEqualTo("Alasan wajib diisi, 5 sampai 500 karakter.");

        _setValue(reason, "Diganti paving berpori");
        _click(button(FormDialog.SAVE_ID));

        assertThat(GridKt._getFormattedRow(grid(), 0)).last().isEqualTo("Nonaktif: Diganti paving berpori");
        _assertNone(Button.class, spec -> spec.withId("kamus-nonaktifkan"));
        _click(button("kamus-aktifkan"));
        assertThat(GridKt._getFormattedRow(grid(), 0)).last().isEqualTo("Aktif");
        assertThat(catalogue.entries(year).get(0).active()).isTrue();
    }

    @Test
    void an_empty_year_is_copied_from_another_and_a_second_copy_is_refused_on_the_field() {
        int source = base + 2;
        int target = base + 3;
        catalogue.add(source, paving(135_000), users.loadUserByUsername("admin.bappeda"));
        open("admin.bappeda", target);

        _click(button("kamus-salin"));
        @SuppressWarnings("unchecked")
        ComboBox<Integer> from = _get(ComboBox.class, spec -> spec.withId("kamus-salin-sumber"));
        assertThat(from.getValue()).isEqualTo(source);
        _click(button(FormDialog.SAVE_ID));

        assertThat(catalogue.entries(target)).extracting(e -> e.item().code()).containsExactly("PAVING");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        _click(button("kamus-salin"));
        @SuppressWarnings("unchecked")
        ComboBox<Integer> again = _get(ComboBox.class, spec -> spec.withId("kamus-salin-sumber"));
        _setValue(again, source);
        _click(button(FormDialog.SAVE_ID));
        assertThat(again.getErrorMessage()).isEqualTo("Kamus tahun " + target
                + " sudah berisi item. Penyalinan hanya ke tahun yang kamusnya masih kosong.");
    }

    @Test
    void an_uploaded_workbook_with_a_bad_row_stores_nothing_and_names_the_row_and_column() throws IOException {
        int year = base + 4;
        open("admin.bappeda", year);
        assertThat(_get(Anchor.class, spec -> spec.withId("kamus-unduh")).getText()).isEqualTo("Unduh Excel " + year);
        Upload upload = _get(Upload.class, spec -> spec.withId("kamus-unggah"));
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Pilih berkas…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Lepaskan berkas di sini");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("Berkas terlalu besar.");

        UploadKt._upload(upload, "kamus.xlsx", CatalogueExcelSection.XLSX, workbook(
                new String[] {"PAVING", "Paving block", "FISIK", "INFRASTRUKTUR", "m2", "135000", "DPUPR", "", "1.03",
                        SARPRAS, "Ya", "Ya", "Ya", "Ya", "Ya"},
                new String[] {"DRAINASE", "Saluran drainase", "FISIK", "INFRASTRUKTUR", "m", "-850000", "DINAS-ANTAH",
                        "", "1.03", SARPRAS, "Ya", "Ya", "Ya", "Tidak", "Ya"}));

        String report = _get(Div.class, spec -> spec.withId("kamus-impor-hasil")).getElement().getTextRecursively();
        assertThat(report).contains("Tidak ada yang disimpan",
                "Baris 3, kolom F (Harga satuan): Harga satuan harus Rupiah bulat antara Rp 0 dan Rp 50.000.000.000.",
                "Baris 3, kolom G (Kode OPD): OPD DINAS-ANTAH tidak dikenal atau tidak aktif.");
        assertThat(catalogue.entries(year)).isEmpty();

        UploadKt._upload(upload, "kamus.xlsx", CatalogueExcelSection.XLSX, workbook(
                new String[] {"PAVING", "Paving block", "FISIK", "INFRASTRUKTUR", "m2", "135000", "DPUPR", "", "1.03",
                        SARPRAS, "Ya", "Ya", "Ya", "Ya", "Ya"}));
        assertThat(_get(Div.class, spec -> spec.withId("kamus-impor-hasil")).getElement().getTextRecursively())
                .isEqualTo("Kamus tahun " + year + " tersimpan: 1 item ditambah, 0 diubah, 0 dinonaktifkan.");
        assertThat(GridKt._size(grid())).isEqualTo(1);
    }

    @Test
    void an_usulan_shows_its_item_as_proposed_after_the_catalogue_changed() {
        // the usulan needs an open season window: the demo season's planning year, with an item of its own
        int year = id.musrenflow.TestTime.PLANNING_YEAR;
        var admin = users.loadUserByUsername("admin.bappeda");
        CatalogueEntry item = catalogue.add(year, new CatalogueItemDraft("BATIK-WARNA-ALAM",
                "Pelatihan membatik bagi perajin rumahan", ProposalKind.NON_FISIK, ProposalField.EKONOMI, "orang",
                new BigDecimal("1250000"), "DINPERINAKER", "3.31", "7.01.03.2.02.0003", true, false, false, false),
                admin);
        ProposalSummary usulan = proposals.submit(proposals.createDraft(new ProposalDraft(year, ProposalOrigin.RT,
                MEDONO, MEDONO + ".002", List.of(MEDONO + ".002.003"), "Balai RW 002", null, null,
                ProposalKind.NON_FISIK, ProposalField.EKONOMI, item.id(), "Pelatihan batik warga",
                "Perajin belum menguasai pewarnaan alami", null, null, 20, "perajin", new BigDecimal("20"), "orang",
                null, null, null, null, null, null), "rt003.medono").id(), "rt003.medono");
        CatalogueEntry edited = catalogue.edit(item.id(), item.version(), new CatalogueItemDraft("BATIK-WARNA-ALAM",
                "Pelatihan batik cap", ProposalKind.NON_FISIK, ProposalField.EKONOMI, "paket",
                new BigDecimal("9000000"), "DINPERINAKER", "3.31", "7.01.03.2.02.0003", true, false, false, false),
                admin);
        catalogue.retire(edited.id(), edited.version(), "Digabung dengan pelatihan UMKM", admin);

        login("rt003.medono");
        UI.getCurrent().navigate("usulan/" + usulan.id());
        @SuppressWarnings("unchecked")
        ComboBox<id.musrenflow.proposal.CatalogueItem> chosen = _get(ComboBox.class, spec -> spec.withId("usulan-kamus"));
        assertThat(chosen.getValue().name()).isEqualTo("Pelatihan membatik bagi perajin rumahan");
        assertThat(chosen.getValue().unitCost()).isEqualByComparingTo("1250000");

        UsulanContextPanel panel = new UsulanContextPanel(proposals.detail(usulan.id()).orElseThrow(), proposals,
                List.of(), regions, opds, limits, labels);
        assertThat(_get(panel, Div.class, spec -> spec.withId("usulan-isian")).getElement().getTextRecursively())
                .contains("Pelatihan membatik bagi perajin rumahan (BATIK-WARNA-ALAM) · Rp 1.250.000 / orang",
                        "Rp 25.000.000")
                .doesNotContain("Pelatihan batik cap");
    }

    @Test
    void on_a_phone_the_grid_keeps_name_unit_cost_and_status() {
        catalogue.add(base + 5, paving(135_000), users.loadUserByUsername("admin.bappeda"));
        open("admin.bappeda", base + 5);
        MockBrowser.resizeWindow(390, 844);

        assertThat(grid().getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("nama", "harga", "status");
    }

    @Test
    void only_the_bappeda_admin_and_the_system_administrator_open_the_catalogue() {
        login("admin");
        UI.getCurrent().navigate("kamus-usulan");
        _assertOne(CatalogueView.class);

        for (String outsider : List.of("bappeda", "rt003.medono")) {
            login(outsider);
            UI.getCurrent().navigate("kamus-usulan");
            _assertNone(CatalogueView.class);
            _assertOne(ForbiddenView.class);
        }
    }

    private void open(String username, int year) {
        login(username);
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("kamus-usulan");
        assertThat(_get(CatalogueView.class).getPageTitle()).isEqualTo("Kamus usulan");
        _setValue(_get(IntegerField.class, spec -> spec.withId("kamus-tahun")), year);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<CatalogueEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("kamus-daftar"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Opd> opd() {
        return _get(ComboBox.class, spec -> spec.withId("kamus-opd"));
    }

    private static Opd opdNamed(String code) {
        return opd().getListDataView().getItems().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Classification> classification(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static Classification code(ComboBox<Classification> box, String code) {
        return box.getListDataView().getItems().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<ProposalKind> radio(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<ProposalField> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    private static byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Kamus");
            sheet.createRow(0).createCell(0).setCellValue("Kode");
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
