package id.musrenflow.danakelurahan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
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

        _setValue(amount, "950.000.000");
        _click(_get(Button.class, spec -> spec.withId("pagu-simpan")));
        assertThat(pagu.summary(programmes.planningYear(), "33.75.01.1002").pagu()).isEqualByComparingTo("950000000");
    }
}
