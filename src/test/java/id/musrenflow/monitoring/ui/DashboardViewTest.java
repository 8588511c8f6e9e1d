package id.musrenflow.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;
import id.musrenflow.KaribuTest;
import id.musrenflow.TestTime;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.monitoring.MonitoringAccess;
import id.musrenflow.monitoring.MonitoringFixtures;
import id.musrenflow.monitoring.RegisterParameters;
import id.musrenflow.proposal.ProposalReach;
import id.musrenflow.proposal.ProposalRegister;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.proposal.RegisterRow;
import id.musrenflow.proposal.RegisterSort;
import id.musrenflow.region.RegionService;
import id.musrenflow.workflow.TaskInboxService;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The season dashboard against known answers: usulan of an RW created for the test, moved through the real process
 * (one left as a draft, one at the RW, two at kelurahan verification of which one was returned and revised, one
 * verified, one rejected by the RW, one withdrawn), read at RW and kelurahan level, with every figure's register
 * link listing exactly its usulan, the drill-down links, and the readers who are refused.
 */
class DashboardViewTest extends KaribuTest {

    private static final int YEAR = TestTime.PLANNING_YEAR;

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
    private ProposalRegister register;

    private MonitoringFixtures rw;
    private ProposalSummary atRw;
    private ProposalSummary approved;
    private ProposalSummary verified;
    private ProposalSummary revised;
    private ProposalSummary withdrawn;
    private ProposalSummary rejected;

    @BeforeEach
    void season() {
        rw = new MonitoringFixtures(regions, users, proposals, inbox, logins);
        MonitoringFixtures.KnownSeason known = rw.knownSeason();
        atRw = known.atRw();
        approved = known.approved();
        verified = known.verified();
        revised = known.revised();
        withdrawn = known.withdrawn();
        rejected = known.rejected();
    }

    private void open(String territory) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("tahun", String.valueOf(YEAR));
        if (territory != null) {
            query.put("wilayah", territory);
        }
        UI.getCurrent().navigate("pemantauan", QueryParameters.simple(query));
    }

    private void asBappeda() {
        login("bappeda");
        useLocale(Locale.forLanguageTag("id-ID"));
    }

    private static Div row(String id) {
        return _get(Div.class, spec -> spec.withId(id));
    }

    private static Component part(Component row, String className) {
        return _get(row, Component.class, spec -> spec.withClasses(className));
    }

    private static String count(String rowId) {
        return part(row(rowId), "mf-jumlah").getElement().getText();
    }

    private static String cost(String rowId) {
        return part(row(rowId), "mf-biaya").getElement().getText();
    }

    private static String countLink(String rowId) {
        Component count = part(row(rowId), "mf-jumlah");
        return count instanceof Anchor anchor ? anchor.getHref() : null;
    }

    /** The usulan the register lists for a link's query, as the register page will read it. */
    private List<Long> listed(String link) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], List.of(URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
        }
        return register.page(RegisterParameters.parse(query, YEAR), ProposalReach.CITY, RegisterSort.NUMBER, false, 0,
                100).stream().map(RegisterRow::id).sorted().toList();
    }

    private static List<Long> ids(ProposalSummary... usulan) {
        return Arrays.stream(usulan).map(ProposalSummary::id).sorted().toList();
    }

    @Test
    void the_funnel_of_an_rw_counts_every_stage_with_its_cost_and_lists_exactly_its_usulan() {
        asBappeda();
        open(rw.rw.code());

        assertThat(count("tahap-DRAFT")).isEqualTo("1");
        assertThat(countLink("tahap-DRAFT")).as("drafts are not listed").isNull();
        assertThat(count("tahap-RW")).isEqualTo("1");
        assertThat(cost("tahap-RW")).isEqualTo("Rp 3.000.000");
        assertThat(count("tahap-VERIFIKASI_KELURAHAN")).isEqualTo("2");
        assertThat(cost("tahap-VERIFIKASI_KELURAHAN")).isEqualTo("Rp 18.000.000");
        assertThat(count("tahap-FORUM_KELURAHAN")).isEqualTo("1");
        assertThat(cost("tahap-FORUM_KELURAHAN")).isEqualTo("Rp 5.000.000");
        assertThat(count("tahap-TIDAK_DISEPAKATI")).isEqualTo("1");
        assertThat(cost("tahap-TIDAK_DISEPAKATI")).isEqualTo("Rp 18.000.000");
        assertThat(count("tahap-DIBATALKAN")).isEqualTo("1");
        assertThat(cost("tahap-DIBATALKAN")).isEqualTo("Rp 15.000.000");
        for (String empty : List.of("VERIFIKASI_KECAMATAN", "FORUM_KECAMATAN", "OPD", "BAPPEDA", "RKPD",
                "DANA_KELURAHAN", "DITUTUP")) {
            assertThat(count("tahap-" + empty)).as(empty).isEqualTo("0");
        }
        assertThat(count("pemantauan-total")).isEqualTo("6");
        assertThat(cost("pemantauan-total")).isEqualTo("Rp 59.000.000");

        assertThat(countLink("tahap-RW")).isEqualTo("pemantauan/usulan?tahun=" + YEAR + "&wilayah=" + rw.rw.code()
                + "&tahap=RW");
        assertThat(listed(countLink("tahap-RW"))).isEqualTo(ids(atRw));
        assertThat(listed(countLink("tahap-VERIFIKASI_KELURAHAN"))).isEqualTo(ids(approved, revised));
        assertThat(listed(countLink("tahap-FORUM_KELURAHAN"))).isEqualTo(ids(verified));
        assertThat(listed(countLink("tahap-TIDAK_DISEPAKATI"))).isEqualTo(ids(rejected));
        assertThat(listed(countLink("tahap-DIBATALKAN"))).isEqualTo(ids(withdrawn));
        assertThat(listed(countLink("pemantauan-total")))
                .isEqualTo(ids(atRw, approved, verified, revised, withdrawn, rejected));
        assertThat(((Anchor) part(row("tahap-RW"), "mf-biaya")).getHref()).isEqualTo(countLink("tahap-RW"));
    }

    @Test
    void breakdowns_by_opd_bidang_and_origin_name_their_groups_and_link_to_them() {
        asBappeda();
        open(rw.rw.code());

        assertThat(_find(Div.class, spec -> spec.withId("pemantauan-wilayah"))).as("no RT breakdown").isEmpty();
        Div dinkes = row("pemantauan-opd-DINKES");
        assertThat(part(dinkes, "mf-nama").getElement().getText()).isEqualTo("Dinkes");
        assertThat(count("pemantauan-opd-DINKES")).isEqualTo("1");
        assertThat(listed(countLink("pemantauan-opd-DINKES"))).isEqualTo(ids(verified));
        assertThat(part(row("pemantauan-opd-tanpa"), "mf-nama").getElement().getText())
                .isEqualTo("OPD belum ditentukan");
        assertThat(count("pemantauan-opd-tanpa")).isEqualTo("5");

        assertThat(part(row("pemantauan-bidang-SOSIAL"), "mf-nama").getElement().getText()).isEqualTo("Sosial");
        assertThat(count("pemantauan-bidang-SOSIAL")).isEqualTo("5");
        assertThat(cost("pemantauan-bidang-SOSIAL")).isEqualTo("Rp 41.000.000");
        assertThat(count("pemantauan-bidang-EKONOMI")).isEqualTo("1");
        assertThat(listed(countLink("pemantauan-bidang-EKONOMI"))).isEqualTo(ids(rejected));
        assertThat(count("pemantauan-asal-RT")).isEqualTo("6");
        assertThat(part(row("pemantauan-asal-RT"), "mf-nama").getElement().getText()).isEqualTo("RT");

        // every stage segment of a bar opens the register on that group and stage
        List<Anchor> segments = _find(row("pemantauan-bidang-SOSIAL"), Anchor.class,
                spec -> spec.withClasses("mf-segmen"));
        assertThat(segments).extracting(a -> a.getElement().getAttribute("aria-label"))
                .containsExactly("Di RW: 1 usulan", "Verifikasi kelurahan: 2 usulan", "Musrenbang kelurahan: 1 usulan",
                        "Dibatalkan pengusul: 1 usulan");
        assertThat(listed(segments.get(1).getHref())).isEqualTo(ids(approved, revised));
    }

    @Test
    void the_kelurahan_shows_the_rw_as_a_row_that_drills_down_and_the_path_leads_back_up() {
        asBappeda();
        open(MonitoringFixtures.MEDONO);

        String rowId = "pemantauan-wilayah-" + rw.rw.code();
        assertThat(count(rowId)).isEqualTo("6");
        assertThat(cost(rowId)).isEqualTo("Rp 59.000.000");
        Anchor name = (Anchor) part(row(rowId), "mf-nama");
        assertThat(name.getText()).isEqualTo(rw.rw.shortLabel());
        assertThat(name.getHref()).isEqualTo("pemantauan?tahun=" + YEAR + "&wilayah=" + rw.rw.code());
        assertThat(listed(countLink(rowId))).isEqualTo(ids(atRw, approved, verified, revised, withdrawn, rejected));
        // RW without usulan are listed too, with nothing to list
        assertThat(_find(Div.class, spec -> spec.withClasses("mf-baris")).stream()
                .filter(d -> d.getId().orElse("").startsWith("pemantauan-wilayah-")).count())
                .isEqualTo(regions.children(MonitoringFixtures.MEDONO).size());

        Nav path = _get(Nav.class, spec -> spec.withId("pemantauan-jejak"));
        assertThat(_find(path, Anchor.class)).extracting(Anchor::getText, Anchor::getHref).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kota Pekalongan", "pemantauan?tahun=" + YEAR + "&wilayah=33.75"),
                org.assertj.core.groups.Tuple.tuple("Kecamatan Pekalongan Barat",
                        "pemantauan?tahun=" + YEAR + "&wilayah=33.75.01"));
        assertThat(path.getElement().getTextRecursively()).contains("Kelurahan Medono");
    }

    @Test
    void the_city_drills_down_to_kecamatan_and_the_kecamatan_to_kelurahan() {
        asBappeda();
        open(null);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("mf-nama"))).extracting(Anchor::getText)
                .contains("Kecamatan Pekalongan Barat", "Kecamatan Pekalongan Timur", "Kecamatan Pekalongan Utara",
                        "Kecamatan Pekalongan Selatan");
        Anchor barat = (Anchor) part(row("pemantauan-wilayah-33.75.01"), "mf-nama");
        assertThat(barat.getHref()).isEqualTo("pemantauan?tahun=" + YEAR + "&wilayah=33.75.01");

        open("33.75.01");
        Anchor medono = (Anchor) part(row("pemantauan-wilayah-" + MonitoringFixtures.MEDONO), "mf-nama");
        assertThat(medono.getText()).isEqualTo("Kelurahan Medono");
        assertThat(medono.getHref()).isEqualTo("pemantauan?tahun=" + YEAR + "&wilayah=" + MonitoringFixtures.MEDONO);
        long inMedono = register.count(id.musrenflow.proposal.RegisterFilter.ofYear(YEAR)
                .withTerritory(MonitoringFixtures.MEDONO), ProposalReach.CITY);
        assertThat(count("pemantauan-wilayah-" + MonitoringFixtures.MEDONO))
                .isEqualTo(Numbers.count(inMedono));
    }

    @Test
    void a_year_without_usulan_says_so() {
        asBappeda();
        UI.getCurrent().navigate("pemantauan", QueryParameters.simple(Map.of("tahun", "2001",
                "wilayah", rw.rw.code())));
        assertThat(_get(Div.class, spec -> spec.withId("pemantauan-pesan")).getText())
                .isEqualTo("Tidak ada usulan tahun 2001 di " + rw.rw.shortLabel()
                        + " yang sesuai: belum ada yang diajukan maupun disusun.");
        assertThat(count("pemantauan-total")).isEqualTo("0");
    }

    @Test
    void the_lurah_starts_at_the_kelurahan_and_is_refused_the_city_like_an_unknown_code() {
        login("lurah.medono");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("pemantauan");
        assertThat(_get(Nav.class, spec -> spec.withId("pemantauan-jejak")).getElement().getTextRecursively())
                .contains("Kelurahan Medono");
        assertThat(count("pemantauan-wilayah-" + rw.rw.code())).isEqualTo("6");

        open("33.75");
        String refusal = _get(Div.class, spec -> spec.withId("pemantauan-pesan")).getText();
        assertThat(refusal).isEqualTo("Wilayah ini tidak dikenal atau berada di luar wilayah Anda; "
                + "tidak ada data yang ditampilkan.");
        assertThat(_find(Div.class, spec -> spec.withId("pemantauan-corong"))).isEmpty();
        open("33.75.99.9999");
        assertThat(_get(Div.class, spec -> spec.withId("pemantauan-pesan")).getText()).isEqualTo(refusal);
        assertThat(_find(Div.class, spec -> spec.withId("pemantauan-corong"))).isEmpty();
    }

    @Test
    void the_camat_of_pekalongan_timur_is_refused_medono() {
        String username = id.musrenflow.monitoring.CamatTimur.holder(users);
        login(username);
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("pemantauan");
        assertThat(_get(Nav.class, spec -> spec.withId("pemantauan-jejak")).getElement().getTextRecursively())
                .contains("Kecamatan Pekalongan Timur");

        open(MonitoringFixtures.MEDONO);
        assertThat(_get(Div.class, spec -> spec.withId("pemantauan-pesan")).getText())
                .startsWith("Wilayah ini tidak dikenal");
        assertThat(_find(Div.class, spec -> spec.withId("pemantauan-corong"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("mf-baris"))).isEmpty();
        open(rw.rw.code());
        assertThat(_find(Div.class, spec -> spec.withId("pemantauan-corong"))).isEmpty();
    }

    @Test
    void an_rt_head_has_no_dashboard() {
        login(rw.rtHead);
        UI.getCurrent().navigate("pemantauan");
        assertThat(_find(DashboardView.class)).isEmpty();
        login("rt003.medono");
        open(MonitoringFixtures.MEDONO);
        assertThat(_find(DashboardView.class)).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("pemantauan-corong"))).isEmpty();
    }

    @Test
    void the_screens_admit_exactly_the_readers_of_monitoring_access() {
        assertThat(DashboardView.class.getAnnotation(RolesAllowed.class).value())
                .containsExactlyInAnyOrder(MonitoringAccess.ROLES);
        assertThat(DurationsView.class.getAnnotation(RolesAllowed.class).value())
                .containsExactlyInAnyOrder(MonitoringAccess.ROLES);
    }
}
