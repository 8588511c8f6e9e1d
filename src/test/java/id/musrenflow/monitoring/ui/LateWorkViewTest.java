package id.musrenflow.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import id.musrenflow.KaribuTest;
import id.musrenflow.MutableClock;
import id.musrenflow.identity.UserService;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The late-work list as readers open it: a planner finds Medono's overdue RW review under "Ketua RW" with the RW
 * head's name and a link to the usulan; the Camat of another kecamatan finds none of Medono's tasks; the days ahead
 * default to the configured three and can be changed in the address; an RT head is denied the page.
 */
class LateWorkViewTest extends KaribuTest {

    private static final String RW_GROUP = "terlambat-G-ketua-rw-33-75-01-1002-002";

    @Autowired
    private ProposalService proposals;
    @Autowired
    private UserService users;
    @Autowired
    private MutableClock clock;
    private Duration jumped = Duration.ZERO;

    @AfterEach
    void clockBack() {
        clock.advance(jumped.negated());
    }

    private ProposalSummary overdueUsulan(String title) {
        ProposalSummary usulan = MonitoringFixtures.submitted(proposals, title);
        jumped = Duration.ofDays(40);
        clock.advance(jumped);
        return usulan;
    }

    private void open(String username, String location) {
        login(username);
        useLocale(Locale.forLanguageTag("id-ID"));
        go(location);
    }

    /** Navigates to a location with its query string, as a typed address would. */
    private static void go(String location) {
        int q = location.indexOf('?');
        UI.getCurrent().navigate(q < 0 ? location : location.substring(0, q),
                q < 0 ? QueryParameters.empty() : QueryParameters.fromString(location.substring(q + 1)));
    }

    @Test
    void a_planner_finds_the_overdue_rw_review_under_the_rw_head_with_a_link_to_the_usulan() {
        ProposalSummary usulan = overdueUsulan("Kelas gizi balita terlambat");
        open("bappeda", "pemantauan/terlambat");

        Details rw = _get(Details.class, spec -> spec.withId(RW_GROUP));
        String header = rw.getSummary().getElement().getTextRecursively();
        assertThat(header).contains("Ketua RW", "Medono", "Dijabat hari ini oleh: Bambang Sutrisno", "tugas",
                "terlambat");
        assertThat(header).doesNotContain("ketua-rw:");
        assertThat(rw.isOpened()).isTrue();
        Anchor link = findLink(rw, usulan.number());
        assertThat(link.getHref()).isEqualTo("pemantauan/usulan/" + usulan.number());
        String line = link.getParent().orElseThrow().getElement().getTextRecursively();
        assertThat(line).contains("terlambat", "Telaah usulan oleh Ketua RW", "Usulan musrenbang",
                "Kelurahan Medono", "umur 40 hari");
    }

    @Test
    void the_camat_of_another_kecamatan_sees_none_of_medonos_tasks() {
        ProposalSummary usulan = overdueUsulan("Kelas gizi balita Timur");
        open(MonitoringFixtures.camatTimur(users), "pemantauan/terlambat?hari=30");

        assertThat(_find(Details.class)).noneMatch(d -> d.getId().orElse("").contains("33-75-01"));
        assertThat(_find(Anchor.class)).noneMatch(a -> a.getHref().contains(usulan.number()));
    }

    @Test
    void the_days_ahead_default_to_three_and_are_taken_from_the_address() {
        open("camat.barat", "pemantauan/terlambat");
        assertThat(_get(IntegerField.class, spec -> spec.withId("terlambat-hari")).getValue()).isEqualTo(3);

        go("pemantauan/terlambat?hari=10");
        assertThat(_get(IntegerField.class, spec -> spec.withId("terlambat-hari")).getValue()).isEqualTo(10);
        assertThat(_get(Paragraph.class, spec -> spec.withId("terlambat-ringkasan")).getText())
                .startsWith("Tugas terbuka yang terlambat atau jatuh tempo sebelum");
    }

    @Test
    void an_rt_head_is_denied_both_monitoring_pages() {
        open("rt003.medono", "pemantauan/terlambat");
        assertThat(_find(LateWorkView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Akses ditolak");

        UI.getCurrent().navigate("pemantauan/proses");
        assertThat(_find(ProcessDiagramView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Akses ditolak");
    }

    /** Opens further pages of the position's tasks until the usulan's line shows (other tests' usulan come first). */
    private static Anchor findLink(Details group, String number) {
        for (int page = 0; page < 50; page++) {
            List<Anchor> links = _find(group, Anchor.class, spec -> spec.withText(number));
            if (!links.isEmpty()) {
                return links.get(0);
            }
            List<Button> more = _find(group, Button.class, spec -> spec.withClasses("mf-terlambat-lagi"));
            assertThat(more).as("more tasks of " + group.getId()).isNotEmpty();
            ButtonKt._click(more.get(0));
        }
        throw new AssertionError(number + " not listed");
    }
}
