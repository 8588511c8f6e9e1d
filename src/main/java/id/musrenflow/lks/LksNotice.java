package id.musrenflow.lks;

import java.util.List;
import java.util.Set;

/**
 * Published in the engine step's transaction when a timer of the registration fires (reminder before the due date,
 * escalation when overdue, renewal before the registration expires); {@code messageKey} is in the lks bundle and
 * {@code arguments} are literal texts; {@code groups} are the positions to tell.
 */
public record LksNotice(String messageKey, List<String> arguments, Set<String> groups, String link) {
}
