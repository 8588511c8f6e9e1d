package id.musrenflow.lks.ui;

import id.musrenflow.TestTime;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.KaribuTest;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.ForbiddenView;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.lks.AccreditationComponent;
import id.musrenflow.lks.LegalForm;
import id.musrenflow.lks.Organisation;
import id.musrenflow.lks.OrganisationDraft;
import id.musrenflow.lks.RegistryEntry;
import id.musrenflow.lks.RegistryService;
import id.musrenflow.lks.SelfAssessmentService;
import id.musrenflow.lks.ServiceField;
import id.musrenflow.region.ui.TerritoryPicker;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry screens without a browser: Dinas Sosial registers and edits organisations and officers, LKKS sets
 * membership, an LKS officer edits only its own organisation and fills the self-assessment. Bad input is refused
 * next to its field in the user's language, and what was typed stays.
 */
class RegistryViewsTest extends KaribuTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Autowired
    private RegistryService registry;
    @Autowired
    private SelfAssessmentService selfAssessments;
    @Autowired
    private LoginAttempts users;

    private static <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private void openRegistry(String username, Locale locale) {
        login(username);
        useLocale(locale);
        UI.getCurrent().navigate("lks/registri");
    }

    @Test
    void dinsos_registers_an_organisation_and_bad_input_is_refused_beside_its_field_and_kept() {
        openRegistry("dinsos", INDONESIAN);
        _click(byId(Button.class, "lks-registri-daftarkan"));
        String name = "Yayasan Uji Registri " + System.nanoTime();
        _setValue(byId(TextField.class, "lks-registri-nama"), "Ya");
        _setValue(byId(Select.class, "lks-registri-bentuk"), LegalForm.YAYASAN);
        _setValue(byId(TextField.class, "lks-registri-akta"), "AHU-0012345.AH.01.04.2020");
        _setValue(byId(TextField.class, "lks-registri-alamat"), "Jl. Sriwijaya No. 5");
        _setValue(byId(TerritoryPicker.class, "lks-registri-kelurahan"), "33.75.01.1002");
        _setValue(byId(Select.class, "lks-registri-bidang"), ServiceField.ANAK);
        _click(byId(Button.class, FormDialog.SAVE_ID));

        TextField nameField = byId(TextField.class, "lks-registri-nama");
        assertThat(nameField.isInvalid()).isTrue();
        assertThat(nameField.getErrorMessage()).isEqualTo("Nama lembaga harus 3 sampai 200 karakter");
        assertThat(byId(TextField.class, "lks-registri-akta").getValue()).isEqualTo("AHU-0012345.AH.01.04.2020");

        _setValue(nameField, name);
        _click(byId(Button.class, FormDialog.SAVE_ID));

        RegistryEntry entry = registry.entries(users.loadUserByUsername("dinsos")).stream()
                .filter(e -> e.organisation().name().equals(name)).findFirst().orElseThrow();
        assertThat(entry.deedNumber()).isEqualTo("AHU-0012345.AH.01.04.2020");
        assertThat(entry.organisation().kelurahanCode()).isEqualTo("33.75.01.1002");
        Div card = byId(Div.class, "lks-registri-" + entry.organisation().code());
        assertThat(card.getElement().getTextRecursively()).contains(name, "Didaftarkan dalam registri", "Fitri Handayani");
    }

    @Test
    void an_officer_term_ending_before_it_starts_and_a_short_nik_are_refused_in_english() {
        Organisation organisation = newOrganisation();
        openRegistry("dinsos", Locale.ENGLISH);
        _click(byId(Button.class, "lks-pengurus-tambah-" + organisation.code()));
        _setValue(byId(TextField.class, "lks-pengurus-nama"), "Dewi Lestari");
        _setValue(byId(TextField.class, "lks-pengurus-jabatan"), "Ketua");
        _setValue(byId(PasswordField.class, "lks-pengurus-nik"), "33750112");
        _setValue(byId(DatePicker.class, "lks-pengurus-mulai"), LocalDate.of(2026, 1, 1));
        _setValue(byId(DatePicker.class, "lks-pengurus-selesai"), LocalDate.of(2025, 12, 31));
        _setValue(byId(TextArea.class, "lks-pengurus-alasan"), "Pengurus baru hasil rapat anggota");
        _click(byId(Button.class, FormDialog.SAVE_ID));
        // both broken rules at once, each on its field
        PasswordField nik = byId(PasswordField.class, "lks-pengurus-nik");
        DatePicker end = byId(DatePicker.class, "lks-pengurus-selesai");
        assertThat(nik.getErrorMessage()).isEqualTo("The NIK must be exactly 16 digits");
        assertThat(nik.isInvalid()).isTrue();
        assertThat(end.getErrorMessage())
                .isEqualTo("The term end (31/12/2025) must be after the term start (01/01/2026)");
        assertThat(end.isInvalid()).isTrue();

        // the corrected NIK loses its message at once; the term end keeps its own until corrected
        _setValue(nik, "3375014101900009");
        assertThat(nik.isInvalid()).isFalse();
        assertThat(end.isInvalid()).isTrue();
        assertThat(byId(TextField.class, "lks-pengurus-nama").getValue()).isEqualTo("Dewi Lestari");

        _setValue(end, LocalDate.of(2030, 12, 31));
        _click(byId(Button.class, FormDialog.SAVE_ID));
        String card = byId(Div.class, "lks-registri-" + organisation.code()).getElement().getTextRecursively();
        assertThat(card).contains("Dewi Lestari", "3375********0009", "Officer added")
                .doesNotContain("3375014101900009");
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused_and_the_user_is_told_why() {
        Organisation organisation = newOrganisation();
        openRegistry("dinsos", INDONESIAN);
        _click(byId(Button.class, "lks-registri-ubah-" + organisation.code()));
        _setValue(byId(TextField.class, "lks-registri-alamat"), "Jl. Baru No. 1");
        _setValue(byId(TextArea.class, "lks-registri-alasan"), "Pindah alamat sekretariat");

        AuthenticatedUser admin = users.loadUserByUsername("admin");
        RegistryEntry meanwhile = registry.entry(organisation.id(), admin);
        registry.update(organisation.id(), meanwhile.version(), draftOf(meanwhile, "Jl. Lain No. 2"),
                "Perbaikan data oleh admin", admin);
        _click(byId(Button.class, FormDialog.SAVE_ID));

        NotificationsKt.expectNotifications("Data ini baru saja diubah oleh pengguna lain. Muat ulang halaman untuk "
                + "melihat perubahan itu, lalu ulangi perubahan Anda.");
        assertThat(byId(TextField.class, "lks-registri-alamat").getValue()).isEqualTo("Jl. Baru No. 1");
        assertThat(registry.entry(organisation.id(), admin).organisation().address()).isEqualTo("Jl. Lain No. 2");
    }

    @Test
    void lkks_sets_membership_with_a_since_date_not_in_the_future() {
        Organisation organisation = newOrganisation();
        openRegistry("lkks", INDONESIAN);
        assertThat(byId(Div.class, "lks-registri-" + organisation.code()).getElement().getTextRecursively())
                .contains(organisation.name());
        _assertNone(Button.class, spec -> spec.withId("lks-registri-daftarkan"));
        _assertNone(Button.class, spec -> spec.withId("lks-registri-ubah-" + organisation.code()));

        _click(byId(Button.class, "lks-keanggotaan-" + organisation.code()));
        _setValue(byId(Checkbox.class, "lks-keanggotaan-anggota"), true);
        _setValue(byId(DatePicker.class, "lks-keanggotaan-sejak"), TestTime.startDate().plusDays(10));
        _setValue(byId(TextArea.class, "lks-keanggotaan-alasan"), "Diterima rapat pleno LKKS");
        _click(byId(Button.class, FormDialog.SAVE_ID));
        assertThat(byId(DatePicker.class, "lks-keanggotaan-sejak").getErrorMessage())
                .isEqualTo("Tanggal mulai keanggotaan LKKS tidak boleh sesudah hari ini");

        _setValue(byId(DatePicker.class, "lks-keanggotaan-sejak"), TestTime.startDate().minusDays(3));
        _click(byId(Button.class, FormDialog.SAVE_ID));
        RegistryEntry entry = registry.entry(organisation.id(), users.loadUserByUsername("lkks"));
        assertThat(entry.organisation().lkksMember()).isTrue();
        assertThat(entry.lkksSince()).isEqualTo(TestTime.startDate().minusDays(3));
    }

    @Test
    void an_lks_officer_gets_no_registry_screen_but_edits_its_own_profile_and_self_assessment() {
        login("lks.harapan");
        UI.getCurrent().navigate("lks/registri");
        _assertNone(RegistryView.class);
        _assertOne(ForbiddenView.class);

        useLocale(INDONESIAN);
        UI.getCurrent().navigate("lks/saya");
        _assertOne(Button.class, spec -> spec.withId("lks-registri-ubah-LKS-HARAPAN-BANGSA"));
        _assertNone(Button.class, spec -> spec.withId("lks-keanggotaan-LKS-HARAPAN-BANGSA"));

        for (AccreditationComponent component : AccreditationComponent.values()) {
            _setValue(byId(NumberField.class, "lks-mandiri-nilai-" + component.name()), 80.0);
            _setValue(byId(TextArea.class, "lks-mandiri-bukti-" + component.name()),
                    "Bukti " + component.name() + " ada di arsip lembaga");
        }
        _setValue(byId(NumberField.class, "lks-mandiri-nilai-SARPRAS"), 120.0);
        _click(byId(Button.class, "lks-mandiri-simpan"));
        assertThat(byId(Div.class, "lks-pesan").getText()).isEqualTo(
                "Nilai mandiri komponen SARPRAS harus diisi dengan angka 0 sampai 100 (paling banyak dua desimal)");
        assertThat(byId(NumberField.class, "lks-mandiri-nilai-SARPRAS").getValue()).isEqualTo(120.0);
        assertThat(byId(TextArea.class, "lks-mandiri-bukti-PROGRAM").getValue())
                .isEqualTo("Bukti PROGRAM ada di arsip lembaga");

        _setValue(byId(NumberField.class, "lks-mandiri-nilai-SARPRAS"), 75.5);
        _click(byId(Button.class, "lks-mandiri-simpan"));
        assertThat(byId(Div.class, "lks-pesan").getText()).isEqualTo("Penilaian mandiri tersimpan.");
        AuthenticatedUser officer = users.loadUserByUsername("lks.harapan");
        long id = registry.entries(users.loadUserByUsername("dinsos")).stream()
                .filter(e -> e.organisation().code().equals("LKS-HARAPAN-BANGSA")).findFirst().orElseThrow()
                .organisation().id();
        assertThat(selfAssessments.of(id, officer).get(AccreditationComponent.SARPRAS).score())
                .isEqualByComparingTo("75.5");
    }

    private Organisation newOrganisation() {
        return registry.register(new OrganisationDraft("Perkumpulan Uji " + System.nanoTime(), LegalForm.PERKUMPULAN,
                "AHU-0000001.AH.01.07.2021", null, "Jl. Uji No. 9", "33.75.02.1010", ServiceField.LANJUT_USIA),
                users.loadUserByUsername("dinsos"));
    }

    private static OrganisationDraft draftOf(RegistryEntry entry, String address) {
        Organisation o = entry.organisation();
        return new OrganisationDraft(o.name(), o.legalForm(), entry.deedNumber(), entry.decreeNumber(), address,
                o.kelurahanCode(), o.serviceField());
    }
}
