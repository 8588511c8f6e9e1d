package id.musrenflow.monitoring.process;

import java.util.Map;

/**
 * Figures drawn over a process diagram, by BPMN element id.
 *
 * @param waiting    instances waiting at the element now
 * @param passages   how many entered the element and how long the finished ones stayed (the heatmap)
 * @param restricted the reader sees only part of the process's instances (their territory), or none when the
 *                   process carries no territory and the reader is not city-wide
 * @param hidden     the figures are withheld: the process carries no territory and the reader is not city-wide
 */
public record ProcessFigures(Map<String, Long> waiting, Map<String, Passage> passages, boolean restricted,
                             boolean hidden) {

    /** Entered {@code entered} times; of the {@code finished} stays, median and average in hours. */
    public record Passage(long entered, long finished, Double medianHours, Double averageHours) {
    }

    public long waitingAt(String elementId) {
        return waiting.getOrDefault(elementId, 0L);
    }

    public long maxEntered() {
        return passages.values().stream().mapToLong(Passage::entered).max().orElse(0);
    }
}
