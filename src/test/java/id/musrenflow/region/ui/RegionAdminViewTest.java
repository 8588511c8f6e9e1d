package id.musrenflow.region.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.KaribuTest;
import id.musrenflow.base.ui.ForbiddenView;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.MockBrowser;
import id.musrenflow.identity.ui.HomeView;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tests share one database: each works on its own RT numbers (900 and up) under RW 002 Medono. */
class RegionAdminViewTest extends KaribuTest {

    private static final String RW_002_MEDONO = "33.75.01.1002.002";
    private static final String RT_003_HELD_BY_RT_HEAD = RW_002_MEDONO + ".003";

    @Autowired
    private RegionService regions;

    @Test
    void admin_adds_an_rt_under_rw_002_medono_and_it_appears_in_the_grid() {
        Grid<Territory> rts = openRw002Medono("admin");
        long rtsBefore = rtCountShownForRw002();

        _click(_get(Button.class, spec -> spec.withId("rt-add")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("territory-number")), 901);
        _setValue(_get(TextField.class, spec -> spec.withId("territory-label")), "Kampung Batik");
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        _assertNone(AddTerritoryDialog.class);
        int row = rowOf(rts, RW_002_MEDONO + ".901");
        assertThat(GridKt._getFormatted(rts, row, "nomor")).isEqualTo("901");
        assertThat(GridKt._getFormatted(rts, row, "nama")).isEqualTo("Kampung Batik");
        assertThat(GridKt._getFormatted(rts, row, "status")).isEqualTo("Aktif");
        assertThat(rtCountShownForRw002()).isEqualTo(rtsBefore + 1);
    }

    @Test
    void a_taken_number_is_shown_next_to_the_field_and_the_dialog_keeps_the_input() {
        openRw002Medono("admin.bappeda");

        _click(_get(Button.class, spec -> spec.withId("rt-add")));
        IntegerField number = _get(IntegerField.class, spec -> spec.withId("territory-number"));
        _setValue(number, 1);
        _setValue(_get(TextField.class, spec -> spec.withId("territory-label")), "Gang Melati");
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        assertThat(_get(AddTerritoryDialog.class).isOpened()).isTrue();
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).isEqualTo("Nomor 001 sudah dipakai di wilayah ini.");
        assertThat(number.getValue()).isEqualTo(1);
        assertThat(_get(TextField.class, spec -> spec.withId("territory-label")).getValue()).isEqualTo("Gang Melati");
    }

    @Test
    void admin_renames_an_rt() {
        regions.addChild(RW_002_MEDONO, 902, null, "test");
        Grid<Territory> rts = openRw002Medono("admin");
        GridKt._selectRow(rts, rowOf(rts, RW_002_MEDONO + ".902"));

        _click(_get(Button.class, spec -> spec.withId("rt-rename")));
        TextField name = _get(TextField.class, spec -> spec.withId("territory-name"));
        assertThat(name.getValue()).isEqualTo("RT 902");
        _setValue(name, "Gang Mawar");
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        _assertNone(RenameTerritoryDialog.class);
        assertThat(GridKt._getFormatted(rts, rowOf(rts, RW_002_MEDONO + ".902"), "nama")).isEqualTo("Gang Mawar");
        assertThat(regions.get(RW_002_MEDONO + ".902").name()).isEqualTo("Gang Mawar");
    }

    @Test
    void deactivation_requires_a_reason_and_the_dialog_keeps_what_was_typed() {
        String code = regions.addChild(RW_002_MEDONO, 903, null, "test").code();
        Grid<Territory> rts = openRw002Medono("admin");
        GridKt._selectRow(rts, rowOf(rts, code));

        _click(_get(Button.class, spec -> spec.withId("rt-toggle-active")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("deactivation-reason"));
        _setValue(reason, "   ");
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        assertThat(_get(DeactivateTerritoryDialog.class).isOpened()).isTrue();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Alasan wajib diisi.");
        assertThat(reason.getValue()).isEqualTo("   ");
        assertThat(regions.get(code).active()).isTrue();

        _setValue(reason, "Digabung dengan RT 001");
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        _assertNone(DeactivateTerritoryDialog.class);
        assertThat(regions.get(code).active()).isFalse();
        assertThat(GridKt._getFormatted(rts, rowOf(rts, code), "status")).isEqualTo("Nonaktif");
        Button toggle = _get(Button.class, spec -> spec.withId("rt-toggle-active"));
        assertThat(toggle.getText()).isEqualTo("Aktifkan kembali");

        _click(toggle);
        assertThat(regions.get(code).active()).isTrue();
        assertThat(GridKt._getFormatted(rts, rowOf(rts, code), "status")).isEqualTo("Aktif");
    }

    @Test
    void deleting_an_rt_held_by_a_position_is_refused_with_the_translated_message() {
        Grid<Territory> rts = openRw002Medono("admin");
        GridKt._selectRow(rts, rowOf(rts, RT_003_HELD_BY_RT_HEAD));
        NotificationsKt.clearNotifications();

        _click(_get(Button.class, spec -> spec.withId("rt-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(notificationTexts()).containsExactly(
                "RT 003 masih dirujuk oleh data lain sehingga tidak dapat dihapus. Nonaktifkan saja.");
        assertThat(regions.find(RT_003_HELD_BY_RT_HEAD)).isPresent();
        assertThat(GridKt._findAll(rts)).extracting(Territory::code).contains(RT_003_HELD_BY_RT_HEAD);
    }

    @Test
    void the_refusal_is_told_in_the_language_of_the_administrator() {
        login("admin");
        useLocale(Locale.ENGLISH);
        Grid<Territory> rts = openRw002Medono();
        GridKt._selectRow(rts, rowOf(rts, RT_003_HELD_BY_RT_HEAD));
        NotificationsKt.clearNotifications();

        _click(_get(Button.class, spec -> spec.withId("rt-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(notificationTexts()).containsExactly(
                "RT 003 is still referenced by other records and cannot be deleted. Deactivate it instead.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void on_a_phone_the_rw_grid_leaves_out_the_rt_count() {
        openRw002Medono("admin");
        Grid<Territory> rws = _get(Grid.class, spec -> spec.withId("rw-grid"));
        Grid.Column<Territory> rtCount = rws.getColumnByKey("jumlah-rt");
        assertThat(rtCount.isVisible()).isTrue();

        MockBrowser.resizeWindow(390, 844);
        assertThat(rtCount.isVisible()).isFalse();
        assertThat(rws.getColumnByKey("nama").isVisible()).isTrue();

        MockBrowser.resizeWindow(1280, 800);
        assertThat(rtCount.isVisible()).isTrue();
    }

    @Test
    void deleting_a_freshly_added_rt_works() {
        Grid<Territory> rts = openRw002Medono("admin");
        _click(_get(Button.class, spec -> spec.withId("rt-add")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("territory-number")), 904);
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));
        String code = RW_002_MEDONO + ".904";
        assertThat(GridKt._findAll(rts)).extracting(Territory::code).contains(code);

        // the new RT is selected after adding it
        _click(_get(Button.class, spec -> spec.withId("rt-delete")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Hapus RT 904 / RW 002 Medono?");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(regions.find(code)).isEmpty();
        assertThat(GridKt._findAll(rts)).extracting(Territory::code).doesNotContain(code);
    }

    @Test
    void rt_head_does_not_get_the_region_administration() {
        login("rt003.medono");
        UI.getCurrent().navigate("admin/wilayah");

        _assertNone(RegionAdminView.class);
        _assertOne(ForbiddenView.class);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(navigationLabels()).contains("Beranda").doesNotContain("Wilayah RW dan RT");
    }

    @Test
    void bappeda_administrator_finds_the_view_in_the_navigation() {
        login("admin.bappeda");
        UI.getCurrent().navigate("admin/wilayah");

        _assertOne(RegionAdminView.class);
        assertThat(navigationLabels()).contains("Wilayah RW dan RT");
        assertThat(_get(RegionAdminView.class).getPageTitle()).isEqualTo("Wilayah RW dan RT");
    }

    private Grid<Territory> openRw002Medono(String username) {
        login(username);
        return openRw002Medono();
    }

    @SuppressWarnings("unchecked")
    private Grid<Territory> openRw002Medono() {
        UI.getCurrent().navigate(RegionAdminView.class);
        ComboBoxKt.selectByLabel(_get(Select.class, spec -> spec.withId("kecamatan")), "Pekalongan Barat");
        ComboBoxKt.selectByLabel(_get(Select.class, spec -> spec.withId("kelurahan")), "Medono");
        Grid<Territory> rws = _get(Grid.class, spec -> spec.withId("rw-grid"));
        GridKt._selectRow(rws, rowOf(rws, RW_002_MEDONO));
        return _get(Grid.class, spec -> spec.withId("rt-grid"));
    }

    @SuppressWarnings("unchecked")
    private long rtCountShownForRw002() {
        Grid<Territory> rws = _get(Grid.class, spec -> spec.withId("rw-grid"));
        return Long.parseLong(GridKt._getFormatted(rws, rowOf(rws, RW_002_MEDONO), "jumlah-rt"));
    }

    private static int rowOf(Grid<Territory> grid, String code) {
        List<String> codes = GridKt._findAll(grid).stream().map(Territory::code).toList();
        assertThat(codes).contains(code);
        return codes.indexOf(code);
    }


    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    private static List<String> navigationLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
