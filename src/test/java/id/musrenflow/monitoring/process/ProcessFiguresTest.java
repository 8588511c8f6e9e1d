package id.musrenflow.monitoring.process;

import static id.musrenflow.monitoring.process.UsulanFixture.BARAT;
import static id.musrenflow.monitoring.process.UsulanFixture.MEDONO;
import static id.musrenflow.monitoring.process.UsulanFixture.NOYONTAAN;
import static id.musrenflow.monitoring.process.UsulanFixture.TIMUR;
import static id.musrenflow.monitoring.process.UsulanFixture.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.musrenflow.MutableClock;
import id.musrenflow.TestTime;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionType;
import id.musrenflow.monitoring.MonitoringAccess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * Counts over the usulan diagram against a fixture with known answers: five usulan started and moved on a fixed
 * clock, read by Bappeda (the engine's activity statistics), by the Camat of Pekalongan Barat and of Pekalongan
 * Timur (SQL over the history, within their kecamatan), by year, and the heatmap's entries and stays.
 */
@Deployment(resources = {"processes/usulan-musrenbang.bpmn", "processes/masa-berlaku-usulan.bpmn"})
class ProcessFiguresTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test-engine.cfg.xml").build();

    private static final AuthenticatedUser BAPPEDA = reader("bappeda", PositionType.BAPPEDA, null, null);
    private static final AuthenticatedUser CAMAT_BARAT = reader("camat.barat", PositionType.CAMAT, BARAT, null);
    private static final AuthenticatedUser CAMAT_TIMUR = reader("camat.timur", PositionType.CAMAT, TIMUR, null);
    private static final AuthenticatedUser RT_HEAD = reader("rt003.medono", PositionType.KETUA_RT,
            MEDONO + ".002.003", null);

    private final MutableClock clock = new MutableClock(TestTime.START, TestTime.WIB);
    private ProcessDiagramService service;
    private ProcessDiagram usulan;
    private int year;

    /** The engine extension deploys right before each test method (after @BeforeEach), so tests call this first. */
    private void fixture() {
        clock.syncEngine();
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(
                engine.getProcessEngineConfiguration().getDataSource());
        ProcessModels models = new ProcessModels(engine.getRepositoryService());
        service = new ProcessDiagramService(models, engine.getManagementService(), jdbc, new MonitoringAccess(),
                java.util.Set.of(UsulanFixture.KEY), List.of(UsulanFixture.KEY + "=tahun"));
        usulan = service.diagram(UsulanFixture.KEY).orElseThrow();
        year = TestTime.PLANNING_YEAR;

        UsulanFixture usulans = new UsulanFixture(engine.getRuntimeService(), engine.getTaskService());
        ProcessInstance atRw = usulans.submit(MEDONO, year);
        ProcessInstance reviewedAfterTenHours = usulans.submit(MEDONO, year);
        ProcessInstance fromLurah = usulans.submit(MEDONO, year, false, "lurah.medono");
        ProcessInstance lastYearsInTimur = usulans.submit(NOYONTAAN, year - 1);
        ProcessInstance toTheForum = usulans.submit(MEDONO, year);
        clock.advance(Duration.ofHours(10));
        usulans.decide(reviewedAfterTenHours, "Task_TelaahRw", "SETUJUI");
        clock.advance(Duration.ofHours(10));
        usulans.decide(toTheForum, "Task_TelaahRw", "SETUJUI");
        clock.advance(Duration.ofHours(6));
        usulans.decide(toTheForum, "Task_VerifikasiKelurahan", "TERIMA");

        assertThat(usulans.waitingAt(atRw)).contains("Task_TelaahRw");
        assertThat(usulans.waitingAt(reviewedAfterTenHours)).contains("Task_VerifikasiKelurahan");
        assertThat(usulans.waitingAt(fromLurah)).contains("Task_VerifikasiKelurahan");
        assertThat(usulans.waitingAt(lastYearsInTimur)).contains("Task_TelaahRw");
        assertThat(usulans.waitingAt(toTheForum)).contains("Event_TungguForumKelurahan");
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void bappeda_sees_the_city_waiting_at_each_element_from_the_engine_statistics() {
        fixture();
        ProcessFigures figures = service.figures(usulan, BAPPEDA, null);

        assertThat(figures.waitingAt("Task_TelaahRw")).isEqualTo(2);
        assertThat(figures.waitingAt("Task_VerifikasiKelurahan")).isEqualTo(2);
        assertThat(figures.waitingAt("Event_TungguForumKelurahan")).isEqualTo(1);
        assertThat(figures.waitingAt("Task_VerifikasiOpd")).isZero();
        assertThat(figures.restricted()).isFalse();
        assertThat(figures.hidden()).isFalse();
    }

    @Test
    void a_camat_sees_only_the_usulan_of_their_kecamatan() {
        fixture();
        ProcessFigures barat = service.figures(usulan, CAMAT_BARAT, null);
        assertThat(barat.waitingAt("Task_TelaahRw")).isEqualTo(1);
        assertThat(barat.waitingAt("Task_VerifikasiKelurahan")).isEqualTo(2);
        assertThat(barat.waitingAt("Event_TungguForumKelurahan")).isEqualTo(1);
        assertThat(barat.restricted()).isTrue();

        ProcessFigures timur = service.figures(usulan, CAMAT_TIMUR, null);
        assertThat(timur.waiting()).containsOnly(Map.entry("Task_TelaahRw", 1L));
        assertThat(timur.passages().get("Task_VerifikasiKelurahan")).isNull();
        assertThat(timur.passages().get("Task_TelaahRw").entered()).isEqualTo(1);
    }

    @Test
    void the_planning_year_filters_the_counts_and_the_years_are_offered() {
        fixture();
        ProcessFigures lastYear = service.figures(usulan, BAPPEDA, year - 1);
        assertThat(lastYear.waiting()).containsOnly(Map.entry("Task_TelaahRw", 1L));

        ProcessFigures thisYear = service.figures(usulan, BAPPEDA, year);
        assertThat(thisYear.waitingAt("Task_TelaahRw")).isEqualTo(1);
        assertThat(thisYear.waitingAt("Task_VerifikasiKelurahan")).isEqualTo(2);

        assertThat(service.years(UsulanFixture.KEY)).containsExactly(year, year - 1);
    }

    @Test
    void the_heatmap_counts_entries_and_the_median_and_average_stay_of_finished_ones() {
        fixture();
        ProcessFigures figures = service.figures(usulan, BAPPEDA, null);

        ProcessFigures.Passage rw = figures.passages().get("Task_TelaahRw");
        assertThat(rw.entered()).isEqualTo(4);
        assertThat(rw.finished()).isEqualTo(2);
        assertThat(rw.medianHours()).isCloseTo(15.0, within(0.01));
        assertThat(rw.averageHours()).isCloseTo(15.0, within(0.01));
        ProcessFigures.Passage kelurahan = figures.passages().get("Task_VerifikasiKelurahan");
        assertThat(kelurahan.entered()).isEqualTo(3);
        assertThat(kelurahan.finished()).isEqualTo(1);
        assertThat(kelurahan.medianHours()).isCloseTo(6.0, within(0.01));
        assertThat(figures.passages().get("Event_TungguForumKelurahan").finished()).isZero();
        assertThat(figures.passages().get("Event_TungguForumKelurahan").medianHours()).isNull();
        assertThat(figures.maxEntered()).isEqualTo(5);

        ProcessFigures.Passage baratRw = service.figures(usulan, CAMAT_BARAT, null).passages().get("Task_TelaahRw");
        assertThat(baratRw.entered()).isEqualTo(3);
        assertThat(baratRw.medianHours()).isCloseTo(15.0, within(0.01));
    }

    @Test
    void a_process_without_territory_shows_a_camat_no_figures_and_an_rt_head_is_refused() {
        fixture();
        ProcessDiagram validity = service.diagram("Process_MasaBerlakuUsulan").orElseThrow();
        assertThat(service.figures(validity, CAMAT_BARAT, null).hidden()).isTrue();
        assertThat(service.figures(validity, BAPPEDA, null).hidden()).isFalse();

        assertThatThrownBy(() -> service.figures(usulan, RT_HEAD, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_diagram_is_read_from_the_diagram_interchange() {
        fixture();
        assertThat(usulan.name()).isEqualTo("Usulan musrenbang");
        ProcessDiagram.Shape rw = usulan.shape("Task_TelaahRw");
        assertThat(rw.kind()).isEqualTo(ProcessDiagram.Kind.USER_TASK);
        assertThat(rw.name()).isEqualTo("Telaah usulan oleh Ketua RW");
        assertThat(rw.box().width()).isPositive();
        assertThat(usulan.shape("Gateway_PerluTelaahRw").kind()).isEqualTo(ProcessDiagram.Kind.GATEWAY);
        assertThat(usulan.shape("Event_UsulanDiajukan").kind()).isEqualTo(ProcessDiagram.Kind.EVENT);
        assertThat(usulan.edges()).allSatisfy(e -> assertThat(e.waypoints()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(usulan.width()).isGreaterThan(usulan.minX());
    }
}
