package id.musrenflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.musrenflow.MutableClock;
import id.musrenflow.PostgresIT;
import id.musrenflow.TestTime;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStage;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.region.RegionService;
import id.musrenflow.workflow.TaskInboxService;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stage durations and the dashboard's figures on PostgreSQL, the production database: the same moved-clock
 * scenario as the Karibu test (RW stays of 24, 48 and 96 hours; kelurahan verification 96, 72 and 24), and the
 * known season's funnel of a fresh RW.
 */
class StageDurationsIT extends PostgresIT {

    @Autowired
    private RegionService regions;
    @Autowired
    private UserService users;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private LoginAttempts logins;
    @Autowired
    private MutableClock clock;
    @Autowired
    private StageDurations durations;
    @Autowired
    private SeasonDashboard dashboard;

    @Test
    void medians_and_percentiles_per_stage_and_per_rw_on_postgresql() {
        MonitoringFixtures rw = new MonitoringFixtures(regions, users, proposals, inbox, logins);
        ProposalSummary first = rw.submitted(rw.draft("Kelas ibu balita", ProposalField.SOSIAL, 1));
        ProposalSummary second = rw.submitted(rw.draft("Pelatihan kader", ProposalField.SOSIAL, 2));
        ProposalSummary third = rw.submitted(rw.draft("Posyandu lansia", ProposalField.SOSIAL, 3));
        Duration moved = Duration.ZERO;
        try {
            clock.advance(Duration.ofDays(1));
            moved = moved.plusDays(1);
            rw.rwApproves(first);
            clock.advance(Duration.ofDays(1));
            moved = moved.plusDays(1);
            rw.rwApproves(second);
            clock.advance(Duration.ofDays(2));
            moved = moved.plusDays(2);
            rw.rwApproves(third);
            clock.advance(Duration.ofDays(1));
            moved = moved.plusDays(1);
            rw.kelurahanVerifies(first);

            DurationFigures f = durations.figures(rw.user("bappeda"), TestTime.PLANNING_YEAR, rw.rw.code())
                    .orElseThrow();
            StageTime atRw = f.stages().stream().filter(t -> t.stage() == ProposalStage.RW).findFirst().orElseThrow();
            assertThat(atRw.stays()).isEqualTo(3);
            assertThat(atRw.medianDays()).isCloseTo(2.0, within(0.01));
            assertThat(atRw.p90Days()).isCloseTo(3.6, within(0.01));
            StageTime verification = f.stages().stream().filter(t -> t.stage() == ProposalStage.VERIFIKASI_KELURAHAN)
                    .findFirst().orElseThrow();
            assertThat(verification.stays()).isEqualTo(3);
            assertThat(verification.medianDays()).isCloseTo(3.0, within(0.01));
            assertThat(verification.p90Days()).isCloseTo(3.8, within(0.01));

            DurationFigures medono = durations.figures(rw.user("lurah.medono"), TestTime.PLANNING_YEAR,
                    MonitoringFixtures.MEDONO).orElseThrow();
            assertThat(medono.territories()).filteredOn(t -> rw.rw.code().equals(t.key())
                            && t.stage() == ProposalStage.RW)
                    .singleElement().satisfies(t -> assertThat(t.medianDays()).isCloseTo(2.0, within(0.01)));
        } finally {
            clock.advance(moved.negated());
        }
    }

    @Test
    void the_known_season_of_an_rw_on_postgresql() {
        MonitoringFixtures rw = new MonitoringFixtures(regions, users, proposals, inbox, logins);
        rw.knownSeason();
        DashboardFigures f = dashboard.figures(rw.user("camat.barat"), TestTime.PLANNING_YEAR, rw.rw.code())
                .orElseThrow();
        assertThat(f.funnel()).filteredOn(s -> s.figure().count() > 0)
                .extracting(s -> s.stage().name() + "=" + s.figure().count() + "/" + s.figure().cost().longValue())
                .containsExactly("DRAFT=1/0", "RW=1/3000000", "VERIFIKASI_KELURAHAN=2/18000000",
                        "FORUM_KELURAHAN=1/5000000", "TIDAK_DISEPAKATI=1/18000000", "DIBATALKAN=1/15000000");
        assertThat(f.submitted().count()).isEqualTo(6);
        assertThat(f.submitted().cost()).isEqualByComparingTo("59000000");
        assertThat(f.opds()).extracting(GroupFigures::name, g -> g.total().count())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, 5L),
                        org.assertj.core.groups.Tuple.tuple("Dinkes", 1L));
        assertThat(dashboard.figures(rw.user("lurah.podosugih"), TestTime.PLANNING_YEAR, rw.rw.code())).isEmpty();
    }
}
