package id.musrenflow.workflow;

import id.musrenflow.TestTime;
import static org.assertj.core.api.Assertions.assertThat;

import id.musrenflow.PostgresIT;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every user task the engine creates is announced with the positions it is really offered to. */
@RecordApplicationEvents
class TaskCreatedIT extends PostgresIT {

    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private ApplicationEvents events;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private TaskService engineTasks;
    @Autowired
    private LoginAttempts users;

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    private ProposalSummary submittedNonPhysical(String title) {
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(MEDONO + ".002.003"), "Balai RW 002", null, null, ProposalKind.NON_FISIK, ProposalField.SOSIAL,
                null, title, "Banyak balita di bawah garis pertumbuhan", null, null, 40, "ibu balita", BigDecimal.ONE,
                "kegiatan", new BigDecimal("3000000"), null, null, null, null, null);
        ProposalSummary created = proposals.createDraft(draft, "rt003.medono");
        return proposals.submit(created.id(), "rt003.medono");
    }

    private TaskCreated lastFor(ProposalSummary usulan) {
        List<TaskCreated> created = events.stream(TaskCreated.class)
                .filter(e -> usulan.number().equals(e.businessKey())).toList();
        assertThat(created).isNotEmpty();
        return created.get(created.size() - 1);
    }

    private Set<String> engineCandidateGroups(String taskId) {
        return engineTasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).collect(Collectors.toSet());
    }

    @Test
    void the_event_carries_the_candidate_groups_the_engine_really_gave_the_task() {
        ProposalSummary usulan = submittedNonPhysical("Kelas gizi balita");

        TaskCreated review = lastFor(usulan);
        assertThat(review.candidateGroups()).containsExactly("ketua-rw:" + MEDONO + ".002");
        assertThat(review.candidateGroups()).isEqualTo(engineCandidateGroups(review.taskId()));
        assertThat(review.processDefinitionKey()).isEqualTo(id.musrenflow.proposal.process.UsulanMusrenbangProcess.KEY);
        assertThat(review.name()).as("named by the model's own create listener first").contains(usulan.number());
        assertThat(review.assignee()).isNull();
        assertThat(review.due()).isNotNull();

        inbox.complete(review.taskId(), user("rw002.medono"), Map.of("keputusan", "SETUJUI",
                "peringkat", proposals.nextFreeRwRank(usulan.id())), Map.of());
        TaskCreated verification = lastFor(usulan);
        assertThat(verification.taskId()).isNotEqualTo(review.taskId());
        assertThat(verification.candidateGroups())
                .containsExactlyInAnyOrder("staf-kelurahan:" + MEDONO, "lpm:" + MEDONO)
                .isEqualTo(engineCandidateGroups(verification.taskId()));
    }

    @Test
    void the_revision_task_is_announced_with_the_proposer_as_assignee() {
        ProposalSummary usulan = submittedNonPhysical("Kelas parenting");
        inbox.complete(lastFor(usulan).taskId(), user("rw002.medono"),
                Map.of("keputusan", "KEMBALIKAN", "kodeAlasan", "LOKASI_SALAH", "alasan", "Alamat belum lengkap"), Map.of());

        TaskCreated revision = lastFor(usulan);
        assertThat(revision.assignee()).isEqualTo("rt003.medono");
        assertThat(revision.candidateGroups()).isEmpty();
        assertThat(engineTasks.createTaskQuery().taskId(revision.taskId()).singleResult().getAssignee())
                .isEqualTo("rt003.medono");
    }
}
