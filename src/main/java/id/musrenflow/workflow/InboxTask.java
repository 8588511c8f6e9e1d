package id.musrenflow.workflow;

import java.time.LocalDateTime;
import java.util.Map;

/** A task as the inbox shows it; {@code variables} carries the ids and codes the process holds (never entities). */
public record InboxTask(String id, String name, String definitionKey, String processDefinitionKey, String businessKey,
                        LocalDateTime created, LocalDateTime due, String assignee, String formRef,
                        Map<String, Object> variables) {

    public boolean overdue(LocalDateTime now) {
        return due != null && due.isBefore(now);
    }
}
