package id.musrenflow.danakelurahan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import id.musrenflow.KaribuTest;
import id.musrenflow.danakelurahan.LkkProgrammeService;
import id.musrenflow.danakelurahan.ProgrammeTheme;
import id.musrenflow.danakelurahan.ThemeSplitService;
import id.musrenflow.identity.security.LoginAttempts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Bappeda admin's theme split for a year: a sum other than 100 % is refused with the sum named and nothing
 * typed is lost, a share outside 0–100 is marked on its field, a correct split is stored with who changed it, and
 * emptying every field leaves the year without a split. Nobody else may change it.
 */
class ThemeSplitViewTest extends KaribuTest {

    @Autowired
    private ThemeSplitService splits;
    @Autowired
    private LkkProgrammeService programmes;
    @Autowired
    private LoginAttempts users;

    private static BigDecimalField field(ProgrammeTheme theme) {
        return _get(BigDecimalField.class, spec -> spec.withId("tema-" + theme.name().toLowerCase(Locale.ROOT)));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_admin_sets_a_split_that_adds_up_to_100_and_mistakes_are_explained() {
        int year = programmes.planningYear() + 1;
        login("admin.bappeda");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("pembagian-tema-lkk");
        _setValue(_get(ComboBox.class, spec -> spec.withId("tema-tahun")), year);
        Span sum = _get(Span.class, spec -> spec.withId("tema-jumlah"));
        assertThat(sum.getText()).isEqualTo("Belum ada pembagian tema untuk tahun ini.");

        _setValue(field(ProgrammeTheme.STUNTING), new BigDecimal("40"));
        _setValue(field(ProgrammeTheme.BANK_SAMPAH), new BigDecimal("20"));
        _setValue(field(ProgrammeTheme.UMKM), new BigDecimal("35.5"));
        assertThat(sum.getText()).isEqualTo("Jumlah: 95,5 %");
        assertThat(sum.getClassNames()).contains("mf-warning");
        _click(_get(Button.class, spec -> spec.withId("tema-simpan")));
        assertThat(notifications()).contains("Jumlah pembagian harus tepat 100 % (sekarang 95,5 %), atau kosongkan "
                + "semua untuk tahun tanpa pembagian.");
        assertThat(field(ProgrammeTheme.UMKM).getValue()).isEqualByComparingTo("35.5");
        assertThat(splits.split(year)).isEmpty();

        _setValue(field(ProgrammeTheme.KRPPA), new BigDecimal("-4.5"));
        _click(_get(Button.class, spec -> spec.withId("tema-simpan")));
        assertThat(field(ProgrammeTheme.KRPPA).isInvalid()).isTrue();
        assertThat(field(ProgrammeTheme.KRPPA).getErrorMessage())
                .isEqualTo("Persentase harus angka antara 0 dan 100 dengan paling banyak dua desimal.");
        assertThat(field(ProgrammeTheme.KRPPA).getValue()).isEqualByComparingTo("-4.5");

        _setValue(field(ProgrammeTheme.KRPPA), new BigDecimal("4.5"));
        assertThat(sum.getText()).isEqualTo("Jumlah: 100 %");
        _click(_get(Button.class, spec -> spec.withId("tema-simpan")));
        assertThat(splits.split(year)).containsOnly(Map.entry(ProgrammeTheme.STUNTING, new BigDecimal("40.00")),
                Map.entry(ProgrammeTheme.BANK_SAMPAH, new BigDecimal("20.00")),
                Map.entry(ProgrammeTheme.UMKM, new BigDecimal("35.50")),
                Map.entry(ProgrammeTheme.KRPPA, new BigDecimal("4.50")));
        String history = _get(UnorderedList.class, spec -> spec.withId("tema-riwayat")).getElement()
                .getTextRecursively();
        assertThat(history).contains("admin.bappeda", "STUNTING 40 %", "KRPPA 4.5 %");

        for (ProgrammeTheme theme : ProgrammeTheme.values()) {
            _setValue(field(theme), null);
        }
        _click(_get(Button.class, spec -> spec.withId("tema-simpan")));
        assertThat(splits.split(year)).isEmpty();
        assertThat(splits.history(year)).hasSize(2);
    }

    @Test
    void only_the_bappeda_admin_may_change_the_split() {
        int year = programmes.planningYear() + 1;
        assertThatThrownBy(() -> splits.save(year, Map.of(ProgrammeTheme.UMKM, new BigDecimal("100")),
                users.loadUserByUsername("lurah.medono")))
                .extracting("messageKey").isEqualTo("dana.tema.error.bukan-untuk-anda");
        assertThatThrownBy(() -> splits.save(year, Map.of(ProgrammeTheme.UMKM, new BigDecimal("100.001")),
                users.loadUserByUsername("admin.bappeda")))
                .extracting("messageKey").isEqualTo("dana.tema.error.persen");
        assertThat(splits.split(year)).isEmpty();
    }
}
