package id.musrenflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.MutableClock;
import id.musrenflow.PostgresIT;
import id.musrenflow.TestTime;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.process.MasaBerlakuUsulanProcess;
import id.musrenflow.season.SeasonService;
import id.musrenflow.season.Stage;
import id.musrenflow.season.process.MusimPerencanaanProcess;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An usulan's life across seasons on PostgreSQL, in a season far from the demo's so no other test sees it: when
 * Bappeda closes the season, an usulan not agreed and one still at the RW are locked and carried into the next
 * season as usulan ke-2, a funded one is left alone; the proposer confirms one (it is back on the kelurahan forum's
 * agenda) and withdraws the other; a locked usulan refuses changes; when the validity passes the timer expires it.
 */
class CarryOverIT extends PostgresIT {

    private static final int SEASON = TestTime.PLANNING_YEAR + 11;
    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private SeasonService seasons;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private ForumService forums;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private MutableClock clock;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void withoutThisTestsSeasons() {
        jdbc.sql("update usulan set usulan_asal_id = null where tahun in (?, ?)").params(SEASON, SEASON + 1).update();
        for (int year : List.of(SEASON, SEASON + 1)) {
            jdbc.sql("select nomor from usulan where tahun = ?").param(year).query(String.class).list()
                    .forEach(number -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).list()
                            .forEach(p -> runtime.deleteProcessInstance(p.getId(), "uji diulang", true, true)));
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(MusimPerencanaanProcess.businessKey(year))
                    .list().forEach(p -> runtime.deleteProcessInstance(p.getId(), "uji diulang", true, true));
            jdbc.sql("delete from usulan where tahun = ?").param(year).update();
            jdbc.sql("delete from musim_perencanaan where tahun = ?").param(year).update();
        }
    }

    @Test
    void closing_a_season_locks_and_carries_over_what_was_not_funded_until_its_validity_ends() {
        seasons.open(SEASON, Arrays.stream(Stage.values()).map(s -> s.defaultWindow(SEASON)).toList(), "admin.bappeda");
        seasons.open(SEASON + 1, seasons.template(SEASON + 1), "admin.bappeda");
        Duration moved = clock.jumpTo(at(LocalDate.of(SEASON - 1, 1, 12)));
        try {
            ProposalSummary notAgreed = submitted("Kelas gizi balita tidak disepakati");
            ProposalSummary atRw = submitted("Kelas gizi balita tertahan di RW");
            ProposalSummary funded = submitted("Kelas gizi balita didanai kelurahan");
            for (ProposalSummary usulan : List.of(notAgreed, funded)) {
                inbox.complete(taskOf("rw002.medono", usulan).id(), user("rw002.medono"),
                        Map.of("keputusan", "SETUJUI", "peringkat", proposals.nextFreeRwRank(usulan.id())), Map.of());
                inbox.complete(taskOf("staf.medono", usulan).id(), user("staf.medono"), Map.of("keputusan", "TERIMA",
                        "volumeSesuai", true, "lokasiSesuai", true, "bukanDuplikat", true), Map.of());
            }
            clock.advance(Duration.ofDays(13));
            moved = moved.plus(Duration.ofDays(13));
            forums.confirm(ForumLevel.KELURAHAN, MEDONO, SEASON, List.of(
                    ForumDecision.notAgreed(notAgreed.number(), ReasonCode.MELEBIHI_PAGU, "Pagu tahun ini habis"),
                    ForumDecision.agreed(funded.number(), ForumOutcome.DANA_KELURAHAN, 1)), "lurah.medono");
            assertThat(status(notAgreed)).isEqualTo(ProposalStatus.TIDAK_DISEPAKATI_MUSRENBANGKEL);

            seasons.close(SEASON, "bappeda");

            assertThat(status(notAgreed)).isEqualTo(ProposalStatus.DIKUNCI);
            assertThat(status(atRw)).isEqualTo(ProposalStatus.DIKUNCI);
            assertThat(status(funded)).isEqualTo(ProposalStatus.DIDANAI_DANA_KELURAHAN);
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(atRw.number()).count()).isZero();
            assertThat(proposals.history(notAgreed.id())).last().satisfies(step -> {
                assertThat(step.from()).isEqualTo(ProposalStatus.TIDAK_DISEPAKATI_MUSRENBANGKEL);
                assertThat(step.reasonCode()).isEqualTo("MUSIM_DITUTUP");
                assertThat(step.actor()).isEqualTo("bappeda");
            });
            assertThatThrownBy(() -> proposals.withdraw(atRw.id(), "rt003.medono", "Tidak jadi"))
                    .extracting("messageKey").isEqualTo("usulan.error.dikunci");

            ProposalSummary again = copyOf(notAgreed);
            ProposalSummary stillAtRw = copyOf(atRw);
            assertThat(again.year()).isEqualTo(SEASON + 1);
            assertThat(again.status()).isEqualTo(ProposalStatus.DRAFT);
            assertThat(again.proposer()).isEqualTo("rt003.medono");
            assertThat(proposals.lineage(again.id())).contains(new Lineage(2, notAgreed.number()));
            assertThat(proposals.history(again.id())).singleElement().extracting(StatusChange::reasonCode)
                    .isEqualTo("DIBAWA_DARI");

            moved = moved.plus(clock.jumpTo(at(LocalDate.of(SEASON, 1, 10))));
            proposals.submit(again.id(), "rt003.medono");
            assertThat(status(again)).isEqualTo(ProposalStatus.TERVERIFIKASI_KELURAHAN);
            assertThat(forums.agenda(ForumLevel.KELURAHAN, MEDONO, SEASON + 1, "lurah.medono"))
                    .extracting(ForumItem::number).containsExactly(again.number());
            assertThatThrownBy(() -> proposals.withdraw(stillAtRw.id(), "rt003.medono", " "))
                    .extracting("messageKey").isEqualTo("umum.error.alasan-wajib");
            proposals.withdraw(stillAtRw.id(), "rt003.medono", "Sudah dibangun swadaya warga");
            assertThat(status(stillAtRw)).isEqualTo(ProposalStatus.DIBATALKAN);

            // the masa berlaku of an usulan of SEASON ends with its third budget year
            LocalDate validUntil = LocalDate.of(SEASON + 2, 12, 31);
            moved = moved.plus(clock.jumpTo(at(validUntil.plusDays(2))));
            for (ProposalSummary copy : List.of(again, stillAtRw)) {
                management.createJobQuery().processDefinitionKey(MasaBerlakuUsulanProcess.KEY).timers().list().stream()
                        .filter(job -> runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
                                .processInstanceBusinessKey(copy.number()).count() == 1)
                        .forEach(job -> management.executeJob(job.getId()));
            }
            assertThat(status(again)).isEqualTo(ProposalStatus.KADALUARSA);
            assertThat(proposals.history(again.id())).last().extracting(StatusChange::actor, StatusChange::reasonCode)
                    .containsExactly("sistem", "MASA_BERLAKU_HABIS");
            assertThat(forums.agenda(ForumLevel.KELURAHAN, MEDONO, SEASON + 1, "lurah.medono")).isEmpty();
            assertThat(status(stillAtRw)).isEqualTo(ProposalStatus.DIBATALKAN);
        } finally {
            clock.advance(moved.negated());
        }
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(TestTime.WIB).toInstant();
    }

    private ProposalSummary submitted(String title) {
        ProposalDraft draft = new ProposalDraft(SEASON, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(MEDONO + ".002.003"), "Posyandu Melati RW 002", null, null, ProposalKind.NON_FISIK,
                ProposalField.SOSIAL, null, title, "Banyak balita di bawah garis pertumbuhan", null, null, 40,
                "balita", BigDecimal.ONE, "kegiatan", new BigDecimal("3000000"), null, null, null, null, null);
        return proposals.submit(proposals.createDraft(draft, "rt003.medono").id(), "rt003.medono");
    }

    private ProposalSummary copyOf(ProposalSummary original) {
        long id = jdbc.sql("select id from usulan where usulan_asal_id = ?").param(original.id()).query(Long.class)
                .single();
        return proposals.find(id).orElseThrow();
    }

    private ProposalStatus status(ProposalSummary usulan) {
        return proposals.find(usulan.id()).orElseThrow().status();
    }

    private InboxTask taskOf(String username, ProposalSummary usulan) {
        return inbox.inbox(user(username)).stream().filter(t -> usulan.number().equals(t.businessKey()))
                .findFirst().orElseThrow();
    }

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }
}
