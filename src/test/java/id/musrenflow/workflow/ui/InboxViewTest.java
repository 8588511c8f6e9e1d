package id.musrenflow.workflow.ui;

import id.musrenflow.TestTime;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.proposal.process.UsulanMusrenbangProcess;
import id.musrenflow.workflow.InboxTask;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InboxViewTest extends InboxTesting {

    @Autowired
    private TaskService engineTasks;

    @Test
    void the_rw_head_sees_the_task_of_an_rt_usulan_and_the_rt_head_does_not() {
        ProposalSummary usulan = usulan().nonPhysical("Kelas ibu balita RT 003");

        openInbox("rw002.medono");
        int row = rowOf(usulan);
        assertThat(row).isNotNegative();
        assertThat(_getFormatted(grid(), row, "nama"))
                .isEqualTo("Telaah usulan oleh Ketua RW: " + usulan.number() + " · Kelas ibu balita RT 003");
        assertThat(_getFormatted(grid(), row, "kelurahan")).isEqualTo("Medono");
        assertThat(_getFormatted(grid(), row, "pemegang")).isEqualTo("Tersedia");

        openInbox("rt003.medono");
        assertThat(numbers()).doesNotContain(usulan.number());
    }

    @Test
    void on_a_phone_each_task_reads_as_a_card_and_the_filters_fold_away() {
        ProposalSummary usulan = usulan().nonPhysical("Kelas ibu balita kartu");
        openInbox("rw002.medono");
        com.vaadin.flow.component.details.Details filters = _get(com.vaadin.flow.component.details.Details.class,
                spec -> spec.withId("tugas-saring"));
        assertThat(filters.isOpened()).as("filters open on a desktop").isTrue();
        assertThat(grid().getColumnByKey("nama").isVisible()).isTrue();
        assertThat(grid().getColumnByKey("kartu").isVisible()).isFalse();

        windowWidth(390);

        assertThat(filters.isOpened()).as("filters folded on a phone").isFalse();
        assertThat(filters.getSummaryText()).isEqualTo("Saring");
        assertThat(_get(TextField.class, spec -> spec.withId("tugas-cari")).getParent()).isNotEqualTo(
                java.util.Optional.of(filters));
        assertThat(grid().getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly("kartu");
        String card = ((com.vaadin.flow.component.Component) _getCellComponent(grid(), rowOf(usulan), "kartu"))
                .getElement().getTextRecursively();
        assertThat(card).contains(usulan.number(), "Kelas ibu balita kartu", "RT 003/RW 002", "Medono",
                "Telaah usulan oleh Ketua RW", "Ambil");

        windowWidth(1280);
        assertThat(grid().getColumnByKey("nama").isVisible()).isTrue();
        assertThat(grid().getColumnByKey("kartu").isVisible()).isFalse();
    }


    @Test
    void a_task_is_found_by_its_number_in_any_case_and_by_its_title() {
        ProposalSummary usulan = usulan().nonPhysical("Posyandu Mawar pencarian");
        usulan().nonPhysical("Posyandu lain");

        openInbox("rw002.medono");
        _setValue(_get(TextField.class, spec -> spec.withId("tugas-cari")), usulan.number().toLowerCase(Locale.ROOT));
        assertThat(numbers()).containsExactly(usulan.number());

        _setValue(_get(TextField.class, spec -> spec.withId("tugas-cari")), "MAWAR PENCARIAN");
        assertThat(numbers()).containsExactly(usulan.number());
    }

    @Test
    void claiming_and_releasing_from_the_list() {
        ProposalSummary usulan = usulan().nonPhysical("Bank sampah klaim");
        openInbox("rw002.medono");

        _click((Button) _getCellComponent(grid(), rowOf(usulan), "aksi"));
        assertThat(taskOf("rw002.medono", usulan).assignee()).isEqualTo("rw002.medono");
        assertThat(_getFormatted(grid(), rowOf(usulan), "pemegang")).isEqualTo("Diambil oleh saya");
        Button release = (Button) _getCellComponent(grid(), rowOf(usulan), "aksi");
        assertThat(release.getClassNames()).contains("tugas-lepas");

        _click(release);
        assertThat(taskOf("rw002.medono", usulan).assignee()).isNull();
        assertThat(_getFormatted(grid(), rowOf(usulan), "pemegang")).isEqualTo("Tersedia");
    }

    @Test
    void only_overdue_tasks_when_asked_and_filtered_by_stage() {
        ProposalSummary late = usulan().nonPhysical("Penyuluhan terlambat");
        ProposalSummary onTime = usulan().nonPhysical("Penyuluhan tepat waktu");
        engineTasks.setDueDate(taskOf("rw002.medono", late).id(), Date.from(TestTime.START.minus(2, ChronoUnit.DAYS)));

        openInbox("rw002.medono");
        assertThat(numbers()).contains(late.number(), onTime.number());
        Span due = (Span) _getCellComponent(grid(), rowOf(late), "tenggat");
        assertThat(due.getText()).endsWith("Terlambat");
        assertThat(due.getElement().getThemeList()).contains("badge", "error");

        _setValue(_get(Checkbox.class, spec -> spec.withId("tugas-terlambat")), true);
        assertThat(numbers()).contains(late.number()).doesNotContain(onTime.number());
        assertThat(rows()).allMatch(t -> t.overdue(inbox.now()));

        _setValue(_get(Checkbox.class, spec -> spec.withId("tugas-terlambat")), false);
        @SuppressWarnings("unchecked")
        Select<String> stage = _get(Select.class, spec -> spec.withId("tugas-tahap"));
        assertThat(stage.getItemLabelGenerator().apply(UsulanMusrenbangProcess.TASK_TELAAH_RW))
                .isEqualTo("Telaah usulan oleh Ketua RW");
        _setValue(stage, UsulanMusrenbangProcess.TASK_TELAAH_RW);
        assertThat(numbers()).contains(late.number(), onTime.number());
        assertThat(rows()).extracting(InboxTask::definitionKey).containsOnly(UsulanMusrenbangProcess.TASK_TELAAH_RW);
    }

    @Test
    void the_navigation_shows_how_many_tasks_are_open() {
        usulan().nonPhysical("Lampu jalan hitung");
        openInbox("rw002.medono");
        long open = inbox.count(user("rw002.medono"));
        assertThat(open).isEqualTo(rows().size());
        assertThat(badge()).isEqualTo(String.valueOf(open));

        usulan().nonPhysical("Lampu jalan hitung lagi");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(InboxView.class);
        assertThat(badge()).isEqualTo(String.valueOf(open + 1));
    }

    private static String badge() {
        SideNavItem tasks = _find(SideNavItem.class).stream().filter(item -> "tugas".equals(item.getPath()))
                .findFirst().orElseThrow();
        return ((Span) tasks.getSuffixComponent()).getText();
    }

    @Test
    void clicking_a_row_opens_the_task() {
        ProposalSummary usulan = usulan().nonPhysical("Pelatihan membatik buka");
        openInbox("rw002.medono");
        _clickItem(grid(), rowOf(usulan));
        assertThat(_get(TaskView.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("tugas/" + taskOf("rw002.medono", usulan).id());
    }

    @Test
    void a_decision_from_the_service_removes_the_task_from_the_list() {
        ProposalSummary usulan = usulan().nonPhysical("Posyandu selesai");
        inbox.complete(taskOf("rw002.medono", usulan).id(), user("rw002.medono"), Map.of("keputusan", "SETUJUI",
                "peringkat", proposals.nextFreeRwRank(usulan.id())),
                Map.of());
        openInbox("rw002.medono");
        assertThat(numbers()).doesNotContain(usulan.number());
    }
}
