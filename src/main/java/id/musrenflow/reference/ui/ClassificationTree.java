package id.musrenflow.reference.ui;

import com.vaadin.flow.data.provider.hierarchy.TreeData;
import id.musrenflow.reference.Classification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Kemendagri codes nest by prefix (1 → 1.03, 7.01.03 → 7.01.03.2.02 → 7.01.03.2.02.0002), so the tree is read off
 * the codes. A search matches the start of a code ("1.03" must not find 7.01.03) or any part of a name, and keeps
 * each match with its ancestors, for context, and its descendants, for what it covers.
 */
final class ClassificationTree {

    private ClassificationTree() {
    }

    /** {@code entries} sorted by code, as the service returns them; a blank {@code term} keeps everything. */
    static TreeData<Classification> of(List<Classification> entries, String term) {
        String needle = term == null ? "" : term.strip().toLowerCase(Locale.ROOT);
        List<String> matches = entries.stream()
                .filter(entry -> needle.isEmpty() || entry.code().startsWith(needle)
                        || entry.name().toLowerCase(Locale.ROOT).contains(needle))
                .map(Classification::code).toList();
        TreeData<Classification> tree = new TreeData<>();
        List<Classification> added = new ArrayList<>();
        for (Classification entry : entries) {
            if (matches.stream().anyMatch(match -> related(match, entry.code()))) {
                tree.addItem(parentOf(entry, added), entry);
                added.add(entry);
            }
        }
        return tree;
    }

    private static boolean related(String match, String code) {
        return nests(match, code) || nests(code, match);
    }

    private static boolean nests(String outer, String inner) {
        return inner.equals(outer) || inner.startsWith(outer + ".");
    }

    private static Classification parentOf(Classification entry, List<Classification> candidates) {
        Classification parent = null;
        for (Classification candidate : candidates) {
            boolean encloses = !candidate.code().equals(entry.code()) && nests(candidate.code(), entry.code());
            if (encloses && (parent == null || candidate.code().length() > parent.code().length())) {
                parent = candidate;
            }
        }
        return parent;
    }
}
