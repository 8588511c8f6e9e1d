package id.musrenflow.workflow;

import id.musrenflow.base.BusinessException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Task comments in the engine's comment table, which belongs to its history: they outlive the task. The author is
 * the engine's authenticated user at the time of writing, so it is set for that one command.
 */
@Component
class TaskComments {

    static final int MAX_LENGTH = 1000;
    /** Same rule as the form validator: what an HTML parser would take for the start of a tag. */
    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!?]");
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final TaskService tasks;
    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engine;

    TaskComments(TaskService tasks, IdentityService identity, ProcessEngineConfiguration engine) {
        this.tasks = tasks;
        this.identity = identity;
        this.engine = (ProcessEngineConfigurationImpl) engine;
    }

    void add(Task task, String username, String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new BusinessException("tugas.komentar.error.kosong");
        }
        if (clean.length() > MAX_LENGTH) {
            throw new BusinessException("tugas.komentar.error.terlalu-panjang", MAX_LENGTH);
        }
        if (MARKUP.matcher(clean).find()) {
            throw new BusinessException("tugas.komentar.error.html");
        }
        Authentication previous = identity.getCurrentAuthentication();
        identity.setAuthenticatedUserId(username);
        try {
            // our own permission check has run; the engine's grants are for Cockpit users, not for inbox users
            engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
                    new AddCommentCmd(task.getId(), task.getProcessInstanceId(), clean)));
        } finally {
            if (previous == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(previous);
            }
        }
    }

    List<TaskComment> of(String taskId) {
        return tasks.getTaskComments(taskId).stream()
                .sorted(Comparator.comparing(c -> c.getTime()))
                .map(c -> new TaskComment(c.getUserId(),
                        LocalDateTime.ofInstant(c.getTime().toInstant(), JAKARTA), c.getFullMessage()))
                .toList();
    }
}
