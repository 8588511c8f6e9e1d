package id.musrenflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.musrenflow.MutableClock;
import id.musrenflow.PostgresIT;
import id.musrenflow.TestTime;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.notification.Notification;
import id.musrenflow.notification.NotificationService;
import id.musrenflow.proposal.process.UsulanMusrenbangProcess;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import id.musrenflow.workflow.UsulanFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminder and escalation of an usulan task on PostgreSQL, with the clock moved past the timers' dates and their jobs
 * run as the job executor would: the RW head is reminded, then the Lurah gets the overdue task beside them, is told,
 * and can decide it; the RT head's timeline shows both without a status change.
 */
class UsulanEskalasiIT extends PostgresIT {

    private static final String LURAH_MEDONO = "lurah:33.75.01.1002";

    @Autowired
    private MutableClock clock;
    @Autowired
    private ManagementService management;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private JdbcClient jdbc;

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    private Optional<InboxTask> taskOf(String username, ProposalSummary usulan) {
        return inbox.inbox(user(username)).stream().filter(t -> usulan.number().equals(t.businessKey())).findFirst();
    }

    private List<Notification> unread(String username, String messageKey, ProposalSummary usulan) {
        return notifications.unread(user(username)).stream().filter(n -> n.messageKey().equals(messageKey))
                .filter(n -> n.arguments().get(0).text().equals(usulan.number())).toList();
    }

    private Job timer(ProposalSummary usulan, String event) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(usulan.number())
                .singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).activityId(event).singleResult();
    }

    /** Moves the clock just past the timer and runs its job; returns how far the clock moved. */
    private Duration fire(Job timer) {
        Duration jump = clock.jumpTo(timer.getDuedate().toInstant().plusSeconds(60));
        management.executeJob(timer.getId());
        return jump;
    }

    @Test
    void an_rw_task_past_due_goes_to_the_lurah_who_is_told_and_the_rt_heads_timeline_shows_it() {
        ProposalSummary usulan = new UsulanFixtures(proposals).nonPhysical("Senam lansia " + unique("eskalasi"));
        InboxTask review = taskOf("rw002.medono", usulan).orElseThrow();
        assertThat(taskOf("lurah.medono", usulan)).isEmpty();
        Job reminder = timer(usulan, "Event_PengingatTelaahRw");
        Job escalation = timer(usulan, "Event_EskalasiTelaahRw");
        assertThat(reminder.getDuedate()).isBefore(escalation.getDuedate());
        assertThat(escalation.getDuedate().toInstant()).isEqualTo(review.due().atZone(TestTime.WIB).toInstant());

        Duration moved = Duration.ZERO;
        try {
            moved = moved.plus(fire(reminder));
            assertThat(unread("rw002.medono", NotificationService.TASK_REMINDER, usulan)).hasSize(1);
            assertThat(taskOf("lurah.medono", usulan)).isEmpty();

            moved = moved.plus(fire(escalation));
            InboxTask escalated = taskOf("lurah.medono", usulan).orElseThrow();
            assertThat(escalated.id()).isEqualTo(review.id());
            assertThat(taskOf("rw002.medono", usulan)).isPresent();
            assertThat(unread("lurah.medono", NotificationService.TASK_ESCALATION, usulan)).singleElement()
                    .satisfies(n -> assertThat(n.link()).isEqualTo("tugas/" + review.id()));
            assertThat(unread("rw002.medono", NotificationService.TASK_ESCALATION, usulan)).hasSize(1);
            assertThat(inbox.task(review.id(), user("lurah.medono")).variables())
                    .containsEntry(UsulanMusrenbangProcess.Var.DIESKALASI, true);

            List<StatusChange> history = proposals.history(usulan.id());
            assertThat(history).filteredOn(c -> !c.isStatusChange()).extracting(StatusChange::deadline)
                    .extracting(TaskDeadline::kind, TaskDeadline::stage, TaskDeadline::escalatedTo)
                    .containsExactly(tuple(TaskDeadline.Kind.PENGINGAT, "RW", null),
                            tuple(TaskDeadline.Kind.ESKALASI, "RW", LURAH_MEDONO));
            assertThat(history).filteredOn(c -> !c.isStatusChange()).allSatisfy(c -> {
                assertThat(c.actor()).isEqualTo("sistem");
                assertThat(c.from()).isEqualTo(ProposalStatus.DIAJUKAN_RW).isEqualTo(c.to());
            });
            assertThat(proposals.find(usulan.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DIAJUKAN_RW);
            assertThat(proposals.track(usulan.number()).orElseThrow().timeline()).as("public tracking: statuses only")
                    .hasSize((int) history.stream().filter(StatusChange::isStatusChange).count());

            inbox.complete(review.id(), user("lurah.medono"), Map.of("keputusan", "SETUJUI", "peringkat",
                    nextFreeRwRank()), Map.of());
            assertThat(proposals.find(usulan.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DIAJUKAN_KELURAHAN);
            assertThat(timer(usulan, "Event_EskalasiTelaahRw")).isNull();
        } finally {
            clock.advance(moved.negated());
        }
    }

    /** The RW list of RW 002 for the planning year ranks usulan 1..n; other tests may have used some ranks already. */
    private int nextFreeRwRank() {
        return jdbc.sql("select coalesce(max(peringkat_rw), 0) + 1 from usulan where kode_rw = ? and tahun = ?")
                .params(UsulanFixtures.MEDONO + ".002", TestTime.PLANNING_YEAR).query(Integer.class).single();
    }
}
