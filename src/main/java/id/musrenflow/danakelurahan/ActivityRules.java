package id.musrenflow.danakelurahan;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes an activity acceptable to store; the form shows the same messages the service refuses with. Each
 * check answers with a message key (dana bundle) or nothing.
 */
public final class ActivityRules {

    private static final Pattern MARKUP = Pattern.compile("[<>]");

    private ActivityRules() {
    }

    public static Optional<String> name(String name) {
        return text(name, 3, 200);
    }

    public static Optional<String> targetGroup(String target) {
        return text(target, 3, 200);
    }

    /** Larger requests than {@code max} (DanaLimits.maxActivityBudget) are typing errors. */
    public static Optional<String> budget(BigDecimal budget, BigDecimal max) {
        if (budget == null) {
            return Optional.of("dana.kegiatan.error.anggaran-wajib");
        }
        if (budget.signum() <= 0) {
            return Optional.of("dana.kegiatan.error.anggaran-positif");
        }
        if (budget.compareTo(max) > 0) {
            return Optional.of("dana.kegiatan.error.anggaran-maksimum");
        }
        return Optional.empty();
    }

    public static Optional<String> first(ActivityDraft draft, BigDecimal maxBudget) {
        if (draft.theme() == null) {
            return Optional.of("dana.kegiatan.error.tema-wajib");
        }
        return name(draft.name()).or(() -> targetGroup(draft.targetGroup())).or(() -> budget(draft.budget(), maxBudget));
    }

    private static Optional<String> text(String value, int min, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            return Optional.of("dana.kegiatan.error.wajib");
        }
        if (MARKUP.matcher(stripped).find()) {
            return Optional.of("dana.kegiatan.error.markup");
        }
        if (stripped.length() < min || stripped.length() > max) {
            return Optional.of("dana.kegiatan.error.panjang");
        }
        return Optional.empty();
    }
}
