package id.musrenflow.monitoring.process;

import id.musrenflow.proposal.ProposalReach;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WHERE clause over the engine's tables with named parameters, written once and rendered for Spring's
 * {@code :name} and the engine's native queries' {@code #{name}}. The reach of {@link ProposalReach} becomes
 * conditions on the case's process variables: {@code kodeKelurahan} inside a territory (kecamatan codes are
 * prefixes of their kelurahan codes), the OPD condition the caller supplies, and {@code pengusul} for a DPRD
 * member's own pokir.
 */
final class ReachSql {

    static final String KELURAHAN = "kodeKelurahan";
    static final String OPD = "kodeOpd";
    static final String PROPOSER = "pengusul";

    private final StringBuilder text = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    ReachSql append(String sql) {
        text.append(sql);
        return this;
    }

    /** Appends a placeholder for {@code value} and returns this. */
    ReachSql param(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        text.append("{").append(name).append("}");
        return this;
    }

    ReachSql params(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            param(values.get(i));
        }
        return this;
    }

    /** Adds the reach as {@code and (...)}; nothing for the whole city, {@code and 1 = 0} for no reach at all. */
    ReachSql reach(ProposalReach reach, String variableTable, String instanceColumn, OpdCondition opd) {
        if (reach.wholeCity()) {
            return this;
        }
        List<Runnable> any = new ArrayList<>();
        for (String territory : reach.territories()) {
            any.add(() -> variable(variableTable, instanceColumn, KELURAHAN)
                    .append(" and (V.TEXT_ = ").param(territory).append(" or V.TEXT_ like ").param(territory + ".%")
                    .append("))"));
        }
        if (!reach.opds().isEmpty()) {
            any.add(() -> opd.append(this, List.copyOf(reach.opds())));
        }
        if (reach.pokirOf() != null) {
            any.add(() -> variable(variableTable, instanceColumn, PROPOSER).append(" and V.TEXT_ = ")
                    .param(reach.pokirOf()).append(")"));
        }
        if (any.isEmpty()) {
            return append(" and 1 = 0");
        }
        append(" and (");
        for (int i = 0; i < any.size(); i++) {
            if (i > 0) {
                append(" or ");
            }
            any.get(i).run();
        }
        return append(")");
    }

    /** Opens {@code exists (select 1 from <table> V where <instance> and V.NAME_ = name}: the caller closes it. */
    ReachSql variable(String variableTable, String instanceColumn, String name) {
        return append("exists (select 1 from " + variableTable + " V where V.PROC_INST_ID_ = " + instanceColumn
                + " and V.TASK_ID_ is null and V.NAME_ = ").param(name);
    }

    /** How an OPD verifier's reach reads in this query (a task's candidate group, a case's OPD variable). */
    @FunctionalInterface
    interface OpdCondition {
        void append(ReachSql sql, List<String> opds);
    }

    String forSpring() {
        return render(":", "");
    }

    String forEngine() {
        return render("#{", "}");
    }

    Map<String, Object> parameters() {
        return params;
    }

    private String render(String open, String close) {
        String sql = text.toString();
        for (String name : params.keySet()) {
            sql = sql.replace("{" + name + "}", open + name + close);
        }
        return sql;
    }
}
