package id.musrenflow.proposal;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * Published in the engine step's transaction when a timer of an usulan task fires: a reminder before the due date
 * (to {@code groups}, or to {@code assignee} for the proposer's own revision), or an escalation once it has passed
 * (to the task's positions and {@code escalatedTo}, now one of them).
 */
public record ProposalTaskDeadline(TaskDeadline.Kind kind, long proposalId, String number, String title,
                                   String taskId, String stage, LocalDateTime due, Set<String> groups,
                                   String assignee, String escalatedTo) {

    public ProposalTaskDeadline {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
