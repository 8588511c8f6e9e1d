package id.musrenflow.proposal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.musrenflow.PostgresIT;
import id.musrenflow.TestTime;
import id.musrenflow.proposal.CatalogueService;
import id.musrenflow.proposal.ProposalReach;
import id.musrenflow.proposal.ProposalRegister;
import id.musrenflow.proposal.ProposalStage;
import id.musrenflow.proposal.RegisterFilter;
import id.musrenflow.proposal.process.UsulanMusrenbangProcess;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo season (issue 11, point 9) on PostgreSQL: usulan at every stage of every kelurahan, each one that waits
 * on a task or a forum with a process instance waiting at that element, a consistent status history, and nothing
 * more on a second run. Runs in a transaction that is rolled back, so the shared test database keeps no demo season.
 */
class DemoSeasonGeneratorIT extends PostgresIT {

    private static final int YEAR = TestTime.PLANNING_YEAR;

    @Autowired
    private DemoSeasonGenerator generator;
    @Autowired
    private CatalogueService catalogue;
    @Autowired
    private ProposalRegister register;
    @Autowired
    private RegionService regions;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transactions;

    private record Demo(long id, String number, String status, String stage, String kelurahan, String rw,
                        String opd, String instance, LocalDateTime due, int revision, String finalOpd,
                        boolean danaKelurahan, Double latitude, Double longitude) {
    }

    @Test
    void the_demo_season_has_usulan_at_every_stage_with_their_process_waiting_where_they_stand() {
        transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            catalogue.ensureYear(YEAR);
            long before = jdbc.sql("select coalesce(max(id), 0) from usulan").query(Long.class).single();
            long started = System.nanoTime();
            int created = generator.generate(YEAR);
            System.out.printf("Demo season: %d usulan in %d ms%n", created, (System.nanoTime() - started) / 1_000_000);
            List<Demo> demo = demo(before);

            assertThat(created).isBetween(300, 600).isEqualTo(demo.size());
            Map<ProposalStage, Integer> perStage = new EnumMap<>(ProposalStage.class);
            demo.forEach(u -> perStage.merge(ProposalStage.valueOf(u.stage()), 1, Integer::sum));
            assertThat(perStage.keySet()).containsExactlyInAnyOrder(ProposalStage.values());
            assertThat(demo).extracting(Demo::kelurahan).containsAll(
                    regions.byLevel(Level.KELURAHAN).stream().map(k -> k.code()).toList());
            assertThat(demo).extracting(Demo::rw).doesNotContain("33.75.01.1002.002");

            assertInstancesWaitWhereTheUsulanStand(demo);
            assertTasksBelongToTheRightPositions(demo);
            assertHistoriesAreConsistent(demo);

            assertThat(demo).anyMatch(u -> u.revision() > 0 && !u.status().equals("PERLU_REVISI"));
            assertThat(demo).anyMatch(u -> u.status().equals("DIBATALKAN"));
            assertThat(demo).anyMatch(u -> u.finalOpd() != null);
            assertThat(demo).anyMatch(Demo::danaKelurahan);
            assertThat(register.count(RegisterFilter.ofYear(YEAR).withOverdue(true), ProposalReach.CITY)).isPositive();
            assertThat(demo).filteredOn(u -> u.latitude() != null).isNotEmpty().allSatisfy(u -> {
                assertThat(u.latitude()).isBetween(-6.98, -6.80);
                assertThat(u.longitude()).isBetween(109.60, 109.74);
            });

            assertThat(generator.generate(YEAR)).isZero();
            assertThat(demo(before)).hasSameSizeAs(demo);
        });
    }

    private void assertInstancesWaitWhereTheUsulanStand(List<Demo> demo) {
        Set<String> instances = new HashSet<>();
        Map<String, Integer> expected = new HashMap<>();
        for (Demo u : demo) {
            String element = elementOf(u);
            if (element == null) {
                assertThat(u.instance()).as(u.number() + " " + u.status()).isNull();
            } else {
                assertThat(u.instance()).as(u.number() + " " + u.status()).isNotNull();
                instances.add(u.instance());
                expected.merge(element, 1, Integer::sum);
            }
        }
        assertThat(expected).hasSize(10);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceIds(instances).activityIdIn(e.getKey())
                    .count()).as(e.getKey()).isEqualTo(e.getValue().longValue());
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceIds(instances).count())
                .isEqualTo(instances.size());
        for (Demo u : demo) {
            if (u.instance() != null) {
                assertThat(runtime.createProcessInstanceQuery().processInstanceId(u.instance()).singleResult()
                        .getBusinessKey()).isEqualTo(u.number());
            }
        }
    }

    private void assertTasksBelongToTheRightPositions(List<Demo> demo) {
        Map<String, Demo> byInstance = new HashMap<>();
        demo.stream().filter(u -> u.instance() != null).forEach(u -> byInstance.put(u.instance(), u));
        List<Task> open = tasks.createTaskQuery().processInstanceIdIn(byInstance.keySet().toArray(String[]::new))
                .list();
        assertThat(open).hasSize((int) demo.stream().filter(u -> u.instance() != null
                && !u.stage().startsWith("FORUM_")).count());
        for (Task task : open) {
            Demo u = byInstance.get(task.getProcessInstanceId());
            List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
            switch (task.getTaskDefinitionKey()) {
                case UsulanMusrenbangProcess.TASK_TELAAH_RW -> assertThat(groups).contains("ketua-rw:" + u.rw());
                case UsulanMusrenbangProcess.TASK_VERIFIKASI_KELURAHAN ->
                        assertThat(groups).contains("staf-kelurahan:" + u.kelurahan());
                case UsulanMusrenbangProcess.TASK_VERIFIKASI_LAPANGAN ->
                        assertThat(groups).contains("staf-kecamatan:" + u.kelurahan().substring(0, 8));
                case UsulanMusrenbangProcess.TASK_KEPUTUSAN_BAPPEDA -> assertThat(groups).contains("bappeda");
                case UsulanMusrenbangProcess.TASK_REVISI -> assertThat(task.getAssignee()).startsWith("demo.");
                default -> assertThat(groups).contains("verifikator-opd:" + u.opd());
            }
            if (u.due() != null) {
                assertThat(task.getDueDate().toInstant())
                        .isEqualTo(u.due().atZone(ZoneId.of("Asia/Jakarta")).toInstant());
            }
        }
    }

    private void assertHistoriesAreConsistent(List<Demo> demo) {
        LocalDateTime now = register.now();
        Map<Long, List<Object[]>> history = new HashMap<>();
        jdbc.sql("select usulan_id, dari_status, ke_status, waktu from usulan_riwayat where usulan_id in (:ids) "
                        + "order by usulan_id, waktu, id")
                .param("ids", demo.stream().map(Demo::id).toList())
                .query((java.sql.ResultSet rs) -> {
                    history.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Object[] {
                            rs.getString(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime()});
                });
        for (Demo u : demo) {
            List<Object[]> rows = history.get(u.id());
            assertThat(rows.get(0)[0]).isNull();
            assertThat(rows.get(0)[1]).isEqualTo("DRAFT");
            for (int i = 1; i < rows.size(); i++) {
                assertThat(rows.get(i)[0]).as(u.number()).isEqualTo(rows.get(i - 1)[1]);
            }
            assertThat(rows.get(rows.size() - 1)[1]).as(u.number()).isEqualTo(u.status());
            assertThat((LocalDateTime) rows.get(rows.size() - 1)[2]).isBefore(now);
        }
        assertThat(demo.stream().mapToInt(u -> history.get(u.id()).size()).sum()).isGreaterThan(demo.size() * 3);
    }

    private static String elementOf(Demo u) {
        return switch (u.status()) {
            case "DIAJUKAN_RW" -> UsulanMusrenbangProcess.TASK_TELAAH_RW;
            case "DIAJUKAN_KELURAHAN", "PRIORITAS_RW" -> UsulanMusrenbangProcess.TASK_VERIFIKASI_KELURAHAN;
            case "PERLU_REVISI" -> UsulanMusrenbangProcess.TASK_REVISI;
            case "TERVERIFIKASI_KELURAHAN" -> UsulanMusrenbangProcess.EVENT_FORUM_KELURAHAN;
            case "DITERUSKAN_KECAMATAN" -> u.stage().equals("FORUM_KECAMATAN")
                    ? UsulanMusrenbangProcess.EVENT_FORUM_KECAMATAN : UsulanMusrenbangProcess.TASK_VERIFIKASI_LAPANGAN;
            case "VERIFIKASI_OPD", "DISKUSI" -> UsulanMusrenbangProcess.TASK_VERIFIKASI_OPD;
            case "MASUK_RENJA" -> UsulanMusrenbangProcess.TASK_KEPUTUSAN_BAPPEDA;
            case "MASUK_RKPD" -> UsulanMusrenbangProcess.TASK_CATAT_ANGGARAN;
            case "DIANGGARKAN" -> UsulanMusrenbangProcess.TASK_CATAT_PELAKSANAAN;
            default -> null;
        };
    }

    private List<Demo> demo(long afterId) {
        return jdbc.sql("select u.id, u.nomor, u.status, " + RegisterSql.STAGE + ", u.kode_kelurahan, u.kode_rw, "
                        + "coalesce(u.opd_akhir, u.opd_awal), u.process_instance_id, u.tenggat, u.revisi, u.opd_akhir, "
                        + "u.dana_kelurahan, u.latitude, u.longitude from usulan u where u.id > ? and u.tahun = ? "
                        + "order by u.id")
                .params(afterId, YEAR)
                .query((rs, i) -> new Demo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toLocalDateTime(), rs.getInt(10),
                        rs.getString(11), rs.getBoolean(12),
                        rs.getBigDecimal(13) == null ? null : rs.getBigDecimal(13).doubleValue(),
                        rs.getBigDecimal(14) == null ? null : rs.getBigDecimal(14).doubleValue()))
                .list();
    }
}
