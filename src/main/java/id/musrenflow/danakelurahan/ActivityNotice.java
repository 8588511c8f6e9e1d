package id.musrenflow.danakelurahan;

import java.util.List;
import java.util.Set;

/**
 * Published in the engine step's transaction when a progress report is overdue (reminder to the implementer,
 * escalation to the Lurah and Camat); {@code messageKey} is in the kegiatan bundle, {@code arguments} are literal.
 */
public record ActivityNotice(String messageKey, List<String> arguments, Set<String> groups, String link) {
}
