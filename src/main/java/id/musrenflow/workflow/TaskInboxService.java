package id.musrenflow.workflow;

import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.workflow.engine.TaskCountQuery;
import id.musrenflow.workflow.forms.FormContext;
import id.musrenflow.workflow.forms.FormSchemaReader;
import id.musrenflow.workflow.forms.FormValidator;
import id.musrenflow.workflow.forms.Option;
import id.musrenflow.workflow.forms.ValidationResult;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.pvm.PvmException;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
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

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ProcessNames names;
    private final TaskComments comments;
    private final Clock clock;
    private final TaskCountQuery counts;
    private final HistoryService history;
    private final FormSchemaReader forms = new FormSchemaReader();
    private final FormValidator validator = new FormValidator();

    TaskInboxService(TaskService tasks, RuntimeService runtime, ProcessNames names, TaskComments comments,
                     Clock clock, TaskCountQuery counts, HistoryService history) {
        this.counts = counts;
        this.history = history;
        this.tasks = tasks;
        this.runtime = runtime;
        this.names = names;
        this.comments = comments;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<InboxTask> inbox(AuthenticatedUser user) {
        return inbox(user, InboxQuery.all());
    }

    /**
     * The user's own tasks and those offered to their positions, filtered and sorted by the engine; the search
     * (any case) is applied to that list. A handful of queries however long the list is.
     */
    @Transactional(readOnly = true)
    public List<InboxTask> inbox(AuthenticatedUser user, InboxQuery filter) {
        TaskQuery query = openTo(user).initializeFormKeys();
        if (filter.processKey() != null) {
            query.processDefinitionKey(filter.processKey());
        }
        if (filter.stage() != null) {
            query.taskDefinitionKey(filter.stage());
        }
        if (filter.kelurahanCode() != null) {
            query.processVariableValueEquals(InboxTask.KELURAHAN_VARIABLE, filter.kelurahanCode());
        }
        if (filter.overdueOnly()) {
            query.dueBefore(Date.from(clock.instant()));
        }
        switch (filter.sort()) {
            case CREATED -> query.orderByTaskCreateTime().asc();
            case NAME -> query.orderByTaskName().asc().orderByDueDate().asc();
            default -> query.orderByDueDate().asc().orderByTaskCreateTime().asc();
        }
        List<Task> found = query.list().stream()
                .filter(t -> t.getAssignee() == null || t.getAssignee().equals(user.username())).toList();
        Map<String, String> businessKeys = businessKeys(found);
        if (filter.search() != null) {
            String wanted = filter.search().toLowerCase(Locale.ROOT);
            found = found.stream().filter(t -> contains(t.getName(), wanted)
                    || contains(businessKeys.get(t.getProcessInstanceId()), wanted)).toList();
        }
        Set<String> shared = sharedAmong(found, user);
        Map<String, Map<String, Object>> variables = listVariables(found);
        return found.stream().map(t -> toInboxTask(t, businessKeys.get(t.getProcessInstanceId()),
                variables.getOrDefault(t.getProcessInstanceId(), Map.of()), shared.contains(t.getId()))).toList();
    }

    /** How many tasks the user's inbox holds (for the badge beside "Tugas"): one count query. */
    @Transactional(readOnly = true)
    public long count(AuthenticatedUser user) {
        return openTo(user).count();
    }

    /**
     * The user's open tasks by stage with the overdue ones counted (the same tasks as the inbox and its badge),
     * most tasks first: one grouped query, whatever the number of tasks.
     */
    @Transactional(readOnly = true)
    public List<TaskStageCount> stages(AuthenticatedUser user) {
        return counts.openTo(user.username(), user.groups(), clock.instant()).stream()
                .map(row -> {
                    ProcessNames.Names named = row.definitionId() == null ? null : names.of(row.definitionId());
                    return new TaskStageCount(named == null ? null : named.key(), named == null ? null : named.process(),
                            row.taskKey(), named == null ? row.taskKey()
                            : named.tasks().getOrDefault(row.taskKey(), row.taskKey()), row.count(), row.overdue());
                })
                .sorted(java.util.Comparator.comparingLong(TaskStageCount::count).reversed()
                        .thenComparing(TaskStageCount::stage))
                .toList();
    }

    /** The time the inbox judges due dates by. */
    public LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), JAKARTA);
    }

    /** One task with all its process variables, for the task's own page. */
    @Transactional(readOnly = true)
    public InboxTask task(String taskId, AuthenticatedUser user) {
        Task task = permitted(taskId, user);
        return toInboxTask(task, businessKeys(List.of(task)).get(task.getProcessInstanceId()),
                tasks.getVariables(task.getId()), !candidateGroups(taskId).isEmpty());
    }

    /**
     * What the task's form dates are judged by: today (Jakarta), the day the process began, and the task's
     * variables; the same for the form on screen and for the check on completion.
     */
    @Transactional(readOnly = true)
    public FormContext formContext(InboxTask task) {
        Task open = tasks.createTaskQuery().taskId(task.id()).singleResult();
        return formContext(open == null ? null : open.getProcessInstanceId(), task.variables());
    }

    private FormContext formContext(String processInstanceId, Map<String, ?> variables) {
        var instance = processInstanceId == null ? null
                : history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return new FormContext(now().toLocalDate(), instance == null || instance.getStartTime() == null ? null
                : LocalDateTime.ofInstant(instance.getStartTime().toInstant(), JAKARTA).toLocalDate(), variables);
    }

    /** Leaves a note on the task for the others working on it; plain text only. */
    @Transactional
    public void addComment(String taskId, AuthenticatedUser user, String text) {
        comments.add(visible(taskId, user), user.username(), text);
    }

    /** The task's notes, oldest first. */
    @Transactional(readOnly = true)
    public List<TaskComment> comments(String taskId, AuthenticatedUser user) {
        visible(taskId, user);
        return comments.of(taskId);
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
        ValidationResult result = validator.check(forms.read(formRefOf(task)), values, dynamicOptions,
                formContext(task.getProcessInstanceId(), tasks.getVariables(taskId)));
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
            throw businessRefusalIn(e).orElseThrow(() -> e);
        }
    }

    /**
     * The other user's completion committed first: the engine saw the task gone or changed, or a business table
     * updated by a listener in the same step found its row already moved on (wrapped by the engine).
     */
    private static boolean lostTheRace(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof NullValueException
                    || cause instanceof OptimisticLockingFailureException || executionMovedOn(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The task was read before the other completion committed, its execution after: the engine finds the
     * execution already gone on from the task's activity (seen under load on PostgreSQL).
     */
    private static boolean executionMovedOn(Throwable error) {
        return error instanceof PvmException && error.getMessage() != null
                && error.getMessage().contains("has no current activity");
    }

    /** Assigned to the user or offered to one of their positions, whoever holds it now. */
    private Task visible(String taskId, AuthenticatedUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new BusinessException("tugas.error.sudah-selesai");
        }
        if (!user.username().equals(task.getAssignee())
                && candidateGroups(taskId).stream().noneMatch(user.groups()::contains)) {
            throw new BusinessException("tugas.error.bukan-untuk-anda");
        }
        return task;
    }

    private TaskQuery openTo(AuthenticatedUser user) {
        TaskQuery query = tasks.createTaskQuery().or().taskAssignee(user.username());
        if (!user.groups().isEmpty()) {
            query = query.taskCandidateGroupIn(List.copyOf(user.groups()));
        }
        return query.endOr();
    }

    private static boolean contains(String text, String lowerCasePart) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerCasePart);
    }

    /** Of the listed tasks, those the user holds but that were offered to positions (claimed, so releasable). */
    private Set<String> sharedAmong(List<Task> found, AuthenticatedUser user) {
        String[] mine = found.stream().filter(t -> user.username().equals(t.getAssignee())).map(Task::getId)
                .toArray(String[]::new);
        if (mine.length == 0) {
            return Set.of();
        }
        return tasks.createTaskQuery().taskIdIn(mine).withCandidateGroups().includeAssignedTasks().list().stream()
                .map(Task::getId).collect(Collectors.toSet());
    }

    /** The variables a list shows, for all listed tasks' process instances in one query. */
    private Map<String, Map<String, Object>> listVariables(List<Task> found) {
        String[] instanceIds = found.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).distinct()
                .toArray(String[]::new);
        if (instanceIds.length == 0) {
            return Map.of();
        }
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        runtime.createVariableInstanceQuery().processInstanceIdIn(instanceIds)
                .variableName(InboxTask.KELURAHAN_VARIABLE).disableBinaryFetching()
                .disableCustomObjectDeserialization().list()
                .forEach(v -> byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                        .putIfAbsent(v.getName(), v.getValue()));
        return byInstance;
    }

    /** A business rule refused the step inside the engine (a listener threw it; the engine wrapped it). */
    private static java.util.Optional<BusinessException> businessRefusalIn(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException refusal) {
                return java.util.Optional.of(refusal);
            }
        }
        return java.util.Optional.empty();
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

    /** A task completed by someone else since it was read has no links left: that user lost the race. */
    private Set<String> candidateGroups(String taskId) {
        List<org.camunda.bpm.engine.task.IdentityLink> links;
        try {
            links = tasks.getIdentityLinksForTask(taskId);
        } catch (NullValueException gone) {
            throw new BusinessException("tugas.error.sudah-selesai");
        }
        return links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .collect(Collectors.toSet());
    }

    private static String formRefOf(Task task) {
        if (task.getCamundaFormRef() == null) {
            throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no camunda:formRef");
        }
        return task.getCamundaFormRef().getKey();
    }

    private InboxTask toInboxTask(Task task, String businessKey, Map<String, Object> variables, boolean shared) {
        String definitionId = task.getProcessDefinitionId();
        ProcessNames.Names named = definitionId == null ? null : names.of(definitionId);
        return new InboxTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                named == null ? null : named.key(),
                businessKey, toLocal(task.getCreateTime()), toLocal(task.getDueDate()), task.getAssignee(),
                task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey(),
                Map.copyOf(variables.entrySet().stream().filter(e -> e.getValue() != null)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))),
                named == null ? task.getTaskDefinitionKey()
                        : named.tasks().getOrDefault(task.getTaskDefinitionKey(), task.getTaskDefinitionKey()),
                named == null ? null : named.process(), shared);
    }

    /** Business keys of the tasks' process instances, in one query however long the inbox is. */
    private Map<String, String> businessKeys(List<Task> found) {
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> keys = new HashMap<>();
        runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
        return keys;
    }

    private static LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), JAKARTA);
    }
}
