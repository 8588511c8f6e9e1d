package id.musrenflow.reference.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.KaribuTest;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.ui.ForbiddenView;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.MockBrowser;
import id.musrenflow.reference.Classification;
import id.musrenflow.reference.Opd;
import id.musrenflow.reference.OpdService;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tests share one database: each creates OPDs under its own UJI- code. */
class OpdAdminViewTest extends KaribuTest {

    @Autowired
    private OpdService opds;

    @Test
    void admin_creates_an_opd_with_a_bidang_and_edits_it() {
        openOpdAdmin("admin");

        _click(_get(Button.class, spec -> spec.withId("opd-add")));
        MultiSelectComboBox<Classification> box = fieldsBox();
        assertThat(box.getListDataView().getItems().map(box.getItemLabelGenerator()))
                .contains("1.03 Pekerjaan Umum dan Penataan Ruang")
                .doesNotContain("1 Urusan Pemerintahan Wajib yang Berkaitan dengan Pelayanan Dasar");
        _setValue(field("opd-code"), "UJI-DINAS");
        _setValue(field("opd-name"), "Dinas Uji Coba");
        _setValue(field("opd-short-name"), "Dinas Uji");
        _setValue(fieldsBox(), Set.of(bidang("1.03")));
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        _assertNone(OpdDialog.class);
        assertThat(opds.find("UJI-DINAS")).get().extracting(Opd::name, Opd::fields, Opd::active)
                .containsExactly("Dinas Uji Coba", List.of("1.03"), true);
        Grid<Opd> grid = grid();
        int row = rowOf(grid, "UJI-DINAS");
        assertThat(GridKt._getFormattedRow(grid, row)).containsExactly("Dinas Uji", "Dinas Uji Coba", "UJI-DINAS",
                "1.03", "Aktif");

        GridKt._selectRow(grid, row);
        _click(_get(Button.class, spec -> spec.withId("opd-edit")));
        assertThat(field("opd-code").getValue()).isEqualTo("UJI-DINAS");
        assertThat(fieldsBox().getValue()).extracting(Classification::code).containsExactly("1.03");
        _setValue(field("opd-name"), "Dinas Uji Coba dan Perumahan");
        _setValue(fieldsBox(), Set.of(bidang("1.03"), bidang("1.04")));
        _setValue(_get(Checkbox.class, spec -> spec.withId("opd-active")), false);
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        _assertNone(OpdDialog.class);
        Opd edited = opds.find("UJI-DINAS").orElseThrow();
        assertThat(edited.name()).isEqualTo("Dinas Uji Coba dan Perumahan");
        assertThat(edited.fields()).containsExactly("1.03", "1.04");
        assertThat(edited.active()).isFalse();
        assertThat(GridKt._getFormattedRow(grid, rowOf(grid, "UJI-DINAS"))).containsExactly("Dinas Uji",
                "Dinas Uji Coba dan Perumahan", "UJI-DINAS", "1.03, 1.04", "Nonaktif");
    }

    @Test
    void invalid_code_shows_an_error_next_to_the_field_and_keeps_the_input() {
        openOpdAdmin("admin.bappeda");

        _click(_get(Button.class, spec -> spec.withId("opd-add")));
        _setValue(field("opd-code"), "dinas pupr!");
        _setValue(field("opd-name"), "Dinas Kode Salah");
        _setValue(field("opd-short-name"), "DKS");
        _setValue(fieldsBox(), Set.of(bidang("1.03")));
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        assertThat(_get(OpdDialog.class).isOpened()).isTrue();
        TextField code = field("opd-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage())
                .isEqualTo("Kode OPD hanya huruf besar, angka dan tanda hubung (2–30 karakter).");
        assertThat(code.getValue()).isEqualTo("dinas pupr!");
        assertThat(field("opd-name").getValue()).isEqualTo("Dinas Kode Salah");
        assertThat(fieldsBox().getValue()).extracting(Classification::code).containsExactly("1.03");
        assertThat(opds.list()).extracting(Opd::name).doesNotContain("Dinas Kode Salah");

        _setValue(code, "UJI-KODE-BENAR");
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        _assertNone(OpdDialog.class);
        assertThat(opds.find("UJI-KODE-BENAR")).get().extracting(Opd::name).isEqualTo("Dinas Kode Salah");
    }

    @Test
    void missing_bidang_and_a_code_in_use_are_shown_next_to_their_fields() {
        openOpdAdmin("admin");

        _click(_get(Button.class, spec -> spec.withId("opd-add")));
        _setValue(field("opd-code"), "DPUPR");
        _setValue(field("opd-name"), "Dinas Kembar");
        _setValue(field("opd-short-name"), "Kembar");
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        assertThat(fieldsBox().isInvalid()).isTrue();
        assertThat(fieldsBox().getErrorMessage()).isEqualTo("Pilih paling sedikit satu bidang urusan.");

        _setValue(fieldsBox(), Set.of(bidang("1.03")));
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        assertThat(fieldsBox().isInvalid()).isFalse();
        assertThat(field("opd-code").getErrorMessage()).isEqualTo("Kode OPD DPUPR sudah dipakai.");
        assertThat(_get(OpdDialog.class).isOpened()).isTrue();
    }

    @Test
    void two_administrators_editing_one_opd_the_second_save_is_refused_and_the_first_kept() {
        opds.save(new Opd(null, "UJI-BERSAMA", "Dinas Uji Bersama", "Uji Bersama", true, List.of("1.03"), 0), "admin");
        Opd readByFirst = opds.find("UJI-BERSAMA").orElseThrow();
        Opd readBySecond = opds.find("UJI-BERSAMA").orElseThrow();
        opds.save(new Opd(readByFirst.id(), "UJI-BERSAMA", "Dinas Uji Bersama (pertama)", "Uji Bersama", true,
                List.of("1.03"), readByFirst.version()), "admin");

        assertThatThrownBy(() -> opds.save(new Opd(readBySecond.id(), "UJI-BERSAMA", "Dinas Uji Bersama (kedua)",
                "Uji Bersama", true, List.of("1.04"), readBySecond.version()), "admin"))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("opd.error.diubah-bersamaan");
        assertThat(opds.find("UJI-BERSAMA")).get().extracting(Opd::name, Opd::fields)
                .containsExactly("Dinas Uji Bersama (pertama)", List.of("1.03"));
    }

    @Test
    void an_opd_maps_to_bidang_urusan_never_to_a_top_level_urusan() {
        assertThatThrownBy(() -> opds.save(new Opd(null, "UJI-INDUK", "Dinas Uji Induk", "Uji Induk", true,
                List.of("1"), 0), "admin"))
                .isInstanceOf(BusinessException.class).extracting("messageKey")
                .isEqualTo("opd.error.bukan-bidang-urusan");
        assertThat(opds.find("UJI-INDUK")).isEmpty();
    }

    @Test
    void filter_finds_opds_by_bidang_urusan() {
        openOpdAdmin("admin");

        _setValue(field("opd-filter"), "1.03");

        assertThat(GridKt._findAll(grid())).extracting(Opd::code).contains("DPUPR").doesNotContain("DINKES");
    }

    @Test
    void on_a_phone_the_grid_keeps_short_name_bidang_and_status() {
        openOpdAdmin("admin");
        Grid<Opd> grid = grid();

        MockBrowser.resizeWindow(390, 844);

        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("singkatan", "bidang", "status");
    }

    @Test
    void rt_head_does_not_get_the_opd_administration() {
        login("rt003.medono");
        UI.getCurrent().navigate("admin/opd");

        _assertNone(OpdAdminView.class);
        _assertOne(ForbiddenView.class);
    }

    private void openOpdAdmin(String username) {
        login(username);
        UI.getCurrent().navigate(OpdAdminView.class);
        assertThat(_get(OpdAdminView.class).getPageTitle()).isEqualTo("Perangkat daerah (OPD)");
    }

    private Classification bidang(String code) {
        return opds.fieldsOfGovernment().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<Classification> fieldsBox() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("opd-fields"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Opd> grid() {
        return _get(Grid.class, spec -> spec.withId("opd-grid"));
    }


    private static int rowOf(Grid<Opd> grid, String code) {
        List<String> codes = GridKt._findAll(grid).stream().map(Opd::code).toList();
        assertThat(codes).contains(code);
        return codes.indexOf(code);
    }
}
