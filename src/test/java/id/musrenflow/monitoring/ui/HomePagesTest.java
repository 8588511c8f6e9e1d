package id.musrenflow.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.musrenflow.KaribuTest;
import id.musrenflow.MutableClock;
import id.musrenflow.TestTime;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.identity.ui.HomeView;
import id.musrenflow.monitoring.MonitoringAccess;
import id.musrenflow.monitoring.MonitoringFixtures;
import id.musrenflow.proposal.ProposalRegister;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStage;
import id.musrenflow.proposal.RegisterFilter;
import id.musrenflow.region.RegionService;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each role's Beranda shows what matters now: the season's stage, open tasks, own usulan, the territory's figures. */
class HomePagesTest extends KaribuTest {

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
    @Autowired
    private MonitoringAccess access;
    @Autowired
    private MutableClock clock;

    private MonitoringFixtures rw;

    @BeforeEach
    void season() {
        rw = new MonitoringFixtures(regions, users, proposals, inbox, logins);
        rw.knownSeason();
    }

    private void home(String username) {
        login(username);
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate(HomeView.class);
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }

    private static boolean present(String id) {
        return !_find(Div.class, spec -> spec.withId(id)).isEmpty();
    }

    @Test
    void the_rt_head_sees_the_season_and_their_own_usulan_by_status_and_no_territory_figures() {
        home(rw.rtHead);
        assertThat(text("beranda-musim")).contains("Musim perencanaan " + YEAR);
        assertThat(text("beranda-musim-USULAN")).isEqualTo("Usulan RT/RW" + "s.d. 31 Desember " + TestTime.YEAR);
        assertThat(text("beranda-usulan-ringkas")).isEqualTo("7 usulan, menurut status:");
        assertThat(text("beranda-usulan-DRAFT")).isEqualTo("Draf1");
        assertThat(text("beranda-usulan-DIAJUKAN_RW")).isEqualTo("Diajukan ke RW1");
        assertThat(text("beranda-usulan-DIAJUKAN_KELURAHAN")).endsWith("2");
        assertThat(text("beranda-usulan-TERVERIFIKASI_KELURAHAN")).endsWith("1");
        assertThat(text("beranda-usulan-DITOLAK_RW")).endsWith("1");
        assertThat(text("beranda-usulan-DIBATALKAN")).endsWith("1");
        assertThat(_get(Anchor.class, spec -> spec.withId("beranda-usulan-buka")).getHref()).isEqualTo("usulan");
        assertThat(text("beranda-tugas-ringkas")).isEqualTo("Tidak ada tugas terbuka saat ini.");
        assertThat(present("beranda-wilayah")).isFalse();
        assertThat(present("role-guide")).as("no description of the role").isFalse();
    }

    @Test
    void the_rw_head_sees_the_review_waiting_and_when_it_is_overdue() {
        home(rw.rwHead);
        assertThat(text("beranda-tugas-ringkas")).isEqualTo("1 tugas terbuka, 0 melewati tenggat.");
        assertThat(text("beranda-tugas-Task_TelaahRw")).isEqualTo("Telaah usulan oleh Ketua RW1");
        assertThat(text("beranda-usulan-ringkas")).isEqualTo("Anda belum membuat usulan.");

        Duration late = Duration.ofDays(60);
        clock.advance(late);
        try {
            home(rw.rwHead);
            assertThat(text("beranda-tugas-ringkas")).isEqualTo("1 tugas terbuka, 1 melewati tenggat.");
            assertThat(text("beranda-tugas-Task_TelaahRw")).isEqualTo("Telaah usulan oleh Ketua RW1 (1 terlambat)");
        } finally {
            clock.advance(late.negated());
        }
    }

    @Test
    void kelurahan_staff_count_the_same_tasks_as_their_inbox() {
        home("staf.medono");
        AuthenticatedUser staff = rw.user("staf.medono");
        List<InboxTask> tasks = inbox.inbox(staff);
        long overdue = tasks.stream().filter(t -> t.overdue(inbox.now())).count();
        assertThat(text("beranda-tugas-ringkas")).isEqualTo(tasks.size() + " tugas terbuka, " + overdue
                + " melewati tenggat.");
        long verifications = tasks.stream().filter(t -> "Task_VerifikasiKelurahan".equals(t.definitionKey())).count();
        assertThat(verifications).isGreaterThanOrEqualTo(2);
        assertThat(text("beranda-tugas-Task_VerifikasiKelurahan")).startsWith(
                "Verifikasi usulan di kelurahan (pra-musrenbang)" + verifications);
    }

    @Test
    void the_lurah_sees_the_figures_of_the_kelurahan_linked_to_the_dashboard() {
        home("lurah.medono");
        AuthenticatedUser lurah = rw.user("lurah.medono");
        RegisterFilter medono = RegisterFilter.ofYear(YEAR).withTerritory(MonitoringFixtures.MEDONO);
        assertThat(text("beranda-wilayah")).startsWith("Usulan " + YEAR + " di Kelurahan Medono");
        assertThat(text("beranda-wilayah-total")).isEqualTo("Usulan diajukan"
                + Numbers.count(register.count(medono, access.reach(lurah))));
        long verifying = register.count(medono.withStages(Set.of(ProposalStage.VERIFIKASI_KELURAHAN)),
                access.reach(lurah));
        assertThat(verifying).isGreaterThanOrEqualTo(2);
        assertThat(text("beranda-wilayah-VERIFIKASI_KELURAHAN")).isEqualTo("Verifikasi kelurahan"
                + Numbers.count(verifying));
        assertThat(_get(Anchor.class, spec -> spec.withId("beranda-wilayah-buka")).getHref())
                .isEqualTo("pemantauan?tahun=" + YEAR + "&wilayah=" + MonitoringFixtures.MEDONO);
    }

    @Test
    void bappeda_sees_the_city_and_the_camat_the_kecamatan() {
        home("bappeda");
        assertThat(text("beranda-wilayah")).startsWith("Usulan " + YEAR + " di Kota Pekalongan");
        assertThat(present("beranda-tugas")).isTrue();
        assertThat(present("beranda-usulan")).as("Bappeda does not propose").isFalse();
        home("camat.barat");
        assertThat(text("beranda-wilayah")).startsWith("Usulan " + YEAR + " di Kecamatan Pekalongan Barat");
        assertThat(_find(Paragraph.class)).isNotEmpty();
    }
}
