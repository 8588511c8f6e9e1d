package id.musrenflow.danakelurahan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.KaribuTest;
import id.musrenflow.danakelurahan.LkkProgrammeService;
import id.musrenflow.danakelurahan.ProgrammeTheme;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.workflow.TaskInboxService;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The LKK officer's programme page: refused input explained in Indonesian and kept, submission to the kelurahan. */
class LkkProgrammeViewTest extends KaribuTest {

    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private LkkProgrammeService programmes;

    private void open(String username) {
        login(username);
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("program-lkk");
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static void fill(String name, ProgrammeTheme theme, String target, String budget) {
        _setValue(field("kegiatan-nama"), name);
        _setValue((ComboBox<ProgrammeTheme>) _get(ComboBox.class, spec -> spec.withId("kegiatan-tema")), theme);
        _setValue(field("kegiatan-sasaran"), target);
        _setValue(field("kegiatan-anggaran"), budget);
        _click(_get(Button.class, spec -> spec.withId("kegiatan-tambah")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void bad_activity_input_is_explained_in_indonesian_and_nothing_typed_is_lost() {
        open("pkk.medono");
        // the other test submits the planning year's programme; this one works on the year before
        _setValue((ComboBox<Integer>) _get(ComboBox.class, spec -> spec.withId("program-tahun")),
                programmes.planningYear() - 1);

        fill("<b>Pelatihan</b>", ProgrammeTheme.BANK_SAMPAH, "", "dua juta");

        assertThat(field("kegiatan-nama").getErrorMessage()).isEqualTo("Tidak boleh berisi tanda < atau >.");
        assertThat(field("kegiatan-nama").getValue()).isEqualTo("<b>Pelatihan</b>");
        assertThat(field("kegiatan-sasaran").getErrorMessage()).isEqualTo("Wajib diisi.");
        assertThat(field("kegiatan-anggaran").getErrorMessage())
                .isEqualTo("Anggaran harus berupa angka Rupiah bulat, misalnya 2.500.000.");
        assertThat(field("kegiatan-anggaran").getValue()).isEqualTo("dua juta");

        fill("Pelatihan bank sampah", ProgrammeTheme.BANK_SAMPAH, "Ibu rumah tangga RW 002", "-2.000.000");
        assertThat(field("kegiatan-anggaran").getErrorMessage()).isEqualTo("Anggaran harus lebih dari Rp 0.");
        assertThat(field("kegiatan-nama").isInvalid()).isFalse();

        fill("Pelatihan bank sampah", ProgrammeTheme.BANK_SAMPAH, "Ibu rumah tangga RW 002", "5.000.000.000");
        assertThat(field("kegiatan-anggaran").getErrorMessage())
                .isEqualTo("Anggaran satu kegiatan paling banyak Rp 1.000.000.000.");
        assertThat(field("kegiatan-anggaran").getValue()).isEqualTo("5.000.000.000");

        _click(_get(Button.class, spec -> spec.withId("program-ajukan")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("program-status")).getText())
                .isEqualTo("Status: Draf");
        assertThat(field("kegiatan-anggaran").getValue()).isEqualTo("5.000.000.000");
    }

    @Test
    void the_officer_adds_activities_sees_the_total_and_submits_to_the_kelurahan() {
        open("pkk.medono");

        fill("Pelatihan pengelolaan bank sampah", ProgrammeTheme.BANK_SAMPAH, "Ibu rumah tangga", "12.500.000");
        fill("Kelas ibu balita", ProgrammeTheme.STUNTING, "Ibu balita RW 001-005", "Rp 7.500.000");
        assertThat(field("kegiatan-nama").getValue()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("program-total-draf")).getText())
                .isEqualTo("2 kegiatan, jumlah anggaran Rp 20.000.000");

        _click(_get(Button.class, spec -> spec.withId("program-ajukan")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("program-status")).getText())
                .isEqualTo("Status: Diajukan ke kelurahan");
        assertThat(_get(Paragraph.class, spec -> spec.withId("program-total")).getText())
                .isEqualTo("Jumlah anggaran: Rp 20.000.000");
        assertThat(_find(Button.class, spec -> spec.withId("program-ajukan"))).allMatch(b -> !isShown(b));
        var review = inbox.inbox(users.loadUserByUsername("staf.medono")).stream()
                .filter(t -> t.businessKey() != null && t.businessKey().endsWith("-3375011002-PKK")).findFirst();
        assertThat(review).isPresent();

        open("staf.medono");
        UI.getCurrent().navigate("tugas/" + review.get().id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("program-total")).getText())
                .isEqualTo("Jumlah anggaran: Rp 20.000.000");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("program-pembagian-tema"))
                .getElement().getTextRecursively()).contains("Bank sampah: target 15%")
                .contains("diminta Rp 12.500.000 (62,5%)").contains("Permintaan melebihi porsi tema ini.");
    }

    private static boolean isShown(com.vaadin.flow.component.Component component) {
        for (var c = java.util.Optional.of(component); c.isPresent(); c = c.get().getParent()) {
            if (!c.get().isVisible()) {
                return false;
            }
        }
        return true;
    }
}
