package id.musrenflow.workflow;

import java.time.LocalDateTime;

/** A note left on a task by someone working on it; kept in the engine's history after the task is completed. */
public record TaskComment(String author, LocalDateTime at, String text) {
}
