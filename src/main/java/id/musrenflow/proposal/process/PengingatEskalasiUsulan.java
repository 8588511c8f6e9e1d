package id.musrenflow.proposal.process;

import id.musrenflow.proposal.ProposalService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Service tasks behind the boundary timers of the usulan tasks ({@code ${pengingatEskalasiUsulan.ingatkan(execution,
 * 'RW')}}): the reminder before the due date and, once it has passed, the escalation that offers the task to the
 * position above as well (PosisiAtasan), so it stays where it is and either can act.
 */
@Component("pengingatEskalasiUsulan")
public class PengingatEskalasiUsulan {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Map<String, String> TASK_OF_STAGE = Map.of(
            "RW", UsulanMusrenbangProcess.TASK_TELAAH_RW,
            "KELURAHAN", UsulanMusrenbangProcess.TASK_VERIFIKASI_KELURAHAN,
            "REVISI", UsulanMusrenbangProcess.TASK_REVISI,
            "LAPANGAN", UsulanMusrenbangProcess.TASK_VERIFIKASI_LAPANGAN,
            "OPD", UsulanMusrenbangProcess.TASK_VERIFIKASI_OPD,
            "BAPPEDA", UsulanMusrenbangProcess.TASK_KEPUTUSAN_BAPPEDA);

    private final TaskService tasks;
    private final ProposalService proposals;
    private final Clock clock;

    PengingatEskalasiUsulan(TaskService tasks, ProposalService proposals, Clock clock) {
        this.tasks = tasks;
        this.proposals = proposals;
        this.clock = clock;
    }

    /** Reminds whoever the task is offered or assigned to; skipped once the due date has passed (escalation's turn). */
    public void ingatkan(DelegateExecution execution, String stage) {
        Optional<Task> open = openTask(execution, stage);
        if (open.isEmpty() || isPast(open.get())) {
            return;
        }
        Task task = open.get();
        proposals.recordTaskReminder(usulanId(execution), task.getId(), stage, local(task), candidateGroups(task),
                task.getAssignee());
    }

    /**
     * Offers the task also to the position above each of its positions and marks it escalated. A claim is released:
     * the position above could not act on a task someone else holds, and the claimer can take it again.
     */
    public void eskalasikan(DelegateExecution execution, String stage) {
        Optional<Task> open = openTask(execution, stage);
        if (open.isEmpty()) {
            return;
        }
        Task task = open.get();
        Set<String> groups = candidateGroups(task);
        Set<String> above = groups.stream().map(PosisiAtasan::dari).flatMap(Optional::stream)
                .filter(group -> !groups.contains(group)).collect(Collectors.toCollection(TreeSet::new));
        if (above.isEmpty()) {
            return;
        }
        above.forEach(group -> tasks.addCandidateGroup(task.getId(), group));
        tasks.setVariableLocal(task.getId(), UsulanMusrenbangProcess.Var.DIESKALASI, true);
        if (task.getAssignee() != null) {
            tasks.setAssignee(task.getId(), null);
        }
        above.forEach(group -> proposals.recordTaskEscalation(usulanId(execution), task.getId(), stage, local(task),
                groups, group));
    }

    private Optional<Task> openTask(DelegateExecution execution, String stage) {
        String definitionKey = TASK_OF_STAGE.get(stage);
        if (definitionKey == null) {
            throw new IllegalArgumentException("Unknown usulan stage " + stage);
        }
        return Optional.ofNullable(tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(definitionKey).singleResult());
    }

    private Set<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).collect(Collectors.toCollection(TreeSet::new));
    }

    private boolean isPast(Task task) {
        return task.getDueDate() != null && !task.getDueDate().toInstant().isAfter(clock.instant());
    }

    private static LocalDateTime local(Task task) {
        return task.getDueDate() == null ? null : LocalDateTime.ofInstant(task.getDueDate().toInstant(), WIB);
    }

    private static long usulanId(DelegateExecution execution) {
        return ((Number) execution.getVariable(UsulanMusrenbangProcess.Var.USULAN_ID)).longValue();
    }
}
