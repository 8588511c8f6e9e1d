package id.musrenflow.danakelurahan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import id.musrenflow.KaribuTest;
import id.musrenflow.danakelurahan.LkkProgrammeService;
import id.musrenflow.danakelurahan.PaguService;
import id.musrenflow.region.Territory;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Bappeda admin's pagu entry: a figure that is not Rupiah is explained and kept; a valid one is stored. */
class PaguViewTest extends KaribuTest {

    @Autowired
    private PaguService pagu;
    @Autowired
    private LkkProgrammeService programmes;

    @Test
    @SuppressWarnings("unchecked")
    void the_admin_enters_a_pagu_and_a_wrong_figure_is_explained_and_kept() {
        login("admin.bappeda");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("pagu-dana-kelurahan");
        ComboBox<Territory> place = _get(ComboBox.class, spec -> spec.withId("pagu-kelurahan"));
        Territory medono = place.getListDataView().getItems().filter(t -> t.code().equals("33.75.01.1002"))
                .findFirst().orElseThrow();
        _setValue(place, medono);
        TextField amount = _get(TextField.class, spec -> spec.withId("pagu-nilai"));

        _setValue(amount, "satu milyar");
        _click(_get(Button.class, spec -> spec.withId("pagu-simpan")));
        assertThat(amount.getErrorMessage())
                .isEqualTo("Pagu harus berupa Rupiah bulat antara Rp 0 dan Rp 100.000.000.000.");
        assertThat(amount.getValue()).isEqualTo("satu milyar");

        _setValue(amount, "-5.000.000");
        _click(_get(Button.class, spec -> spec.withId("pagu-simpan")));
        assertThat(amount.isInvalid()).as("a negative pagu is marked on the field").isTrue();
        assertThat(amount.getErrorMessage())
                .isEqualTo("Pagu harus berupa Rupiah bulat antara Rp 0 dan Rp 100.000.000.000.");
        assertThat(amount.getValue()).isEqualTo("-5.000.000");

        // typed without dots, read back grouped, so a missing or extra zero shows
        _setValue(amount, "950000000");
        assertThat(amount.getValue()).isEqualTo("950.000.000");
        _click(_get(Button.class, spec -> spec.withId("pagu-simpan")));
        assertThat(pagu.summary(programmes.planningYear(), "33.75.01.1002").pagu()).isEqualByComparingTo("950000000");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_admin_imports_the_budget_offices_workbook_and_a_wrong_row_keeps_everything_as_it_was() throws Exception {
        int year = programmes.planningYear() - 1;
        login("admin.bappeda");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("pagu-dana-kelurahan");
        _setValue(_get(ComboBox.class, spec -> spec.withId("pagu-tahun")), year);
        assertThat(_get(Anchor.class, spec -> spec.withId("pagu-templat")).getText())
                .isEqualTo("Unduh templat pagu " + year);
        Upload upload = _get(Upload.class, spec -> spec.withId("pagu-unggah"));
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Lepaskan berkas di sini");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("Berkas terlalu besar.");

        UploadKt._upload(upload, "pagu.xlsx", PaguView.XLSX, workbook("33.75.01.1002", "Rp 880.000.000",
                "33.75.09.9999", "900000000"));
        assertThat(_get(Div.class, spec -> spec.withId("pagu-impor-hasil")).getElement().getTextRecursively())
                .contains("Tidak ada pagu yang disimpan", "Baris 3: kode 33.75.09.9999 bukan kelurahan aktif");
        assertThat(pagu.summary(year, "33.75.01.1002").pagu()).isZero();

        UploadKt._upload(upload, "pagu.xlsx", PaguView.XLSX, workbook("33.75.01.1002", "Rp 880.000.000",
                "33.75.01.1003", "910000000"));
        assertThat(_get(Div.class, spec -> spec.withId("pagu-impor-hasil")).getElement().getTextRecursively())
                .isEqualTo("2 pagu kelurahan tersimpan untuk tahun " + year + ".");
        assertThat(pagu.summary(year, "33.75.01.1002").pagu()).isEqualByComparingTo("880000000");
        assertThat(pagu.summary(year, "33.75.01.1003").pagu()).isEqualByComparingTo("910000000");
    }

    /** A filled-in template: code in column A, pagu as text in column D, from the second row on. */
    private static byte[] workbook(String... codesAndPagu) throws java.io.IOException {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Pagu");
            sheet.createRow(0).createCell(0).setCellValue("Kode kelurahan");
            for (int i = 0; i < codesAndPagu.length; i += 2) {
                var row = sheet.createRow(i / 2 + 1);
                row.createCell(0).setCellValue(codesAndPagu[i]);
                row.createCell(3).setCellValue(codesAndPagu[i + 1]);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
