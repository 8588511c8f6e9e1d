package id.musrenflow.workflow;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * A task as the inbox shows it; {@code variables} carries the ids and codes the process holds (never entities): in
 * lists only the few the list needs ({@link #KELURAHAN_VARIABLE}), for a single task all of them.
 *
 * @param stage       the BPMN name of the task (the stage: "Verifikasi usulan di kelurahan"), for filters
 * @param processName the BPMN name of the process
 * @param shared      offered to positions (candidate groups), so the assignee may hand it back (unclaim)
 */
public record InboxTask(String id, String name, String definitionKey, String processDefinitionKey, String businessKey,
                        LocalDateTime created, LocalDateTime due, String assignee, String formRef,
                        Map<String, Object> variables, String stage, String processName, boolean shared) {

    /** The process variable naming the kelurahan a task's case belongs to; the inbox filters on it. */
    public static final String KELURAHAN_VARIABLE = "kodeKelurahan";

    /** Whose the task is, seen by one user. */
    public enum Holder { AVAILABLE, CLAIMED_BY_ME, MINE, CLAIMED_BY_OTHER }

    public InboxTask {
        variables = variables == null ? Map.of() : variables;
    }

    public InboxTask(String id, String name, String definitionKey, String processDefinitionKey, String businessKey,
                     LocalDateTime created, LocalDateTime due, String assignee, String formRef,
                     Map<String, Object> variables) {
        this(id, name, definitionKey, processDefinitionKey, businessKey, created, due, assignee, formRef, variables,
                definitionKey, processDefinitionKey, true);
    }

    public boolean overdue(LocalDateTime now) {
        return due != null && due.isBefore(now);
    }

    public String kelurahanCode() {
        Object code = variables.get(KELURAHAN_VARIABLE);
        return code == null ? null : code.toString();
    }

    public Holder holder(String username) {
        if (assignee == null) {
            return Holder.AVAILABLE;
        }
        if (!assignee.equals(username)) {
            return Holder.CLAIMED_BY_OTHER;
        }
        return shared ? Holder.CLAIMED_BY_ME : Holder.MINE;
    }
}
