package id.musrenflow.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import id.musrenflow.KaribuTest;
import id.musrenflow.TestTime;
import id.musrenflow.base.ui.ForbiddenView;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.monitoring.MonitoringAccess;
import id.musrenflow.proposal.MapPoint;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStage;
import id.musrenflow.proposal.ProposalSummary;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The map sends exactly the usulan with a map point that the reader may see, filtered like the register: the points
 * are checked against the usulan table itself, not against the register the view reads.
 */
class ProposalMapViewTest extends KaribuTest {

    private static final String MEDONO = "33.75.01.1002";
    private static final String KAUMAN_TIMUR = "33.75.02.1004";
    private String camatTimur;

    @Autowired
    private ProposalService proposals;
    @Autowired
    private UserService identity;
    @Autowired
    private JdbcTemplate jdbc;

    private ProposalSummary medono;
    private ProposalSummary medonoSecond;
    private ProposalSummary kauman;

    @BeforeEach
    void usulanOnTheMap() {
        medono = submitted("Kelas ibu balita Medono " + System.nanoTime(), "-6.8891", "109.6612");
        medonoSecond = submitted("Pelatihan batik Medono " + System.nanoTime(), "-6.8902", "109.6631");
        kauman = submitted("Bank sampah Kauman " + System.nanoTime(), "-6.8880", "109.6790");
        // an usulan of Kecamatan Pekalongan Timur: the demo region has RW and RT only in Medono
        jdbc.update("update usulan set kode_kelurahan = ?, kode_rw = null where id = ?", KAUMAN_TIMUR, kauman.id());
        camatTimur = id.musrenflow.monitoring.CamatTimur.holder(identity);
    }

    @Test
    void bappeda_gets_every_located_usulan_of_the_year_coloured_by_stage() {
        open("bappeda", "");

        assertThat(numbers(sent())).isEqualTo(located(null))
                .contains(medono.number(), medonoSecond.number(), kauman.number());
        assertThat(sent()).filteredOn(p -> p.number().equals(medono.number())).singleElement()
                .satisfies(p -> {
                    assertThat(p.stage()).isEqualTo(ProposalStage.RW);
                    assertThat(p.latitude()).isEqualTo(-6.8891);
                });
        assertThat(_get(MapLegend.class).getElement().getTextRecursively()).contains("Di RW");
        // other tests of the shared application add usulan without a map point: the page counts them apart
        long unlocated = jdbc.queryForObject("select count(*) from usulan where tahun = ? and status <> 'DRAFT' "
                + "and latitude is null", Long.class, TestTime.PLANNING_YEAR);
        int onTheMap = located(null).size();
        assertThat(message()).isEqualTo(unlocated == 0 ? onTheMap + " usulan di peta."
                : onTheMap + " usulan di peta; " + unlocated + " usulan lain tidak memiliki titik lokasi.");
    }

    @Test
    void a_camat_gets_the_points_of_their_own_kecamatan_only() {
        open("camat.barat", "");
        assertThat(numbers(sent())).isEqualTo(located("33.75.01"))
                .contains(medono.number(), medonoSecond.number()).doesNotContain(kauman.number());

        open(camatTimur, "");
        assertThat(numbers(sent())).isEqualTo(located("33.75.02")).contains(kauman.number())
                .doesNotContain(medono.number(), medonoSecond.number());
    }

    @Test
    void a_territory_outside_the_reach_is_refused_like_an_unknown_one() {
        open("camat.barat", "?wilayah=33.75.02");
        assertThat(sent()).isEmpty();
        String outside = message();
        assertThat(outside).contains("33.75.02", "tidak dikenal");

        open("camat.barat", "?wilayah=33.75.09");
        assertThat(sent()).isEmpty();
        assertThat(message()).isEqualTo(outside.replace("33.75.02", "33.75.09"));
    }

    @Test
    void an_rt_head_has_no_map() {
        login("rt003.medono");
        UI.getCurrent().navigate("pemantauan/peta");
        _assertNone(ProposalMapView.class);
        _assertOne(ForbiddenView.class);
    }

    @Test
    void the_register_query_parameters_filter_the_points_and_the_register_link_keeps_them() {
        open("bappeda", "?tahun=" + TestTime.PLANNING_YEAR + "&wilayah=" + MEDONO + "&tahap=OPD");
        assertThat(numbers(sent())).doesNotContain(medono.number(), medonoSecond.number());

        open("bappeda", "?tahun=" + TestTime.PLANNING_YEAR + "&wilayah=" + MEDONO + "&tahap=RW&bidang=SOSIAL");
        assertThat(numbers(sent())).contains(medono.number(), medonoSecond.number()).doesNotContain(kauman.number());
        assertThat(_get(Anchor.class, spec -> spec.withId("peta-register")).getHref())
                .isEqualTo("pemantauan/usulan?tahun=" + TestTime.PLANNING_YEAR + "&wilayah=" + MEDONO
                        + "&tahap=RW&bidang=SOSIAL");

        open("bappeda", "?tahun=" + (TestTime.PLANNING_YEAR + 5));
        assertThat(sent()).isEmpty();
        assertThat(message()).isEqualTo("Tidak ada usulan yang cocok dengan saringan ini.");
    }

    @Test
    void changing_a_filter_moves_to_the_filtered_address() {
        open("bappeda", "?wilayah=" + MEDONO);
        @SuppressWarnings("unchecked")
        Select<ProposalField> field = _get(Select.class, spec -> spec.withId("peta-bidang"));
        field.setValue(ProposalField.EKONOMI);

        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("pemantauan/peta");
        assertThat(location.getQueryParameters().getParameters()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "tahun", List.of(String.valueOf(TestTime.PLANNING_YEAR)), "wilayah", List.of(MEDONO),
                "bidang", List.of("EKONOMI")));
        assertThat(numbers(sent())).doesNotContain(medono.number());
    }

    @Test
    void the_page_admits_exactly_the_monitoring_roles() {
        assertThat(ProposalMapView.class.getAnnotation(RolesAllowed.class).value())
                .containsExactlyInAnyOrder(MonitoringAccess.ROLES);
    }

    private void open(String username, String query) {
        login(username);
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("pemantauan/peta",
                com.vaadin.flow.router.QueryParameters.fromString(query.startsWith("?") ? query.substring(1) : query));
        _assertOne(ProposalMapView.class);
    }

    private static List<MapPoint> sent() {
        return _get(ProposalMap.class).points();
    }

    private static String message() {
        return _get(Paragraph.class, spec -> spec.withId("peta-pesan")).getText();
    }

    private static Set<String> numbers(List<MapPoint> points) {
        return points.stream().map(MapPoint::number).collect(Collectors.toSet());
    }

    /** Straight from the table: submitted usulan of the planning year with a map point, optionally in a kecamatan. */
    private Set<String> located(String kecamatan) {
        String sql = "select nomor from usulan where tahun = ? and status <> 'DRAFT' and latitude is not null"
                + (kecamatan == null ? "" : " and kode_kelurahan like '" + kecamatan + ".%'");
        return Set.copyOf(jdbc.queryForList(sql, String.class, TestTime.PLANNING_YEAR));
    }

    private ProposalSummary submitted(String title, String latitude, String longitude) {
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(MEDONO + ".002.003"), "Balai RW 002", new BigDecimal(latitude), new BigDecimal(longitude),
                ProposalKind.NON_FISIK, ProposalField.SOSIAL, null, title, "Banyak balita di bawah garis pertumbuhan",
                null, null, 40, "ibu balita", BigDecimal.ONE, "kegiatan", new BigDecimal("3000000"), null, null, null,
                null, null);
        return proposals.submit(proposals.createDraft(draft, "rt003.medono").id(), "rt003.medono");
    }
}
