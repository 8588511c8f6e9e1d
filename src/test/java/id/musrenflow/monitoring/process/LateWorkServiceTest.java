package id.musrenflow.monitoring.process;

import static id.musrenflow.monitoring.process.UsulanFixture.BARAT;
import static id.musrenflow.monitoring.process.UsulanFixture.MEDONO;
import static id.musrenflow.monitoring.process.UsulanFixture.NOYONTAAN;
import static id.musrenflow.monitoring.process.UsulanFixture.TIMUR;
import static id.musrenflow.monitoring.process.UsulanFixture.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.musrenflow.MutableClock;
import id.musrenflow.TestTime;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserAccount;
import id.musrenflow.identity.UserService;
import id.musrenflow.monitoring.MonitoringAccess;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Late work on a fixed clock: usulan entered on different days (so due on different days), read a week later.
 * Positions come worst first with today's holders (the acting one marked), each position's tasks most overdue
 * first; a Camat sees their kecamatan only, another kecamatan's Camat none of Medono's tasks, an RT head nothing.
 */
@Deployment(resources = "processes/usulan-musrenbang.bpmn")
class LateWorkServiceTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test-engine.cfg.xml").build();

    private static final String RW_MEDONO = "ketua-rw:" + MEDONO + ".002";
    private static final String RW_NOYONTAAN = "ketua-rw:" + NOYONTAAN + ".002";
    private static final String STAF_MEDONO = "staf-kelurahan:" + MEDONO;
    private static final String LPM_MEDONO = "lpm:" + MEDONO;
    private static final AuthenticatedUser BAPPEDA = reader("bappeda", PositionType.BAPPEDA, null, null);
    private static final AuthenticatedUser CAMAT_BARAT = reader("camat.barat", PositionType.CAMAT, BARAT, null);
    private static final AuthenticatedUser CAMAT_TIMUR = reader("camat.timur", PositionType.CAMAT, TIMUR, null);
    private static final AuthenticatedUser LURAH_MEDONO = reader("lurah.medono", PositionType.LURAH, MEDONO, null);
    private static final AuthenticatedUser OPD_PUPR = reader("opd.pupr", PositionType.VERIFIKATOR_OPD, null, "DPUPR");
    private static final AuthenticatedUser RT_HEAD = reader("rt003.medono", PositionType.KETUA_RT,
            MEDONO + ".002.003", null);

    private final MutableClock clock = new MutableClock(TestTime.START, TestTime.WIB);
    private final UserService users = mock(UserService.class);
    private LateWorkService late;
    private LocalDateTime start;
    private ProcessInstance atRwFirst;
    private ProcessInstance atRwLast;

    /** The engine extension deploys right before each test method (after @BeforeEach), so tests call this first. */
    private void fixture() {
        clock.syncEngine();
        LocalDate today = TestTime.START.atZone(TestTime.WIB).toLocalDate();
        when(users.today()).thenReturn(today);
        UserAccount rwHead = account(1, "rw002.medono", "Bambang Sutrisno",
                new Position(1L, 1, PositionType.KETUA_RW, MEDONO + ".002", null, PositionStatus.DEFINITIF,
                        today.minusYears(1), null, null));
        UserAccount actingRwHead = account(2, "plh.rw002", "Wahyu Nugroho",
                new Position(2L, 2, PositionType.KETUA_RW, MEDONO + ".002", null, PositionStatus.PLH,
                        today.minusDays(3), today.plusDays(30), null));
        UserAccount formerRwHead = account(3, "rw.lama", "Mantan Ketua",
                new Position(3L, 3, PositionType.KETUA_RW, MEDONO + ".002", null, PositionStatus.DEFINITIF,
                        today.minusYears(6), today.minusYears(1), null));
        UserAccount proposer = account(4, "rt001.medono", "Siti Aminah",
                new Position(4L, 4, PositionType.KETUA_RT, MEDONO + ".002.001", null, PositionStatus.DEFINITIF,
                        today.minusYears(1), null, null));
        when(users.users()).thenReturn(List.of(rwHead, actingRwHead, formerRwHead, proposer));
        when(users.findUser("rt001.medono")).thenReturn(Optional.of(proposer));
        late = new LateWorkService(new NamedParameterJdbcTemplate(engine.getProcessEngineConfiguration()
                .getDataSource()), engine.getTaskService(), engine.getRuntimeService(),
                new ProcessModels(engine.getRepositoryService()), users, new MonitoringAccess(), clock, 3);

        UsulanFixture usulans = new UsulanFixture(engine.getRuntimeService(), engine.getTaskService());
        start = late.now();
        atRwFirst = usulans.submit(MEDONO, TestTime.PLANNING_YEAR);
        ProcessInstance returned = usulans.submit(MEDONO, TestTime.PLANNING_YEAR, true, "rt001.medono");
        clock.advance(Duration.ofDays(1));
        usulans.submit(MEDONO, TestTime.PLANNING_YEAR, false, "lurah.medono");
        clock.advance(Duration.ofHours(2));
        usulans.decide(returned, "Task_TelaahRw", "KEMBALIKAN");
        clock.advance(Duration.ofHours(22));
        usulans.submit(NOYONTAAN, TestTime.PLANNING_YEAR);
        clock.advance(Duration.ofDays(1));
        atRwLast = usulans.submit(MEDONO, TestTime.PLANNING_YEAR);
        ProcessInstance reviewed = usulans.submit(MEDONO, TestTime.PLANNING_YEAR);
        clock.advance(Duration.ofDays(1));
        usulans.decide(reviewed, "Task_TelaahRw", "SETUJUI");
        assertThat(usulans.waitingAt(returned)).contains("Task_RevisiUsulan");
        // a week and an hour after the first usulan: the first four tasks are overdue
        clock.jumpTo(start.plusDays(7).plusHours(1).atZone(TestTime.WIB).toInstant());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private static UserAccount account(long id, String username, String name, Position position) {
        return new UserAccount(id, username, name, null, null, "id", true, null, List.of(position));
    }

    @Test
    void overdue_positions_come_worst_first_with_todays_holders_and_the_acting_one_marked() {
        fixture();
        List<LateWork.Group> groups = late.groups(BAPPEDA, late.window(0, null, null), 0, 20);

        assertThat(groups).extracting(LateWork.Group::key).containsExactly("G:" + RW_MEDONO, "G:" + LPM_MEDONO,
                "G:" + STAF_MEDONO, "A:rt001.medono", "G:" + RW_NOYONTAAN);
        assertThat(groups).extracting(LateWork.Group::tasks).containsExactly(1L, 1L, 1L, 1L, 1L);
        assertThat(groups.get(0).worstDue()).isCloseTo(start.plusDays(5),
                org.assertj.core.api.Assertions.byLessThan(2, java.time.temporal.ChronoUnit.SECONDS));
        assertThat(groups.get(0).position().type()).isEqualTo(PositionType.KETUA_RW);
        assertThat(groups.get(0).position().territoryCode()).isEqualTo(MEDONO + ".002");
        assertThat(groups.get(0).holders()).extracting(LateWork.Holder::fullName, LateWork.Holder::acting)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bambang Sutrisno", false),
                        org.assertj.core.groups.Tuple.tuple("Wahyu Nugroho", true));
        assertThat(groups.get(1).holders()).isEmpty();
        assertThat(groups.get(3).position()).isNull();
        assertThat(groups.get(3).holders()).extracting(LateWork.Holder::fullName).containsExactly("Siti Aminah");
    }

    @Test
    void due_soon_widens_the_window_and_a_positions_tasks_are_most_overdue_first_and_paged() {
        fixture();
        LateWork.Window threeDays = late.window(3, null, null);
        List<LateWork.Group> groups = late.groups(BAPPEDA, threeDays, 0, 20);
        assertThat(groups.get(0).key()).isEqualTo("G:" + RW_MEDONO);
        assertThat(groups.get(0).tasks()).isEqualTo(2);
        assertThat(groups).filteredOn(g -> g.key().equals("G:" + STAF_MEDONO)).singleElement()
                .extracting(LateWork.Group::tasks).isEqualTo(2L);

        List<LateWork.Task> first = late.tasks(BAPPEDA, threeDays, "G:" + RW_MEDONO, 0, 1);
        List<LateWork.Task> second = late.tasks(BAPPEDA, threeDays, "G:" + RW_MEDONO, 1, 1);
        assertThat(first).singleElement().satisfies(t -> {
            assertThat(t.businessKey()).isEqualTo(atRwFirst.getBusinessKey());
            assertThat(t.stage()).isEqualTo("Telaah usulan oleh Ketua RW");
            assertThat(t.processName()).isEqualTo("Usulan musrenbang");
            assertThat(t.territory()).isEqualTo(MEDONO);
            assertThat(t.link()).isEqualTo("pemantauan/usulan/" + atRwFirst.getBusinessKey());
            assertThat(t.overdueDays(late.now())).isEqualTo(2);
            assertThat(t.ageDays(late.now())).isEqualTo(7);
        });
        assertThat(second).singleElement().satisfies(t -> {
            assertThat(t.businessKey()).isEqualTo(atRwLast.getBusinessKey());
            assertThat(t.overdueDays(late.now())).isZero();
        });
        assertThat(late.tasks(BAPPEDA, threeDays, "A:rt001.medono", 0, 10)).singleElement()
                .satisfies(t -> assertThat(t.stage()).isEqualTo("Revisi usulan oleh pengusul"));

        List<LateWork.Group> secondPage = late.groups(BAPPEDA, threeDays, 2, 20);
        assertThat(secondPage).extracting(LateWork.Group::key).containsExactlyElementsOf(
                groups.subList(2, groups.size()).stream().map(LateWork.Group::key).toList());
    }

    @Test
    void one_step_of_one_process_can_be_asked_for_and_every_open_task_too() {
        fixture();
        assertThat(late.groups(BAPPEDA, late.window(0, UsulanFixture.KEY, "Task_RevisiUsulan"), 0, 20))
                .extracting(LateWork.Group::key).containsExactly("A:rt001.medono");
        assertThat(late.groups(BAPPEDA, late.window(0, "Process_Lain", null), 0, 20)).isEmpty();
        assertThat(late.groups(BAPPEDA, late.allOpen(UsulanFixture.KEY, "Task_TelaahRw"), 0, 20))
                .extracting(LateWork.Group::key, LateWork.Group::tasks)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("G:" + RW_MEDONO, 2L),
                        org.assertj.core.groups.Tuple.tuple("G:" + RW_NOYONTAAN, 1L));
    }

    @Test
    void territorial_readers_see_their_own_territory_only() {
        fixture();
        LateWork.Window threeDays = late.window(3, null, null);
        assertThat(late.groups(CAMAT_BARAT, threeDays, 0, 20)).extracting(LateWork.Group::key)
                .doesNotContain("G:" + RW_NOYONTAAN).contains("G:" + RW_MEDONO, "G:" + STAF_MEDONO);
        assertThat(late.groups(LURAH_MEDONO, threeDays, 0, 20)).hasSize(4);

        assertThat(late.groups(CAMAT_TIMUR, threeDays, 0, 20)).extracting(LateWork.Group::key)
                .containsExactly("G:" + RW_NOYONTAAN);
        assertThat(late.tasks(CAMAT_TIMUR, threeDays, "G:" + RW_MEDONO, 0, 10)).isEmpty();
        assertThat(late.tasks(CAMAT_TIMUR, threeDays, "A:rt001.medono", 0, 10)).isEmpty();

        assertThat(late.groups(OPD_PUPR, threeDays, 0, 20)).isEmpty();
        assertThatThrownBy(() -> late.groups(RT_HEAD, threeDays, 0, 20)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> late.tasks(RT_HEAD, threeDays, "G:" + RW_MEDONO, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }
}
