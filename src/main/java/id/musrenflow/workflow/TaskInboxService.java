package id.musrenflow.workflow;

import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.workflow.forms.FormSchemaReader;
import id.musrenflow.workflow.forms.FormValidator;
import id.musrenflow.workflow.forms.Option;
import id.musrenflow.workflow.forms.ValidationResult;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task inbox of every role: tasks go to positions (candidate groups such as lurah:33.75.01.1002), so a user
 * sees and acts only on the tasks of the positions they hold today. Completion validates the decision against the
 * task's Camunda Form on the server; when two users act on one task, exactly one wins and the other is told why.
 */
@Service
public class TaskInboxService {

    /** Transient variable naming who completed the step, read by status listeners for the history. */
    public static final String ACTOR_VARIABLE = "pelaku";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final FormSchemaReader forms = new FormSchemaReader();
    private final FormValidator validator = new FormValidator();

    TaskInboxService(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    @Transactional(readOnly = true)
    public List<InboxTask> inbox(AuthenticatedUser user) {
        var query = tasks.createTaskQuery().initializeFormKeys().or().taskAssignee(user.username());
        if (!user.groups().isEmpty()) {
            query = query.taskCandidateGroupIn(List.copyOf(user.groups()));
        }
        List<Task> found = query.endOr().orderByDueDate().asc().orderByTaskCreateTime().asc().list().stream()
                .filter(t -> t.getAssignee() == null || t.getAssignee().equals(user.username())).toList();
        Map<String, String> businessKeys = businessKeys(found);
        return found.stream().map(t -> toInboxTask(t, businessKeys.get(t.getProcessInstanceId()))).toList();
    }

    @Transactional(readOnly = true)
    public InboxTask task(String taskId, AuthenticatedUser user) {
        Task task = permitted(taskId, user);
        return toInboxTask(task, businessKeys(List.of(task)).get(task.getProcessInstanceId()));
    }

    @Transactional
    public void claim(String taskId, AuthenticatedUser user) {
        Task task = permitted(taskId, user);
        if (task.getAssignee() == null) {
            tasks.claim(taskId, user.username());
        }
    }

    @Transactional
    public void unclaim(String taskId, AuthenticatedUser user) {
        Task task = permitted(taskId, user);
        if (user.username().equals(task.getAssignee())) {
            tasks.setAssignee(taskId, null);
        }
    }

    /**
     * Completes the task with the decision entered in its form. Returns normally only if this user's decision won;
     * otherwise a BusinessException says who or what got there first.
     */
    @Transactional
    public void complete(String taskId, AuthenticatedUser user, Map<String, ?> values,
                         Map<String, List<Option>> dynamicOptions) {
        Task task = permitted(taskId, user);
        ValidationResult result = validator.check(forms.read(formRefOf(task)), values, dynamicOptions);
        if (!result.isValid()) {
            throw new FormRejected(result.errors());
        }
        VariableMap variables = Variables.fromMap(result.values())
                .putValueTyped(ACTOR_VARIABLE, Variables.stringValue(user.username(), true));
        try {
            tasks.complete(taskId, variables);
        } catch (RuntimeException e) {
            if (lostTheRace(e)) {
                throw new BusinessException("tugas.error.sudah-selesai");
            }
            throw e;
        }
    }

    /**
     * The other user's completion committed first: the engine saw the task gone or changed, or a business table
     * updated by a listener in the same step found its row already moved on (wrapped by the engine).
     */
    private static boolean lostTheRace(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof NullValueException
                    || cause instanceof OptimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }

    private Task permitted(String taskId, AuthenticatedUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new BusinessException("tugas.error.sudah-selesai");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            if (candidateGroups(taskId).stream().anyMatch(user.groups()::contains)) {
                throw new BusinessException("tugas.error.diambil-orang-lain", task.getAssignee());
            }
            throw new BusinessException("tugas.error.bukan-untuk-anda");
        }
        if (task.getAssignee() == null && candidateGroups(taskId).stream().noneMatch(user.groups()::contains)) {
            throw new BusinessException("tugas.error.bukan-untuk-anda");
        }
        return task;
    }

    private Set<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static String formRefOf(Task task) {
        if (task.getCamundaFormRef() == null) {
            throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no camunda:formRef");
        }
        return task.getCamundaFormRef().getKey();
    }

    private InboxTask toInboxTask(Task task, String businessKey) {
        return new InboxTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                task.getProcessDefinitionId() == null ? null : task.getProcessDefinitionId().split(":")[0],
                businessKey, toLocal(task.getCreateTime()), toLocal(task.getDueDate()), task.getAssignee(),
                task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey(),
                tasks.getVariables(task.getId()));
    }

    /** Business keys of the tasks' process instances, in one query however long the inbox is. */
    private Map<String, String> businessKeys(List<Task> found) {
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> keys = new java.util.HashMap<>();
        runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
        return keys;
    }

    private static LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.of("Asia/Jakarta"));
    }
}
