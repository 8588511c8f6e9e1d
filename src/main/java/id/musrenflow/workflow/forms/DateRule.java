package id.musrenflow.workflow.forms;

import java.util.Optional;

/**
 * What a typed date means, from the form's custom property {@code tanggal}: something that happened (a survey, a
 * visit, a signed document) cannot lie in the future nor before the process began; something scheduled cannot lie
 * in the past. A form without the property accepts any date.
 */
public enum DateRule {
    ANY(""), HAPPENED("terjadi"), PLANNED("rencana");

    private final String json;

    DateRule(String json) {
        this.json = json;
    }

    static Optional<DateRule> ofJson(String value) {
        for (DateRule rule : values()) {
            if (rule.json.equals(value)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
