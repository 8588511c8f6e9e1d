package id.musrenflow.proposal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a forum decided (or, before confirming, would decide): the usulan numbers per outcome and the money. */
public record ForumSummary(ForumLevel level, String territoryCode, Map<ForumOutcome, List<String>> numbers,
                           BigDecimal agreedCost, BigDecimal kelurahanFundCost) {

    public ForumSummary {
        EnumMap<ForumOutcome, List<String>> copy = new EnumMap<>(ForumOutcome.class);
        numbers.forEach((outcome, list) -> copy.put(outcome, List.copyOf(list)));
        numbers = copy;
    }

    public List<String> numbers(ForumOutcome outcome) {
        return numbers.getOrDefault(outcome, List.of());
    }

    public int count(ForumOutcome outcome) {
        return numbers(outcome).size();
    }

    public int agreedCount() {
        return numbers.entrySet().stream().filter(e -> e.getKey().agreed()).mapToInt(e -> e.getValue().size()).sum();
    }

    public int total() {
        return numbers.values().stream().mapToInt(List::size).sum();
    }
}
