package id.musrenflow.season.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import id.musrenflow.KaribuTest;
import id.musrenflow.TestTime;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.season.SeasonService;
import id.musrenflow.season.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The season screens as their readers use them: the admin opens the next season from this one's template (a date
 * out of order is marked on its field and nothing typed is lost), extends a window only with a reason; everyone sees
 * the current stage in the top bar and residents read the calendar without signing in.
 */
class SeasonViewsTest extends KaribuTest {

    @Autowired
    private SeasonService seasons;

    private static DatePicker date(String id) {
        return _get(DatePicker.class, spec -> spec.withId(id));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void the_admin_opens_the_next_season_from_this_ones_template_and_a_wrong_date_stays_on_its_field() {
        int next = TestTime.PLANNING_YEAR + 1;
        login("admin.bappeda");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("musim-perencanaan");

        // this season was opened on the default calendar: its dates come again a year later
        assertThat(date("mulai-USULAN").getValue()).isEqualTo(LocalDate.of(TestTime.YEAR + 1, 1, 2));
        assertThat(date("selesai-MUSRENBANG_KOTA").getValue()).isEqualTo(LocalDate.of(TestTime.YEAR + 1, 4, 30));
        LocalDate wrong = LocalDate.of(TestTime.YEAR + 1, 1, 10);
        _setValue(date("selesai-REMBUK_RW"), wrong);
        _click(_get(Button.class, spec -> spec.withId("musim-buka-simpan")));

        assertThat(date("selesai-REMBUK_RW").isInvalid()).isTrue();
        assertThat(date("selesai-REMBUK_RW").getErrorMessage()).isEqualTo("Tahap ini tidak boleh berakhir sebelum "
                + "Usulan RT/RW berakhir (15 Januari " + (TestTime.YEAR + 1) + ").");
        assertThat(date("selesai-REMBUK_RW").getValue()).isEqualTo(wrong);
        assertThat(notifications()).contains("Periksa 1 isian yang ditandai.");
        assertThat(seasons.season(next)).isEmpty();

        _setValue(date("selesai-REMBUK_RW"), LocalDate.of(TestTime.YEAR + 1, 1, 24));
        _click(_get(Button.class, spec -> spec.withId("musim-buka-simpan")));

        assertThat(seasons.season(next)).isPresent();
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("musim-" + next))).hasSize(1);
        assertThat(seasons.planningYear()).isEqualTo(TestTime.PLANNING_YEAR);
    }

    @Test
    void an_extension_without_a_reason_is_refused_on_the_field_and_the_date_typed_is_kept() {
        login("admin.bappeda");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("musim-perencanaan");
        int year = TestTime.PLANNING_YEAR;
        com.vaadin.flow.component.html.Div card = _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("musim-" + year));
        _click(_get(card, Button.class, spec -> spec.withId("perpanjang-MUSRENBANG_KOTA")));
        // the demo season's windows already end on 31 December: no later day of the year is left
        LocalDate lastDay = LocalDate.of(TestTime.YEAR, 12, 31);
        _setValue(date("musim-perpanjang-tanggal"), lastDay);
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));

        TextArea reason = _get(TextArea.class, spec -> spec.withId("musim-perpanjang-alasan"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Tuliskan alasan perpanjangan.");
        assertThat(date("musim-perpanjang-tanggal").getValue()).isEqualTo(lastDay);

        _setValue(reason, "Jadwal Wali Kota bergeser");
        _click(_get(Button.class, spec -> spec.withId(FormDialog.SAVE_ID)));
        DatePicker newEnd = date("musim-perpanjang-tanggal");
        assertThat(reason.isInvalid()).isFalse();
        assertThat(newEnd.isInvalid()).isTrue();
        assertThat(newEnd.getErrorMessage()).isEqualTo("Tanggal baru harus setelah tanggal selesai sekarang "
                + "(31 Desember " + TestTime.YEAR + ").");
        assertThat(newEnd.getValue()).isEqualTo(lastDay);
        assertThat(reason.getValue()).isEqualTo("Jadwal Wali Kota bergeser");
        assertThat(seasons.season(year).orElseThrow().window(Stage.MUSRENBANG_KOTA).end()).isEqualTo(lastDay);
    }

    @Test
    void a_planner_sees_the_seasons_but_cannot_open_one() {
        login("bappeda");
        UI.getCurrent().navigate("musim-perencanaan");

        assertThat(_find(Button.class, spec -> spec.withId("musim-buka-simpan"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("perpanjang-USULAN"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("musim-tutup-" + TestTime.PLANNING_YEAR))).hasSize(1);
    }

    @Test
    void everyone_sees_the_current_stage_and_its_end_in_the_top_bar() {
        login("rt003.medono");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("");

        assertThat(_get(Anchor.class, spec -> spec.withId("musim-tahap")).getText())
                .isEqualTo("Musim " + TestTime.PLANNING_YEAR + " · Usulan RT/RW s.d. 31 Desember " + TestTime.YEAR);
    }

    @Test
    void residents_read_the_calendar_without_signing_in() {
        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("kalender-musrenbang");

        assertThat(_get(Paragraph.class, spec -> spec.withId("musim-sekarang")).getText())
                .isEqualTo("Season " + TestTime.PLANNING_YEAR + " · RT/RW proposals until 31 December " + TestTime.YEAR);
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withId("jendela-MUSRENBANG_KOTA")))
                .singleElement().satisfies(line -> assertThat(line.getElement().getTextRecursively())
                        .contains("City musrenbang (RKPD)", "1 April " + TestTime.YEAR, "Extended from 30 April"));
    }
}
