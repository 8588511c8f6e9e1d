package id.musrenflow.workflow.forms;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The subset of FEEL our forms use in {@code conditional.hide}: comparisons of a field with a string literal,
 * joined by {@code and} / {@code or}. Evaluated the FEEL way: a missing value equals no string, so
 * {@code keputusan != "SETUJUI"} is true while nothing is chosen yet.
 */
public sealed interface Condition {

    boolean test(Map<String, ?> values);

    /** The field keys the condition reads. */
    Set<String> keys();

    record Comparison(String key, String literal, boolean equal) implements Condition {

        @Override
        public boolean test(Map<String, ?> values) {
            boolean same = Objects.equals(values.get(key), literal);
            return equal == same;
        }

        @Override
        public Set<String> keys() {
            return Set.of(key);
        }
    }

    record And(Condition left, Condition right) implements Condition {

        @Override
        public boolean test(Map<String, ?> values) {
            return left.test(values) && right.test(values);
        }

        @Override
        public Set<String> keys() {
            return union(left, right);
        }
    }

    record Or(Condition left, Condition right) implements Condition {

        @Override
        public boolean test(Map<String, ?> values) {
            return left.test(values) || right.test(values);
        }

        @Override
        public Set<String> keys() {
            return union(left, right);
        }
    }

    private static Set<String> union(Condition left, Condition right) {
        Set<String> keys = new HashSet<>(left.keys());
        keys.addAll(right.keys());
        return Set.copyOf(keys);
    }
}
