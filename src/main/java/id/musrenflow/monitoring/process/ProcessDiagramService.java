package id.musrenflow.monitoring.process;

import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.monitoring.MonitoringAccess;
import id.musrenflow.proposal.ProposalReach;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Counts over a process diagram: instances waiting at each element now and the historic heatmap (how many entered
 * each element, median and average stay), aggregated in SQL over the engine's history, never one query per instance.
 *
 * <p>Territory: processes named in {@code musrenflow.pemantauan.proses-berwilayah} carry {@code kodeKelurahan}, so a
 * Camat, Lurah, OPD verifier (variable {@code kodeOpd}) or DPRD member (own pokir, variable {@code pengusul}) sees
 * the figures of their reach only. Processes without territory (the season, LKS registration and accreditation,
 * validity timers) are city business: their figures are shown to city-wide readers only; others see the diagram
 * with a note instead of numbers. City-wide readers' "now" counts come from the engine's activity statistics.
 */
@Service
public class ProcessDiagramService {

    private final ProcessModels models;
    private final ManagementService management;
    private final NamedParameterJdbcTemplate jdbc;
    private final MonitoringAccess access;
    private final Set<String> territorial;
    private final Map<String, String> yearVariables;

    ProcessDiagramService(ProcessModels models, ManagementService management, NamedParameterJdbcTemplate jdbc,
                          MonitoringAccess access,
                          @Value("${musrenflow.pemantauan.proses-berwilayah:Process_UsulanMusrenbang,"
                                  + "Process_AlokasiDanaKel,Process_PelaksanaanKegiatanKel,Process_ProgramKerjaLkk}")
                          Set<String> territorial,
                          @Value("${musrenflow.pemantauan.variabel-tahun:Process_UsulanMusrenbang=tahun}")
                          List<String> yearVariables) {
        this.models = models;
        this.management = management;
        this.jdbc = jdbc;
        this.access = access;
        this.territorial = Set.copyOf(territorial);
        this.yearVariables = yearVariables.stream().map(e -> e.split("=", 2)).filter(e -> e.length == 2)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(e -> e[0].strip(), e -> e[1].strip()));
    }

    public List<ProcessModels.DeployedProcess> processes() {
        return models.processes();
    }

    public java.util.Optional<ProcessDiagram> diagram(String key) {
        return models.latest(key);
    }

    /** Whether the process's instances carry a planning year the figures can be filtered by. */
    public boolean hasYear(String key) {
        return yearVariables.containsKey(key);
    }

    /** The planning years the process's instances carry, newest first (one grouped query). */
    public List<Integer> years(String key) {
        if (!hasYear(key)) {
            return List.of();
        }
        return jdbc.queryForList("select distinct V.LONG_ from ACT_HI_VARINST V where V.PROC_DEF_KEY_ = :key "
                        + "and V.NAME_ = :name and V.TASK_ID_ is null and V.LONG_ is not null order by V.LONG_ desc",
                Map.of("key", key, "name", yearVariables.get(key)), Long.class).stream().map(Long::intValue).toList();
    }

    /**
     * The figures the reader may see; {@code year} (null = every year) applies to processes with a year variable.
     * Refuses readers without a planner's view.
     */
    public ProcessFigures figures(ProcessDiagram diagram, AuthenticatedUser user, Integer year) {
        ProposalReach reach = access.reach(user);
        if (reach.none()) {
            throw new org.springframework.security.access.AccessDeniedException("no monitoring reach");
        }
        boolean city = reach.wholeCity();
        if (!city && !territorial.contains(diagram.key())) {
            return new ProcessFigures(Map.of(), Map.of(), true, true);
        }
        Integer filterYear = hasYear(diagram.key()) ? year : null;
        Map<String, Long> waiting = city && filterYear == null ? statistics(diagram) : open(diagram, reach, filterYear);
        return new ProcessFigures(waiting, passages(diagram, reach, filterYear), !city, false);
    }

    private Map<String, Long> statistics(ProcessDiagram diagram) {
        Map<String, Long> counts = new HashMap<>();
        for (ActivityStatistics s : management.createActivityStatisticsQuery(diagram.definitionId()).list()) {
            counts.merge(s.getId(), (long) s.getInstances(), Long::sum);
        }
        return counts;
    }

    /** Open activity instances of the latest definition: the same count the statistics give, within a reach. */
    private Map<String, Long> open(ProcessDiagram diagram, ProposalReach reach, Integer year) {
        ReachSql sql = new ReachSql().append("select A.ACT_ID_ act, count(*) n from ACT_HI_ACTINST A "
                + "where A.PROC_DEF_ID_ = ").param(diagram.definitionId())
                .append(" and A.END_TIME_ is null and A.ACT_TYPE_ not like '%multiInstanceBody%'");
        restrict(sql, diagram, reach, year);
        sql.append(" group by A.ACT_ID_");
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(sql.forSpring(), sql.parameters(),
                rs -> {
                    counts.put(rs.getString("act"), rs.getLong("n"));
                });
        return counts;
    }

    /** Over every version of the process: element ids are stable across versions. */
    private Map<String, ProcessFigures.Passage> passages(ProcessDiagram diagram, ProposalReach reach, Integer year) {
        ReachSql sql = new ReachSql().append("select A.ACT_ID_ act, count(*) n, count(A.DURATION_) done, "
                + "avg(cast(A.DURATION_ as double precision)) / 3600000.0 average, "
                + "percentile_cont(0.5) within group (order by A.DURATION_) / 3600000.0 median "
                + "from ACT_HI_ACTINST A where A.PROC_DEF_KEY_ = ").param(diagram.key())
                .append(" and A.ACT_TYPE_ not like '%multiInstanceBody%'");
        restrict(sql, diagram, reach, year);
        sql.append(" group by A.ACT_ID_");
        Map<String, ProcessFigures.Passage> passages = new HashMap<>();
        jdbc.query(sql.forSpring(), sql.parameters(), rs -> {
            long done = rs.getLong("done");
            passages.put(rs.getString("act"), new ProcessFigures.Passage(rs.getLong("n"), done,
                    done == 0 ? null : rs.getDouble("median"), done == 0 ? null : rs.getDouble("average")));
        });
        return passages;
    }

    private void restrict(ReachSql sql, ProcessDiagram diagram, ProposalReach reach, Integer year) {
        if (year != null) {
            sql.append(" and ").variable("ACT_HI_VARINST", "A.PROC_INST_ID_", yearVariables.get(diagram.key()))
                    .append(" and V.LONG_ = ").param(year.longValue()).append(")");
        }
        sql.reach(reach, "ACT_HI_VARINST", "A.PROC_INST_ID_", (s, opds) -> s
                .variable("ACT_HI_VARINST", "A.PROC_INST_ID_", ReachSql.OPD).append(" and V.TEXT_ in (")
                .params(opds).append("))"));
    }
}
