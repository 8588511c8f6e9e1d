package id.musrenflow.danakelurahan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.KaribuTest;
import id.musrenflow.danakelurahan.ActivityDetail;
import id.musrenflow.danakelurahan.ActivityStatus;
import id.musrenflow.danakelurahan.ExecutionFixtures;
import id.musrenflow.danakelurahan.ExecutionService;
import id.musrenflow.danakelurahan.Team;
import id.musrenflow.danakelurahan.TeamMember;
import id.musrenflow.danakelurahan.UploadedFile;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.workflow.TaskInboxService;
import id.musrenflow.workflow.forms.Option;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The activity page without a browser: the Pokmas's progress report refused for bad figures in Indonesian and in
 * English with everything entered kept, then accepted into the timeline; the penyedia contract's wrong date order;
 * another kelurahan's Lurah refused; the list shows the Pokmas only its own activity.
 */
class ActivityViewTest extends KaribuTest {

    private static final byte[] PDF = "%PDF-1.4\n".getBytes();
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2};

    @Autowired
    private ExecutionService execution;
    @Autowired
    private TaskInboxService inbox;

    private ExecutionFixtures fixtures;

    @BeforeEach
    void clearMedono() {
        fixtures = new ExecutionFixtures(context);
        fixtures.clear();
    }

    @AfterEach
    void leaveNoApprovedPlan() {
        fixtures.clear();
    }

    /** The drainage activity prepared by the Pokmas and its first stage released. */
    private ActivityDetail running(List<ProposalSummary> usulan) {
        ActivityDetail a = fixtures.activityOf(usulan.get(0));
        inbox.complete(fixtures.taskOf("lurah.medono", a.number()).id(), fixtures.user("lurah.medono"),
                Map.of("kodePokmas", "POKMAS-MEDONO-MAJU", "pokmasMampu", true),
                Map.of("daftarPokmas", List.of(new Option("POKMAS-MEDONO-MAJU", "POKMAS-MEDONO-MAJU"))));
        execution.recordPreparation(a.id(), List.of(new TeamMember(Team.PERSIAPAN, "Sutrisno", "Ketua"),
                new TeamMember(Team.PELAKSANA, "Rahmat", "Mandor"), new TeamMember(Team.PENGAWAS, "Wahyuni", "Anggota")),
                new UploadedFile("proposal.pdf", PDF), new UploadedFile("rab.pdf", PDF), fixtures.user("pokmas.medono"));
        inbox.complete(fixtures.taskOf("staf.medono", a.number()).id(), fixtures.user("staf.medono"),
                Map.of("keputusan", "TERIMA"), Map.of());
        inbox.complete(fixtures.taskOf("lurah.medono", a.number()).id(), fixtures.user("lurah.medono"), Map.of(), Map.of());
        return a;
    }

    private String message() {
        return _get(Paragraph.class, spec -> spec.withId("kegiatan-pesan")).getText();
    }

    @Test
    void a_refused_report_keeps_what_was_entered_and_says_why_in_both_languages() {
        ActivityDetail a = running(fixtures.approvedPlan("karibu " + System.nanoTime()));
        login("pokmas.medono");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("kegiatan-kelurahan/" + a.id());
        assertThat(_get(Span.class, spec -> spec.withId("kegiatan-status")).getText()).isEqualTo("Pelaksanaan");
        assertThat(_get(Paragraph.class, spec -> spec.withId("kegiatan-mode")).getText())
                .isEqualTo("Mode pelaksanaan: Swakelola tipe IV (Pokmas)");

        IntegerField physical = _get(IntegerField.class, spec -> spec.withId("laporan-fisik"));
        IntegerField financial = _get(IntegerField.class, spec -> spec.withId("laporan-keuangan"));
        TextArea note = _get(TextArea.class, spec -> spec.withId("laporan-catatan"));
        _setValue(physical, 120);
        _setValue(financial, 10);
        _setValue(note, "Galian saluran");
        _click(_get(Button.class, spec -> spec.withId("laporan-kirim")));
        assertThat(message()).isEqualTo("Kemajuan fisik harus bilangan bulat 0 sampai 100 %.");
        assertThat(physical.isInvalid()).isTrue();
        assertThat(physical.getValue()).isEqualTo(120);
        assertThat(note.getValue()).isEqualTo("Galian saluran");

        _setValue(physical, 30);
        _setValue(financial, 90);
        useLocale(Locale.ENGLISH);
        _click(_get(Button.class, spec -> spec.withId("laporan-kirim")));
        assertThat(message()).isEqualTo("Financial progress cannot exceed the funds released so far (40 % of the budget).");
        assertThat(financial.isInvalid()).isTrue();
        assertThat(financial.getValue()).isEqualTo(90);

        useLocale(Locale.forLanguageTag("id-ID"));
        _get(ProgressReportForm.class, spec -> spec.withId("laporan-form")).photos.get(0)
                .receive(new UploadedFile("awal.jpg", JPEG));
        _setValue(_get(IntegerField.class, spec -> spec.withId("laporan-keuangan")), 20);
        _click(_get(Button.class, spec -> spec.withId("laporan-kirim")));
        assertThat(_get(Div.class, spec -> spec.withId("kegiatan-laporan")).getElement().getTextRecursively())
                .contains("fisik 30 %, keuangan 20 %").contains("Galian saluran").contains("0 %");
        assertThat(_get(IntegerField.class, spec -> spec.withId("laporan-fisik")).getHelperText())
                .isEqualTo("Laporan terakhir: 30 %");

        login("lurah.podosugih");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("kegiatan-kelurahan/" + a.id());
        assertThat(message()).isEqualTo("Kegiatan ini bukan dalam wilayah atau organisasi Anda.");
        assertThat(_find(IntegerField.class, spec -> spec.withId("laporan-fisik"))).isEmpty();

        login("pokmas.medono");
        UI.getCurrent().navigate("kegiatan-kelurahan");
        @SuppressWarnings("unchecked")
        Grid<ActivityDetail> grid = _get(Grid.class, spec -> spec.withId("kegiatan-daftar"));
        assertThat(grid.getGenericDataView().getItems().map(ActivityDetail::id).toList()).containsExactly(a.id());

        // a Lurah with no activity sees the empty-list sentence, not an empty table
        login("lurah.podosugih");
        UI.getCurrent().navigate("kegiatan-kelurahan");
        assertThat(_find(Grid.class, spec -> spec.withId("kegiatan-daftar"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("kegiatan-kosong")).getText())
                .isEqualTo("Belum ada kegiatan yang dapat Anda lihat.");
    }

    @Test
    void the_contract_entry_explains_a_wrong_date_order_and_keeps_the_values() {
        List<ProposalSummary> usulan = fixtures.approvedPlan("karibu " + System.nanoTime());
        ActivityDetail small = fixtures.activityOf(usulan.get(1));
        inbox.complete(fixtures.taskOf("lurah.medono", small.number()).id(), fixtures.user("lurah.medono"), Map.of(),
                Map.of());
        login("staf.medono");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("kegiatan-kelurahan/" + small.id());
        ActivityStepForms.Contract form = _get(ActivityStepForms.Contract.class, spec -> spec.withId("kontrak-form"));
        _setValue(form.provider, "CV Maju Jaya");
        _setValue(form.npwp, "01.234.567.8-901.000");
        _setValue(form.number, "027/BP/2027");
        _setValue(form.value, "2.000.000");
        // dates derived from the test clock: a contract is recorded once signed, so its date is not in the future
        java.time.LocalDate signed = id.musrenflow.TestTime.startDate();
        _setValue(form.date, signed.plusDays(1));
        _setValue(form.start, signed.plusDays(10));
        _setValue(form.end, signed.plusDays(40));
        _click(form.send);
        assertThat(message()).startsWith("Tanggal kontrak " + signed.plusDays(1).format(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " belum terjadi");
        assertThat(form.date.getI18n().getMonthNames()).as("Indonesian picker").contains("Januari");
        _setValue(form.date, signed);
        _setValue(form.end, signed.plusDays(5));
        _click(form.send);
        assertThat(message()).startsWith("Urutan tanggal salah");
        assertThat(_get(TextField.class, spec -> spec.withId("kontrak-penyedia")).getValue()).isEqualTo("CV Maju Jaya");
        _setValue(form.end, signed.plusDays(40));
        _click(form.send);
        assertThat(execution.activity(small.id(), fixtures.user("staf.medono")).contract().providerName())
                .isEqualTo("CV Maju Jaya");
        assertThat(execution.activity(small.id(), fixtures.user("staf.medono")).status())
                .isEqualTo(ActivityStatus.PENGADAAN);
        assertThat(_get(Paragraph.class, spec -> spec.withId("kegiatan-kontrak")).getText()).contains("CV Maju Jaya");
    }

    @Test
    void the_lurah_sees_the_activity_beside_the_designation_task_and_chooses_among_the_kelurahan_s_pokmas() {
        ActivityDetail a = fixtures.activityOf(fixtures.approvedPlan("karibu " + System.nanoTime()).get(0));
        String taskId = fixtures.taskOf("lurah.medono", a.number()).id();
        login("lurah.medono");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("tugas/" + taskId);
        assertThat(_get(Div.class, spec -> spec.withId("kegiatan-ringkasan")).getElement().getTextRecursively())
                .contains(a.number()).contains("Dianggarkan").contains("Mode pelaksanaan: belum ditetapkan");
        assertThat(_get(Div.class, spec -> spec.withId("kegiatan-tahap")).getElement().getTextRecursively())
                .contains("Tahap 1 (40 %").contains("belum dicairkan");
        @SuppressWarnings("unchecked")
        ComboBox<String> pokmas = _get(ComboBox.class, spec -> spec.withId("Field_KodePokmas"));
        assertThat(pokmas.getListDataView().getItems().toList()).contains("POKMAS-MEDONO-MAJU");
    }
}
