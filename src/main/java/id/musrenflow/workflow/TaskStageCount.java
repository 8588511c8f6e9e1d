package id.musrenflow.workflow;

/**
 * How many of a user's open tasks wait at one stage (a user task of a process) and how many of them are overdue,
 * for the home page; {@code stage} and {@code processName} are the BPMN names.
 */
public record TaskStageCount(String processKey, String processName, String definitionKey, String stage, long count,
                             long overdue) {
}
