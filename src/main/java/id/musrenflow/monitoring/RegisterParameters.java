package id.musrenflow.monitoring;

import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalStage;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.RegisterFilter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A register filter as query parameters, so every figure of the dashboard links to the register filtered to exactly
 * its usulan and a filtered register can be bookmarked:
 * {@code pemantauan/usulan?tahun=2027&wilayah=33.75.01&tahap=RW,OPD&opd=DPUPR&bidang=SOSIAL&terlambat=ya}.
 * Unknown or malformed values are dropped, never guessed.
 */
public final class RegisterParameters {

    public static final String REGISTER_ROUTE = "pemantauan/usulan";

    private RegisterParameters() {
    }

    public static Map<String, List<String>> of(RegisterFilter f) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        put(q, "tahun", f.year());
        put(q, "wilayah", f.territory());
        if (!f.stages().isEmpty()) {
            q.put("tahap", List.of(String.join(",", f.stages().stream().sorted().map(Enum::name).toList())));
        }
        if (!f.statuses().isEmpty()) {
            q.put("status", List.of(String.join(",", f.statuses().stream().sorted().map(Enum::name).toList())));
        }
        put(q, "opd-awal", f.initialOpd());
        put(q, "opd", f.finalOpd());
        put(q, "bidang", f.field());
        put(q, "asal", f.origin());
        put(q, "jenis", f.kind());
        put(q, "kamus", f.catalogueItemId());
        if (f.overdue()) {
            q.put("terlambat", List.of("ya"));
        }
        put(q, "cari", f.search());
        return q;
    }

    /** "pemantauan/usulan?tahun=2027&..." for an anchor or {@code UI.navigate}. */
    public static String link(RegisterFilter f) {
        StringBuilder url = new StringBuilder(REGISTER_ROUTE);
        char sep = '?';
        for (Map.Entry<String, List<String>> e : of(f).entrySet()) {
            url.append(sep).append(e.getKey()).append('=')
                    .append(java.net.URLEncoder.encode(e.getValue().get(0), java.nio.charset.StandardCharsets.UTF_8));
            sep = '&';
        }
        return url.toString();
    }

    public static RegisterFilter parse(Map<String, List<String>> q, int defaultYear) {
        Integer year = first(q, "tahun").flatMap(RegisterParameters::integer).orElse(defaultYear);
        return new RegisterFilter(year, first(q, "wilayah").filter(c -> c.matches("[0-9.]{5,30}")).orElse(null),
                enums(q, "tahap", ProposalStage.class), enums(q, "status", ProposalStatus.class),
                first(q, "opd-awal").filter(RegisterParameters::code).orElse(null),
                first(q, "opd").filter(RegisterParameters::code).orElse(null),
                one(q, "bidang", ProposalField::valueOf), one(q, "asal", ProposalOrigin::valueOf),
                one(q, "jenis", ProposalKind::valueOf),
                first(q, "kamus").flatMap(RegisterParameters::integer).map(Integer::longValue).orElse(null),
                first(q, "terlambat").map("ya"::equals).orElse(false),
                first(q, "cari").map(s -> s.length() > 100 ? s.substring(0, 100) : s).orElse(null));
    }

    private static void put(Map<String, List<String>> q, String key, Object value) {
        if (value != null) {
            q.put(key, List.of(value instanceof Enum<?> e ? e.name() : value.toString()));
        }
    }

    /** The first non-blank value of a query parameter, stripped. */
    public static Optional<String> first(Map<String, List<String>> q, String key) {
        List<String> values = q.get(key);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? Optional.empty()
                : Optional.of(values.get(0).strip());
    }

    /** A whole number, or empty for anything else. */
    public static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean code(String text) {
        return text.matches("[A-Za-z0-9._-]{1,30}");
    }

    private static <E extends Enum<E>> E one(Map<String, List<String>> q, String key, Function<String, E> parse) {
        return first(q, key).flatMap(v -> {
            try {
                return Optional.of(parse.apply(v));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> q, String key, Class<E> type) {
        List<E> values = new ArrayList<>();
        first(q, key).ifPresent(v -> {
            for (String part : v.split(",")) {
                try {
                    values.add(Enum.valueOf(type, part.strip()));
                } catch (IllegalArgumentException e) {
                    // an unknown name is dropped
                }
            }
        });
        return values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
    }
}
