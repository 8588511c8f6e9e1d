package id.musrenflow.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.UsulanFixtures;
import id.musrenflow.workflow.forms.CamundaFormView;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SuppressWarnings({"unchecked", "rawtypes"})
class TaskViewTest extends InboxTesting {

    private void openTask(String username, InboxTask task) {
        login(username);
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", task.id()));
    }

    private void send() {
        _click(_get(Button.class, spec -> spec.withId("tugas-kirim")));
    }

    @Test
    void the_task_shows_its_form_beside_the_usulan() {
        ProposalSummary usulan = usulan().nonPhysical("Kelas ibu balita konteks");
        openTask("rw002.medono", taskOf("rw002.medono", usulan));

        assertThat(_get(CamundaFormView.class).schema().id()).isEqualTo("form-telaah-rw");
        String context = _get(Div.class, spec -> spec.withId("usulan-konteks")).getElement().getTextRecursively();
        assertThat(context).contains(usulan.number(), "Kelas ibu balita konteks", "Diajukan ke RW",
                "Banyak balita di bawah garis pertumbuhan", "Rp");
        _assertNone(Div.class, spec -> spec.withId("usulan-duplikat"));
    }

    @Test
    void the_usulan_comes_before_the_decision_and_its_history_is_shown_once() {
        ProposalSummary usulan = usulan().nonPhysical("Kelas ibu balita urutan");
        inbox.complete(taskOf("rw002.medono", usulan).id(), user("rw002.medono"),
                Map.of("keputusan", "SETUJUI", "peringkat", proposals.nextFreeRwRank(usulan.id()),
                        "catatan", "Dibahas di rembug RW"), Map.of());
        openTask("staf.medono", taskOf("staf.medono", usulan));

        // stacked on a phone in this order: what is decided, then the decision
        Div context = _get(Div.class, spec -> spec.withId("usulan-konteks"));
        com.vaadin.flow.component.Component body = _get(CamundaFormView.class).getParent().orElseThrow()
                .getParent().orElseThrow().getParent().orElseThrow();
        java.util.List<com.vaadin.flow.component.Component> columns = body.getChildren().toList();
        assertThat(columns.get(0).getId()).hasValue("tugas-konteks");
        assertThat(context.getParent()).hasValue(columns.get(0));
        // one history: the RW's decision and its note appear only in the status history, not again under
        // "earlier decisions"
        String text = context.getElement().getTextRecursively();
        String history = _get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("usulan-riwayat"))
                .getElement().getTextRecursively();
        assertThat(text).doesNotContain("Keputusan sebelumnya");
        assertThat(history).contains("Prioritas RW", "Dibahas di rembug RW");
        assertThat(text.split("Dibahas di rembug RW", -1)).hasSameSizeAs(history.split("Dibahas di rembug RW", -1));
    }

    @Test
    void a_missing_required_field_is_shown_on_the_field_and_the_other_values_stay() {
        ProposalSummary usulan = usulan().nonPhysical("Pelatihan kader wajib");
        openTask("rw002.medono", taskOf("rw002.medono", usulan));

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("Field_Keputusan")), "KEMBALIKAN");
        _setValue(_get(TextArea.class, spec -> spec.withId("Field_Catatan")), "Dibahas di rapat RW");
        send();

        TextArea reason = _get(TextArea.class, spec -> spec.withId("Field_Alasan"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Wajib diisi.");
        assertThat(_get(TextArea.class, spec -> spec.withId("Field_Catatan")).getValue())
                .isEqualTo("Dibahas di rapat RW");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("Field_Keputusan")).getValue())
                .isEqualTo("KEMBALIKAN");
        assertThat(_get(Paragraph.class, spec -> spec.withId("tugas-pesan")).getText())
                .isEqualTo("Periksa kembali isian yang ditandai.");
        assertThat(proposals.find(usulan.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DIAJUKAN_RW);
    }

    @Test
    void a_valid_decision_moves_the_usulan_and_removes_the_task() {
        ProposalSummary usulan = usulan().nonPhysical("Posyandu prioritas");
        InboxTask task = taskOf("rw002.medono", usulan);
        openTask("rw002.medono", task);
        long before = inbox.count(user("rw002.medono"));

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("Field_Keputusan")), "SETUJUI");
        int suggested = proposals.nextFreeRwRank(usulan.id());
        assertThat(_get(NumberField.class, spec -> spec.withId("Field_Peringkat")).getValue())
                .as("the form suggests the next free rank of the RW list").isEqualTo(suggested);
        send();

        assertThat(proposals.find(usulan.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DIAJUKAN_KELURAHAN);
        assertThat(proposals.history(usulan.id())).extracting("to").contains(ProposalStatus.PRIORITAS_RW);
        assertThat(proposals.detail(usulan.id()).orElseThrow().rankRw()).isEqualTo(suggested);
        assertThat(_get(InboxView.class)).isNotNull();
        assertThat(numbers()).doesNotContain(usulan.number());
        assertThat(inbox.count(user("rw002.medono"))).isEqualTo(before - 1);
    }

    @Test
    void a_decision_that_lost_the_race_is_told_and_what_was_entered_stays() {
        ProposalSummary usulan = usulan().nonPhysical("Bank sampah balapan");
        inbox.complete(taskOf("rw002.medono", usulan).id(), user("rw002.medono"), Map.of("keputusan", "SETUJUI",
                "peringkat", proposals.nextFreeRwRank(usulan.id())),
                Map.of());
        InboxTask verification = taskOf("staf.medono", usulan);
        openTask("staf.medono", verification);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("Field_Keputusan")), "TERIMA");
        _setValue(_get(TextArea.class, spec -> spec.withId("Field_Catatan")), "Lokasi sudah dicek");

        inbox.complete(verification.id(), user("lpm.medono"), Map.of("keputusan", "TERIMA"), Map.of());
        send();

        assertThat(_get(Paragraph.class, spec -> spec.withId("tugas-pesan")).getText())
                .startsWith("Tugas ini sudah diselesaikan oleh pengguna lain");
        assertThat(_get(TextArea.class, spec -> spec.withId("Field_Catatan")).getValue()).isEqualTo("Lokasi sudah dicek");
        assertThat(_get(TaskView.class)).isNotNull();
        assertThat(proposals.history(usulan.id())).last().extracting("actor").isEqualTo("lpm.medono");
    }

    @Test
    void an_official_of_another_kelurahan_is_refused_and_sees_nothing_of_the_usulan() {
        ProposalSummary usulan = usulan().nonPhysical("Pelatihan UMKM rahasia");
        inbox.complete(taskOf("rw002.medono", usulan).id(), user("rw002.medono"), Map.of("keputusan", "SETUJUI",
                "peringkat", proposals.nextFreeRwRank(usulan.id())),
                Map.of());
        openTask("lurah.podosugih", taskOf("staf.medono", usulan));

        assertThat(_get(Paragraph.class, spec -> spec.withId("tugas-ditolak")).getText())
                .isEqualTo("Tugas ini bukan untuk jabatan atau wilayah Anda.");
        _assertNone(CamundaFormView.class);
        _assertNone(Div.class, spec -> spec.withId("usulan-konteks"));
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Pelatihan UMKM rahasia");
    }

    @Test
    void claiming_and_releasing_on_the_task_page() {
        ProposalSummary usulan = usulan().nonPhysical("Senam lansia klaim");
        InboxTask task = taskOf("rw002.medono", usulan);
        openTask("rw002.medono", task);

        _click(_get(Button.class, spec -> spec.withId("tugas-ambil")));
        assertThat(taskOf("rw002.medono", usulan).assignee()).isEqualTo("rw002.medono");
        assertThat(_get(Button.class, spec -> spec.withId("tugas-lepas")).isVisible()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("tugas-lepas")));
        assertThat(taskOf("rw002.medono", usulan).assignee()).isNull();
    }

    @Test
    void comments_are_added_listed_and_bad_ones_refused_keeping_the_text() {
        ProposalSummary usulan = usulan().nonPhysical("Komentar posyandu");
        InboxTask task = taskOf("rw002.medono", usulan);
        openTask("rw002.medono", task);

        TextArea comment = _get(TextArea.class, spec -> spec.withId("tugas-komentar"));
        _setValue(comment, "<b>tebal</b>");
        _click(_get(Button.class, spec -> spec.withId("tugas-komentar-kirim")));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getValue()).isEqualTo("<b>tebal</b>");

        _setValue(comment, "Mohon cek lokasi dengan RT 003 dulu");
        _click(_get(Button.class, spec -> spec.withId("tugas-komentar-kirim")));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("tugas-komentar-daftar")).getElement()
                .getTextRecursively()).contains("Bambang Sutrisno", "Mohon cek lokasi dengan RT 003 dulu")
                .doesNotContain("rw002.medono");
        assertThat(inbox.comments(task.id(), user("rw002.medono"))).extracting("author", "text")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rw002.medono",
                        "Mohon cek lokasi dengan RT 003 dulu"));
        assertThat(comment.getValue()).isEmpty();
    }

    @Test
    void a_physical_usulan_near_another_of_the_same_item_warns_with_a_link() {
        double lat = -6.8900 + Math.random() * 0.05;
        double lon = 109.6500 + Math.random() * 0.05;
        ProposalSummary first = usulan().drainage("Saluran Gang Melati", "rt003.medono", UsulanFixtures.RT_003, lat, lon);
        ProposalSummary second = usulan().drainage("Saluran Gang Melati ujung", "rt001.medono", UsulanFixtures.RT_001,
                lat + 0.0004, lon);
        openTask("rw002.medono", taskOf("rw002.medono", second));

        Div warning = _get(Div.class, spec -> spec.withId("usulan-duplikat"));
        assertThat(_find(warning, Anchor.class)).extracting(Anchor::getHref).contains("lacak/" + first.number());
        assertThat(warning.getElement().getTextRecursively()).contains("44 m");
        assertThat(_get(Anchor.class, spec -> spec.withId("usulan-peta-osm")).getHref()).contains("openstreetmap.org");
        assertThat(_get(Div.class, spec -> spec.withId("usulan-peta"))).isNotNull();
    }
}
