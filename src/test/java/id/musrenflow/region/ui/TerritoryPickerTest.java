package id.musrenflow.region.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import id.musrenflow.KaribuTest;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TerritoryPickerTest extends KaribuTest {

    @Autowired
    private RegionService regions;

    private TerritoryPicker picker;

    @BeforeEach
    void addPicker() {
        login("admin");
        picker = new TerritoryPicker(regions);
        UI.getCurrent().add(picker);
    }

    @Test
    void shows_only_the_levels_down_to_the_target_level() {
        picker.setTargetLevel(Level.KECAMATAN);
        assertThat(visibleLevels()).containsExactly("Kecamatan");

        picker.setTargetLevel(Level.KELURAHAN);
        assertThat(visibleLevels()).containsExactly("Kecamatan", "Kelurahan");

        picker.setTargetLevel(Level.RT);
        assertThat(visibleLevels()).containsExactly("Kecamatan", "Kelurahan", "RW", "RT");
    }

    @Test
    void value_is_the_code_once_the_target_level_is_chosen() {
        picker.setTargetLevel(Level.RT);
        selectByLabel(box("Kecamatan"), "Pekalongan Barat");
        selectByLabel(box("Kelurahan"), "Medono");
        selectByLabel(box("RW"), "RW 002");
        assertThat(picker.getValue()).isNull();

        selectByLabel(box("RT"), "RT 003");
        assertThat(picker.getValue()).isEqualTo("33.75.01.1002.002.003");

        selectByLabel(box("Kelurahan"), "Podosugih");
        assertThat(picker.getValue()).isNull();
        assertThat(box("RW").getValue()).isNull();
        assertThat(getSuggestions(box("RT"))).isEmpty();
    }

    @Test
    void kelurahan_level_is_chosen_without_rw_and_rt() {
        picker.setTargetLevel(Level.KELURAHAN);
        selectByLabel(box("Kecamatan"), "Pekalongan Barat");
        selectByLabel(box("Kelurahan"), "Medono");
        assertThat(picker.getValue()).isEqualTo("33.75.01.1002");
    }

    @Test
    void a_stored_code_fills_every_level_above_it() {
        picker.setTargetLevel(Level.RT);
        picker.setValue("33.75.01.1002.002.003");
        assertThat(box("Kecamatan").getValue().name()).isEqualTo("Pekalongan Barat");
        assertThat(box("Kelurahan").getValue().name()).isEqualTo("Medono");
        assertThat(box("RW").getValue().shortLabel()).isEqualTo("RW 002");
        assertThat(box("RT").getValue().shortLabel()).isEqualTo("RT 003");
    }

    @Test
    void offers_only_active_rts() {
        Territory merged = regions.addChild("33.75.01.1003.001", null, null, "uji");
        regions.setActive(merged.code(), false, "Digabung dengan RT 001", "uji");

        picker.setTargetLevel(Level.RT);
        selectByLabel(box("Kecamatan"), "Pekalongan Barat");
        selectByLabel(box("Kelurahan"), "Podosugih");
        selectByLabel(box("RW"), "RW 001");

        List<Territory> offered = getSuggestionItems(box("RT"));
        assertThat(offered).isNotEmpty().allMatch(Territory::active);
        assertThat(offered).extracting(Territory::code)
                .contains("33.75.01.1003.001.001")
                .doesNotContain(merged.code());
    }

    private List<String> visibleLevels() {
        return _find(picker, ComboBox.class).stream()
                .filter(Component::isVisible)
                .map(ComboBox::getLabel)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Territory> box(String label) {
        return _get(picker, ComboBox.class, spec -> spec.withLabel(label));
    }
}
