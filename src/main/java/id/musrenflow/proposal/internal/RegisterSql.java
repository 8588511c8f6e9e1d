package id.musrenflow.proposal.internal;

import id.musrenflow.proposal.ProposalReach;
import id.musrenflow.proposal.ProposalStage;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.RegisterFilter;
import id.musrenflow.region.TerritoryCodes;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The where clause of a register selection over {@code usulan u}, with its named parameters: the reader's reach
 * first, then the filter. Every value is a parameter; only enum names and fixed column names are written into SQL.
 */
final class RegisterSql {

    /** The stage of {@code u} as an SQL expression (the funnel stage of its status and field verdict). */
    static final String STAGE = stageCase();

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    private int counter;

    RegisterSql(RegisterFilter filter, ProposalReach reach, boolean withDrafts, LocalDateTime now) {
        reach(reach);
        if (!withDrafts) {
            conditions.add("u.status <> 'DRAFT'");
        }
        if (filter.year() != null) {
            conditions.add("u.tahun = " + param(filter.year()));
        }
        if (filter.territory() != null && !TerritoryCodes.KOTA_PEKALONGAN.equals(filter.territory())) {
            conditions.add(within(filter.territory()));
        }
        if (!filter.stages().isEmpty()) {
            conditions.add(stages(filter.stages()));
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("u.status in (" + param(filter.statuses().stream().map(Enum::name).toList()) + ")");
        }
        if (filter.initialOpd() != null) {
            conditions.add("u.opd_awal = " + param(filter.initialOpd()));
        }
        if (filter.finalOpd() != null) {
            conditions.add("coalesce(u.opd_akhir, u.opd_awal) = " + param(filter.finalOpd()));
        }
        if (filter.field() != null) {
            conditions.add("u.bidang = " + param(filter.field().name()));
        }
        if (filter.origin() != null) {
            conditions.add("u.asal = " + param(filter.origin().name()));
        }
        if (filter.kind() != null) {
            conditions.add("u.jenis = " + param(filter.kind().name()));
        }
        if (filter.catalogueItemId() != null) {
            conditions.add("u.kamus_id = " + param(filter.catalogueItemId()));
        }
        if (filter.overdue()) {
            Set<ProposalStage> withTasks = java.util.EnumSet.noneOf(ProposalStage.class);
            for (ProposalStage stage : ProposalStage.values()) {
                if (stage.hasTask()) {
                    withTasks.add(stage);
                }
            }
            conditions.add("u.tenggat < " + param(Timestamp.valueOf(now)));
            conditions.add(stages(withTasks));
        }
        if (filter.search() != null) {
            String like = param("%" + filter.search().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
            conditions.add("(lower(u.nomor) like " + like + " or lower(u.judul) like " + like
                    + " or lower(u.alamat) like " + like + ")");
        }
    }

    private void reach(ProposalReach reach) {
        if (reach.wholeCity()) {
            return;
        }
        List<String> any = new ArrayList<>();
        reach.territories().forEach(code -> any.add(within(code)));
        if (!reach.opds().isEmpty()) {
            String opds = param(List.copyOf(reach.opds()));
            any.add("u.opd_awal in (" + opds + ") or u.opd_akhir in (" + opds + ")");
        }
        if (reach.pokirOf() != null) {
            any.add("(u.asal = 'POKIR' and u.pengusul_username = " + param(reach.pokirOf()) + ")");
        }
        conditions.add(any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")");
    }

    /** Usulan in a kecamatan, kelurahan or RW (its code and everything under it). */
    private String within(String code) {
        if (depth(code) >= 4) {
            return "u.kode_rw = " + param(code);
        }
        return "(u.kode_kelurahan = " + param(code) + " or u.kode_kelurahan like " + param(code + ".%") + ")";
    }

    static int depth(String code) {
        return (int) code.chars().filter(c -> c == '.').count();
    }

    private String stages(Collection<ProposalStage> stages) {
        List<String> any = new ArrayList<>();
        for (ProposalStage stage : stages) {
            any.add(stageCondition(stage));
        }
        return "(" + String.join(" or ", any) + ")";
    }

    static String stageCondition(ProposalStage stage) {
        return switch (stage) {
            case VERIFIKASI_KECAMATAN -> "(u.status = 'DISEPAKATI_MUSRENBANGKEL' or (u.status = 'DITERUSKAN_KECAMATAN' "
                    + "and u.lapangan_layak_pada is null))";
            case FORUM_KECAMATAN -> "(u.status = 'DITERUSKAN_KECAMATAN' and u.lapangan_layak_pada is not null)";
            default -> "u.status in (" + names(stage.statuses()) + ")";
        };
    }

    private static String stageCase() {
        StringBuilder sql = new StringBuilder("case when u.status = 'DITERUSKAN_KECAMATAN' and u.lapangan_layak_pada "
                + "is not null then 'FORUM_KECAMATAN'");
        for (ProposalStage stage : ProposalStage.values()) {
            if (stage != ProposalStage.FORUM_KECAMATAN) {
                sql.append(" when u.status in (").append(names(stage.statuses())).append(") then '")
                        .append(stage.name()).append('\'');
            }
        }
        return sql.append(" end").toString();
    }

    /** The stage a status row of the history belongs to ({@code column} holds the status), field verdict aside. */
    static String stageOfStatus(String column) {
        StringBuilder sql = new StringBuilder("case");
        for (ProposalStage stage : ProposalStage.values()) {
            if (stage != ProposalStage.FORUM_KECAMATAN) {
                sql.append(" when ").append(column).append(" in (").append(names(stage.statuses())).append(") then '")
                        .append(stage.name()).append('\'');
            }
        }
        return sql.append(" end").toString();
    }

    private static String names(Set<ProposalStatus> statuses) {
        return String.join(", ", statuses.stream().sorted().map(s -> "'" + s.name() + "'").toList());
    }

    String param(Object value) {
        String name = "p" + (counter++);
        params.put(name, value);
        return ":" + name;
    }

    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Map<String, Object> params() {
        return params;
    }
}
