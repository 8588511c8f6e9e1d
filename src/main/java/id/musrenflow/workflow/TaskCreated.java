package id.musrenflow.workflow;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * Published in the engine's transaction for every user task the engine creates, after the task's own create
 * listeners have named it. {@code candidateGroups} are the positions it is offered to; {@code assignee} is set when
 * the model assigns it to one person (the revision task goes back to the proposer).
 */
public record TaskCreated(String taskId, String name, String processDefinitionKey, String businessKey,
                          Set<String> candidateGroups, String assignee, LocalDateTime due) {
}
