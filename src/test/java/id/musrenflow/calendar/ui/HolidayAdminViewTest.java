package id.musrenflow.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.KaribuTest;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.ui.ForbiddenView;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.MockBrowser;
import id.musrenflow.calendar.Holiday;
import id.musrenflow.calendar.HolidayDraft;
import id.musrenflow.calendar.HolidayKind;
import id.musrenflow.calendar.HolidayService;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Bappeda admin's holiday screen, on a year two years ahead (in the year picker, without seeded holidays),
 * emptied through the service before each test: adding shows the day name and lowers the month's working days, a
 * refused entry is explained on its field with everything typed kept, changes and removals need a reason.
 */
class HolidayAdminViewTest extends KaribuTest {

    @Autowired
    private HolidayService holidays;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private Clock clock;

    private int year;
    private LocalDate augustMonday;

    @BeforeEach
    void emptyTheYear() {
        year = Year.now(clock).getValue() + 2;
        augustMonday = LocalDate.of(year, 8, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        AuthenticatedUser admin = users.loadUserByUsername("admin.bappeda");
        holidays.holidays(year).forEach(h -> holidays.remove(h, "dibersihkan sebelum uji", admin));
    }

    @Test
    void the_admin_adds_a_holiday_and_sees_its_day_name_and_one_working_day_less_in_its_month() {
        openScreen("admin.bappeda");
        assertThat(_get(Paragraph.class, spec -> spec.withId("kalender-kosong")).isVisible()).isTrue();
        int augustBefore = weekdaysOfAugust();
        assertThat(month(8)).isEqualTo("Agustus" + augustBefore + " hari kerja");

        _click(_get(Button.class, spec -> spec.withId("kalender-tambah")));
        _setValue(datePicker(), augustMonday);
        _setValue(field("kalender-nama"), "Hari Kemerdekaan RI");
        _setValue(kind(), HolidayKind.LIBUR_NASIONAL);
        _setValue(reason("kalender-alasan"), "SKB 3 Menteri");
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        _assertNone(HolidayDialog.class);
        assertThat(GridKt._getFormattedRow(grid(), 0)).containsExactly(
                IndonesianDates.longDate(augustMonday, IndonesianDates.INDONESIAN), "Senin", "Hari Kemerdekaan RI",
                "Libur nasional");
        assertThat(month(8)).isEqualTo("Agustus" + (augustBefore - 1) + " hari kerja");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("kalender-riwayat")).getElement()
                .getTextRecursively()).contains("admin.bappeda", "ditambahkan", "Alasan: SKB 3 Menteri");
    }

    @Test
    void a_date_outside_the_year_is_refused_on_the_date_field_and_everything_typed_stays() {
        openScreen("admin.bappeda");

        _click(_get(Button.class, spec -> spec.withId("kalender-tambah")));
        _setValue(datePicker(), LocalDate.of(year + 1, 1, 1));
        _setValue(field("kalender-nama"), "Tahun Baru Masehi");
        _setValue(kind(), HolidayKind.LIBUR_NASIONAL);
        _setValue(reason("kalender-alasan"), "SKB 3 Menteri");
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        assertThat(_get(HolidayDialog.class).isOpened()).isTrue();
        assertThat(datePicker().isInvalid()).isTrue();
        assertThat(datePicker().getErrorMessage()).isEqualTo("Tanggal harus di tahun " + year
                + ": Anda sedang mengubah daftar hari libur tahun " + year + ".");
        assertThat(datePicker().getValue()).isEqualTo(LocalDate.of(year + 1, 1, 1));
        assertThat(field("kalender-nama").getValue()).isEqualTo("Tahun Baru Masehi");
        assertThat(kind().getValue()).isEqualTo(HolidayKind.LIBUR_NASIONAL);
        assertThat(reason("kalender-alasan").getValue()).isEqualTo("SKB 3 Menteri");
        assertThat(holidays.holidays(year)).isEmpty();
        assertThat(holidays.holidays(year + 1)).extracting(Holiday::name).doesNotContain("Tahun Baru Masehi");

        _setValue(datePicker(), LocalDate.of(year, 1, 1));
        _setValue(reason("kalender-alasan"), " ");
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        assertThat(datePicker().isInvalid()).isFalse();
        assertThat(reason("kalender-alasan").isInvalid()).isTrue();
        assertThat(reason("kalender-alasan").getErrorMessage()).isEqualTo("Alasan wajib diisi.");
        assertThat(field("kalender-nama").getValue()).isEqualTo("Tahun Baru Masehi");

        _setValue(reason("kalender-alasan"), "SKB 3 Menteri");
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        _assertNone(HolidayDialog.class);
        assertThat(holidays.holidays(year)).extracting(Holiday::date, Holiday::name)
                .containsExactly(tuple(LocalDate.of(year, 1, 1), "Tahun Baru Masehi"));
    }

    @Test
    void the_admin_changes_and_removes_a_holiday_each_time_with_a_reason() {
        LocalDate october = LocalDate.of(year, 10, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
        holidays.add(year, new HolidayDraft(october, "Libur daerah", HolidayKind.LIBUR_DAERAH), "SK Wali Kota",
                users.loadUserByUsername("admin.bappeda"));
        openScreen("admin");

        GridKt._selectRow(grid(), 0);
        _click(_get(Button.class, spec -> spec.withId("kalender-ubah")));
        assertThat(datePicker().getValue()).isEqualTo(october);
        assertThat(kind().getValue()).isEqualTo(HolidayKind.LIBUR_DAERAH);
        _setValue(field("kalender-nama"), "Libur daerah Hari Jadi");
        _setValue(reason("kalender-alasan"), "Perubahan SK Wali Kota");
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        _assertNone(HolidayDialog.class);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Libur daerah Hari Jadi", "Libur daerah");

        GridKt._selectRow(grid(), 0);
        _click(_get(Button.class, spec -> spec.withId("kalender-hapus")));
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));
        assertThat(_get(RemoveHolidayDialog.class).isOpened()).isTrue();
        assertThat(reason("kalender-alasan-hapus").getErrorMessage()).isEqualTo("Alasan wajib diisi.");
        assertThat(holidays.holidays(year)).hasSize(1);

        _setValue(reason("kalender-alasan-hapus"), "SK Wali Kota dicabut");
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        _assertNone(RemoveHolidayDialog.class);
        assertThat(holidays.holidays(year)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("kalender-kosong")).isVisible()).isTrue();
        assertThat(_get(UnorderedList.class, spec -> spec.withId("kalender-riwayat")).getElement()
                .getTextRecursively()).contains("admin · dihapus", "Alasan: SK Wali Kota dicabut");
    }

    @Test
    void on_a_phone_the_list_keeps_date_name_and_kind() {
        holidays.add(year, new HolidayDraft(augustMonday, "Hari Kemerdekaan RI", HolidayKind.LIBUR_NASIONAL), "SKB",
                users.loadUserByUsername("admin.bappeda"));
        openScreen("admin.bappeda");

        MockBrowser.resizeWindow(390, 844);

        assertThat(grid().getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("tanggal", "nama", "jenis");
    }

    @Test
    void an_rt_head_does_not_get_the_holiday_screen() {
        login("rt003.medono");
        UI.getCurrent().navigate("hari-libur");

        _assertNone(HolidayAdminView.class);
        _assertOne(ForbiddenView.class);
    }

    @SuppressWarnings("unchecked")
    private void openScreen(String username) {
        login(username);
        useLocale(IndonesianDates.INDONESIAN);
        UI.getCurrent().navigate(HolidayAdminView.class);
        assertThat(_get(HolidayAdminView.class).getPageTitle()).isEqualTo("Hari libur dan hari kerja");
        _setValue(_get(ComboBox.class, spec -> spec.withId("kalender-tahun")), year);
    }

    private int weekdaysOfAugust() {
        LocalDate first = LocalDate.of(year, 8, 1);
        return (int) first.datesUntil(first.plusMonths(1)).filter(d -> d.getDayOfWeek().getValue() <= 5).count();
    }

    private static String month(int number) {
        return _get(Div.class, spec -> spec.withId("kalender-bulan-" + number)).getElement().getTextRecursively();
    }

    private static DatePicker datePicker() {
        return _get(DatePicker.class, spec -> spec.withId("kalender-tanggal"));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static TextArea reason(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<HolidayKind> kind() {
        return _get(Select.class, spec -> spec.withId("kalender-jenis"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Holiday> grid() {
        return _get(Grid.class, spec -> spec.withId("kalender-grid"));
    }
}
