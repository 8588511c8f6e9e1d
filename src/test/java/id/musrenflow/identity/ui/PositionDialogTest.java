package id.musrenflow.identity.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserAccount;
import id.musrenflow.region.Territory;
import id.musrenflow.region.ui.TerritoryPicker;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PositionDialogTest extends UserAdminTesting {

    private static final String MEDONO = "33.75.01.1002";

    @Test
    void admin_makes_a_new_user_ketua_rt_of_an_rt_chosen_in_the_picker() {
        existingUser("uji.rt", "Joko Susilo");
        openAsAdmin();
        UserDetailDialog detail = openUser("uji.rt");
        PositionDialog dialog = openPositionDialog(detail);

        choose(dialog, PositionType.KETUA_RT);
        TerritoryPicker picker = _get(dialog, TerritoryPicker.class);
        assertThat(_find(picker, ComboBox.class).stream().filter(Component::isVisible).map(ComboBox::getLabel))
                .containsExactly("Kecamatan", "Kelurahan", "RW", "RT");
        pickTerritory(picker, "Pekalongan Barat", "Podosugih", "RW 003", "RT 002");
        assertThat(picker.getValue()).isEqualTo("33.75.01.1003.003.002");
        assertThat(_get(dialog, DatePicker.class, spec -> spec.withId("position-start")).getValue())
                .isEqualTo(users.today());
        _click(button(dialog, "dialog-save"));

        _assertNone(PositionDialog.class);
        assertThat(positionLabels(detail)).containsExactly("Ketua RT 002 / RW 003 Podosugih");
        assertThat(_getFormatted(usersGrid(), 0, "jabatan")).isEqualTo("Ketua RT 002 / RW 003 Podosugih");
        assertThat(users.activePositions("uji.rt")).extracting(Position::groupId)
                .containsExactly("ketua-rt:33.75.01.1003.003.002");
    }

    @Test
    void a_second_definitive_lurah_of_medono_is_refused_but_an_acting_one_with_an_end_date_is_accepted() {
        existingUser("uji.lurah", "Hadi Purnomo, S.STP");
        openAsAdmin();
        UserDetailDialog detail = openUser("uji.lurah");
        PositionDialog dialog = openPositionDialog(detail);

        choose(dialog, PositionType.LURAH);
        TerritoryPicker picker = _get(dialog, TerritoryPicker.class);
        assertThat(_find(picker, ComboBox.class).stream().filter(Component::isVisible).map(ComboBox::getLabel))
                .containsExactly("Kecamatan", "Kelurahan");
        pickTerritory(picker, "Pekalongan Barat", "Medono");
        _setValue(_get(dialog, TextArea.class, spec -> spec.withId("position-note")), "SK Wali Kota");
        _click(button(dialog, "dialog-save"));

        assertThat(refusal(dialog)).isEqualTo(translate("jabatan.error.sudah-terisi"))
                .startsWith("Jabatan ini sudah dipegang pejabat definitif");
        assertThat(_get(PositionDialog.class)).isSameAs(dialog);
        assertThat(picker.getValue()).isEqualTo(MEDONO);
        assertThat(_get(dialog, Select.class, spec -> spec.withId("position-type")).getValue())
                .isEqualTo(PositionType.LURAH);
        assertThat(_get(dialog, TextArea.class, spec -> spec.withId("position-note")).getValue())
                .isEqualTo("SK Wali Kota");
        assertThat(users.findUser("uji.lurah").orElseThrow().positions()).isEmpty();

        LocalDate end = users.today().plusDays(60);
        _setValue(_get(dialog, Select.class, spec -> spec.withId("position-status")), PositionStatus.PLT);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withId("position-end")), end);
        _click(button(dialog, "dialog-save"));

        _assertNone(PositionDialog.class);
        assertThat(positionLabels(detail))
                .containsExactly("Lurah · Medono (Plt. s.d. " + IndonesianDates.longDate(end, IndonesianDates.INDONESIAN)
                        + ")");
        assertThat(users.membersOf("lurah:" + MEDONO)).contains("lurah.medono", "uji.lurah");
    }

    @Test
    void an_acting_position_without_an_end_date_is_refused() {
        existingUser("uji.plh", "Rudi Hartono");
        openAsAdmin();
        PositionDialog dialog = openPositionDialog(openUser("uji.plh"));
        choose(dialog, PositionType.CAMAT);
        pickTerritory(_get(dialog, TerritoryPicker.class), "Pekalongan Utara");
        _setValue(_get(dialog, Select.class, spec -> spec.withId("position-status")), PositionStatus.PLH);
        _click(button(dialog, "dialog-save"));

        assertThat(refusal(dialog)).isEqualTo("Jabatan Plt./Plh. harus punya tanggal selesai.");
        assertThat(_get(dialog, TerritoryPicker.class).getValue()).isEqualTo("33.75.03");
    }

    @Test
    void an_opd_verifier_is_chosen_from_the_active_opds_without_a_territory() {
        existingUser("uji.opd", "Nina Kurniasih");
        openAsAdmin();
        UserDetailDialog detail = openUser("uji.opd");
        PositionDialog dialog = openPositionDialog(detail);
        choose(dialog, PositionType.VERIFIKATOR_OPD);

        _assertNone(dialog, TerritoryPicker.class);
        _assertNone(dialog, TextField.class,
                spec -> spec.withId("position-organisation"));
        selectByLabel(_get(dialog, ComboBox.class, spec -> spec.withId("position-opd")), "Dinkes – Dinas Kesehatan");
        _click(button(dialog, "dialog-save"));

        _assertNone(PositionDialog.class);
        assertThat(positionLabels(detail)).containsExactly("Verifikator OPD · Dinkes");
    }

    @Test
    void ending_a_position_needs_a_reason_and_keeps_it_in_the_history() {
        UserAccount user = existingUser("uji.staf", "Lina Marlina");
        LocalDate today = users.today();
        users.addPosition(user.id(), new NewPosition(PositionType.STAF_KELURAHAN, MEDONO, null,
                PositionStatus.DEFINITIF, today.minusDays(10), null, null), "uji");
        openAsAdmin();
        UserDetailDialog detail = openUser("uji.staf");
        _click(_get(detail, Button.class, spec -> spec.withClasses("mf-users-end-position")));
        EndPositionDialog dialog = _get(EndPositionDialog.class);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withId("end-position-last-day")), today.minusDays(1));
        _click(button(dialog, "dialog-save"));

        assertThat(refusal(dialog)).isEqualTo("Alasan wajib diisi.");
        assertThat(users.activePositions("uji.staf")).hasSize(1);

        _setValue(_get(dialog, TextArea.class, spec -> spec.withId("end-position-reason")), "Mutasi ke Kecamatan");
        _click(button(dialog, "dialog-save"));

        _assertNone(EndPositionDialog.class);
        assertThat(users.activePositions("uji.staf")).isEmpty();
        assertThat(users.findUser("uji.staf").orElseThrow().positions()).extracting(Position::end)
                .containsExactly(today.minusDays(1));
        _assertNone(detail, Button.class, spec -> spec.withClasses("mf-users-end-position"));
        assertThat(_get(detail, PositionsSection.class).getElement().getTextRecursively()).contains("Berakhir");
        assertThat(_getFormatted(usersGrid(), 0, "jabatan")).isEmpty();
        assertThat(_get(detail, HistorySection.class).getElement().getTextRecursively())
                .contains("Jabatan diakhiri", "Mutasi ke Kecamatan");
    }

    @Test
    void dates_are_written_the_indonesian_way_with_month_names_in_the_user_language() {
        existingUser("uji.tanggal", "Yanti Susanti");
        openAsAdmin();
        PositionDialog dialog = openPositionDialog(openUser("uji.tanggal"));
        DatePicker.DatePickerI18n i18n = _get(dialog, DatePicker.class, spec -> spec.withId("position-start")).getI18n();
        assertThat(i18n.getDateFormats()).containsExactly("dd/MM/yyyy");
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("Januari", "Februari").endsWith("Desember");
        assertThat(i18n.getWeekdays()).hasSize(7).startsWith("Minggu");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        _click(button(dialog, "dialog-cancel"));

        useLocale(Locale.ENGLISH);
        DatePicker.DatePickerI18n english = _get(openPositionDialog(_get(UserDetailDialog.class)), DatePicker.class,
                spec -> spec.withId("position-end")).getI18n();
        assertThat(english.getDateFormats()).containsExactly("dd/MM/yyyy");
        assertThat(english.getMonthNames()).startsWith("January").endsWith("December");
        assertThat(english.getWeekdaysShort()).startsWith("Sun", "Mon");
    }

    private PositionDialog openPositionDialog(UserDetailDialog detail) {
        _click(button(detail, "add-position"));
        return _get(PositionDialog.class);
    }

    @SuppressWarnings("unchecked")
    private static void choose(PositionDialog dialog, PositionType type) {
        _setValue(_get(dialog, Select.class, spec -> spec.withId("position-type")), type);
    }

    /** Chooses from the top level down, as many levels as are given. */
    @SuppressWarnings("unchecked")
    private static void pickTerritory(TerritoryPicker picker, String... labels) {
        List<ComboBox<Territory>> boxes = _find(picker, ComboBox.class).stream()
                .map(box -> (ComboBox<Territory>) box).toList();
        for (int i = 0; i < labels.length; i++) {
            selectByLabel(boxes.get(i), labels[i]);
        }
    }

    private static List<String> positionLabels(UserDetailDialog detail) {
        return _find(detail, Span.class, spec -> spec.withClasses("mf-users-position-label")).stream()
                .map(Span::getText).toList();
    }
}
