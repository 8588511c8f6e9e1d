package id.musrenflow.monitoring.process;

import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserAccount;
import id.musrenflow.identity.UserService;
import id.musrenflow.monitoring.MonitoringAccess;
import id.musrenflow.proposal.ProposalReach;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Late work across every process: open user tasks due before a moment (overdue, or due within the configured
 * number of days), grouped by the position they are offered to, worst first, limited to the reader's reach
 * ({@link MonitoringAccess}): the case's kelurahan inside the reader's territory, an OPD verifier's own OPD's
 * tasks, a DPRD member's own pokir.
 *
 * <p>The group headers come from one grouped SQL query over the engine's task tables, a page at a time; the tasks
 * of a group from an engine native task query with the same condition, paged with {@code listPage}. The engine's
 * {@code TaskQuery} cannot say "kelurahan inside this kecamatan, or offered to this OPD, or this DPRD member's
 * pokir" in one query, and one condition for headers and pages keeps their counts equal.
 */
@Service
public class LateWorkService {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String CANDIDATE = "'candidate'";
    private static final Map<String, String> LINK_VARIABLES = Map.of(
            "Process_PelaksanaanKegiatanKel", "kegiatanId");

    private final NamedParameterJdbcTemplate jdbc;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ProcessModels models;
    private final UserService users;
    private final MonitoringAccess access;
    private final Clock clock;
    private final int defaultDays;

    LateWorkService(NamedParameterJdbcTemplate jdbc, TaskService tasks, RuntimeService runtime, ProcessModels models,
                    UserService users, MonitoringAccess access, Clock clock,
                    @Value("${musrenflow.pemantauan.terlambat.hari-ke-depan:3}") int defaultDays) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.runtime = runtime;
        this.models = models;
        this.users = users;
        this.access = access;
        this.clock = clock;
        this.defaultDays = defaultDays;
    }

    /** Days ahead the list looks by default (property {@code musrenflow.pemantauan.terlambat.hari-ke-depan}). */
    public int defaultDays() {
        return defaultDays;
    }

    public LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), WIB);
    }

    /** Every open task, with or without a due date, optionally of one process and one step. */
    public LateWork.Window allOpen(String processKey, String taskKey) {
        return new LateWork.Window(null, blank(processKey), blank(taskKey));
    }

    /** Overdue or due within {@code days} days from now. */
    public LateWork.Window window(int days, String processKey, String taskKey) {
        return new LateWork.Window(now().plusDays(Math.max(0, days)), blank(processKey), blank(taskKey));
    }

    /**
     * Groups {@code offset}..{@code offset + limit - 1}, worst (earliest due) first, with today's holders of each
     * position.
     */
    public List<LateWork.Group> groups(AuthenticatedUser user, LateWork.Window window, int offset, int limit) {
        ProposalReach reach = reachOf(user);
        ReachSql sql = new ReachSql().append("select G.grp, G.kind, count(*) n, min(G.due) worst from ("
                + "select L.GROUP_ID_ grp, 'G' kind, T.DUE_DATE_ due from ACT_RU_TASK T join ACT_RU_IDENTITYLINK L "
                + "on L.TASK_ID_ = T.ID_ and L.TYPE_ = " + CANDIDATE + " and L.GROUP_ID_ is not null where 1 = 1");
        condition(sql, reach, window);
        sql.append(" union all select T.ASSIGNEE_ grp, 'A' kind, T.DUE_DATE_ due from ACT_RU_TASK T "
                + "where T.ASSIGNEE_ is not null and not exists (select 1 from ACT_RU_IDENTITYLINK L "
                + "where L.TASK_ID_ = T.ID_ and L.TYPE_ = " + CANDIDATE + ")");
        condition(sql, reach, window);
        sql.append(") G group by G.grp, G.kind order by case when min(G.due) is null then 1 else 0 end, "
                + "min(G.due), G.grp limit ").param(limit).append(" offset ").param(offset);
        List<Object[]> rows = jdbc.query(sql.forSpring(), sql.parameters(), (rs, i) -> new Object[] {
                rs.getString("grp"), "A".equals(rs.getString("kind")), rs.getLong("n"), rs.getTimestamp("worst")});
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate today = users.today();
        List<UserAccount> everyone = users.users();
        List<LateWork.Group> groups = new ArrayList<>();
        for (Object[] row : rows) {
            String key = (String) row[0];
            boolean person = (Boolean) row[1];
            LocalDateTime worst = row[3] == null ? null : ((Timestamp) row[3]).toInstant().atZone(WIB).toLocalDateTime();
            if (person) {
                List<LateWork.Holder> holder = everyone.stream().filter(u -> u.username().equals(key))
                        .map(u -> new LateWork.Holder(u.username(), u.fullName(), null)).toList();
                groups.add(new LateWork.Group("A:" + key, null, key, (Long) row[2], worst, holder));
            } else {
                groups.add(new LateWork.Group("G:" + key, position(key, today), null, (Long) row[2], worst,
                        holders(key, everyone, today)));
            }
        }
        return groups;
    }

    /** The group's tasks {@code offset}..{@code offset + limit - 1}, most overdue first. */
    public List<LateWork.Task> tasks(AuthenticatedUser user, LateWork.Window window, String groupKey, int offset,
                                     int limit) {
        ProposalReach reach = reachOf(user);
        ReachSql sql = new ReachSql().append("select T.* from ACT_RU_TASK T where ");
        String value = groupKey.substring(2);
        if (groupKey.startsWith("A:")) {
            sql.append("T.ASSIGNEE_ = ").param(value).append(" and not exists (select 1 from ACT_RU_IDENTITYLINK L "
                    + "where L.TASK_ID_ = T.ID_ and L.TYPE_ = " + CANDIDATE + ")");
        } else {
            sql.append("exists (select 1 from ACT_RU_IDENTITYLINK L where L.TASK_ID_ = T.ID_ and L.TYPE_ = "
                    + CANDIDATE + " and L.GROUP_ID_ = ").param(value).append(")");
        }
        condition(sql, reach, window);
        sql.append(" order by case when T.DUE_DATE_ is null then 1 else 0 end, T.DUE_DATE_, T.CREATE_TIME_, T.ID_");
        var query = tasks.createNativeTaskQuery().sql(sql.forEngine());
        sql.parameters().forEach(query::parameter);
        List<Task> page = query.listPage(offset, limit);
        return describe(page);
    }

    private ProposalReach reachOf(AuthenticatedUser user) {
        ProposalReach reach = access.reach(user);
        if (reach.none()) {
            throw new AccessDeniedException("no monitoring reach");
        }
        return reach;
    }

    private void condition(ReachSql sql, ProposalReach reach, LateWork.Window window) {
        if (window.until() != null) {
            sql.append(" and T.DUE_DATE_ < ").param(Timestamp.from(window.until().atZone(WIB).toInstant()));
        }
        if (window.processKey() != null) {
            sql.append(" and T.PROC_DEF_ID_ in (select D.ID_ from ACT_RE_PROCDEF D where D.KEY_ = ")
                    .param(window.processKey()).append(")");
        }
        if (window.taskKey() != null) {
            sql.append(" and T.TASK_DEF_KEY_ = ").param(window.taskKey());
        }
        sql.reach(reach, "ACT_RU_VARIABLE", "T.PROC_INST_ID_", (s, opds) -> s
                .append("exists (select 1 from ACT_RU_IDENTITYLINK O where O.TASK_ID_ = T.ID_ and O.TYPE_ = "
                        + CANDIDATE + " and O.GROUP_ID_ in (")
                .params(opds.stream().map(o -> PositionType.VERIFIKATOR_OPD.groupId(null, o)).toList())
                .append("))"));
    }

    /**
     * Business keys and the variables a line needs, for the whole page in two queries, and the names of the (at
     * most a page of) people who took its tasks.
     */
    private List<LateWork.Task> describe(List<Task> page) {
        Set<String> instances = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (instances.isEmpty()) {
            return List.of();
        }
        Map<String, String> keys = new HashMap<>();
        runtime.createProcessInstanceQuery().processInstanceIds(instances).list()
                .forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
        Map<String, Map<String, Object>> variables = new HashMap<>();
        runtime.createVariableInstanceQuery().processInstanceIdIn(instances.toArray(String[]::new))
                .variableNameIn(ReachSql.KELURAHAN, "kegiatanId").disableBinaryFetching()
                .disableCustomObjectDeserialization().list()
                .forEach(v -> variables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                        .put(v.getName(), v.getValue()));
        Map<String, String> names = new HashMap<>();
        page.stream().map(Task::getAssignee).filter(java.util.Objects::nonNull).distinct()
                .forEach(u -> names.put(u, users.findUser(u).map(UserAccount::fullName).orElse(u)));
        List<LateWork.Task> result = new ArrayList<>();
        for (Task t : page) {
            ProcessDiagram diagram = models.diagram(t.getProcessDefinitionId());
            Map<String, Object> vars = variables.getOrDefault(t.getProcessInstanceId(), Map.of());
            String businessKey = keys.get(t.getProcessInstanceId());
            Object kelurahan = vars.get(ReachSql.KELURAHAN);
            result.add(new LateWork.Task(t.getId(), diagram.key(), diagram.name(),
                    models.elementName(t.getProcessDefinitionId(), t.getTaskDefinitionKey()), t.getName(),
                    businessKey, kelurahan == null ? null : kelurahan.toString(), local(t.getCreateTime()),
                    local(t.getDueDate()), t.getAssignee(), names.get(t.getAssignee()), link(diagram.key(), businessKey, vars)));
        }
        return result;
    }

    /** The route of the case: routes of the modules that own it. */
    static String link(String processKey, String businessKey, Map<String, Object> variables) {
        return switch (processKey) {
            case "Process_UsulanMusrenbang" -> businessKey == null ? null : "pemantauan/usulan/" + businessKey;
            case "Process_PelaksanaanKegiatanKel" -> variables.get(LINK_VARIABLES.get(processKey)) == null ? null
                    : "kegiatan-kelurahan/" + variables.get(LINK_VARIABLES.get(processKey));
            case "Process_AlokasiDanaKel" -> "rencana-kegiatan-kelurahan";
            case "Process_ProgramKerjaLkk" -> "program-lkk";
            case "Process_PendaftaranLks", "Process_AkreditasiLks" -> "lks/registri";
            default -> null;
        };
    }

    /** The position behind a candidate group id, as held today (for its label); null for unknown groups. */
    static Position position(String groupId, LocalDate today) {
        String[] parts = groupId.split(":", 3);
        for (PositionType type : PositionType.values()) {
            if (!type.groupPrefix().equals(parts[0])) {
                continue;
            }
            String territory = null;
            String organisation = null;
            switch (type.scope()) {
                case RT, RW, KELURAHAN, KECAMATAN -> territory = parts.length > 1 ? parts[1] : null;
                case KELURAHAN_ORGANISATION -> {
                    territory = parts.length > 1 ? parts[1] : null;
                    organisation = parts.length > 2 ? parts[2] : null;
                }
                case OPD, LKS -> organisation = parts.length > 1 ? parts[1] : null;
                default -> { }
            }
            return new Position(null, 0, type, territory, organisation, PositionStatus.DEFINITIF, today, null, null);
        }
        return null;
    }

    private static List<LateWork.Holder> holders(String groupId, List<UserAccount> everyone, LocalDate today) {
        List<LateWork.Holder> holders = new ArrayList<>();
        for (UserAccount u : everyone) {
            if (!u.active()) {
                continue;
            }
            UserService.activeOn(u.positions(), today).stream().filter(p -> p.groupId().equals(groupId)).findFirst()
                    .ifPresent(p -> holders.add(new LateWork.Holder(u.username(), u.fullName(), p)));
        }
        holders.sort(java.util.Comparator.comparing((LateWork.Holder h) -> h.acting())
                .thenComparing(LateWork.Holder::fullName));
        return holders;
    }

    private static LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), WIB);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
