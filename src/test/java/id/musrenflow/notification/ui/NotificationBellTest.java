package id.musrenflow.notification.ui;

import id.musrenflow.TestTime;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import id.musrenflow.KaribuTest;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.notification.Notification;
import id.musrenflow.notification.NotificationService;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationBellTest extends KaribuTest {

    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private NotificationService notifications;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private LoginAttempts users;

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    private ProposalSummary submitted(String title) {
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(MEDONO + ".002.003"), "Balai RW 002", null, null, ProposalKind.NON_FISIK, ProposalField.SOSIAL,
                null, title, "Banyak balita di bawah garis pertumbuhan", null, null, 40, "ibu balita", BigDecimal.ONE,
                "kegiatan", new BigDecimal("3000000"), null, null, null, null, null);
        return proposals.submit(proposals.createDraft(draft, "rt003.medono").id(), "rt003.medono");
    }

    private InboxTask taskOf(String username, ProposalSummary usulan) {
        return inbox.inbox(user(username)).stream().filter(t -> usulan.number().equals(t.businessKey()))
                .findFirst().orElseThrow();
    }

    /**
     * Where the UI went: the server route, or, while the route is not on this branch (the inbox screen is built
     * elsewhere), the location Vaadin handed to the client-side router.
     */
    private static String navigatedTo() {
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        if (!path.isEmpty()) {
            return path;
        }
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("vaadin-router-go"))
                .flatMap(js -> js.getInvocation().getParameters().stream())
                .map(String::valueOf).reduce((first, last) -> last).orElse("");
    }

    private Span badge() {
        return _get(Span.class, spec -> spec.withId("notifikasi-jumlah"));
    }

    private Div openList() {
        _click(_get(Button.class, spec -> spec.withId("notifikasi-lonceng")));
        assertThat(_get(Popover.class).isOpened()).isTrue();
        return _get(Div.class, spec -> spec.withId("notifikasi-daftar"));
    }

    private static Div item(Div list, Notification notification) {
        return _get(list, Div.class, spec -> spec.withId("notifikasi-" + notification.id()));
    }

    @Test
    void the_bell_counts_unread_work_and_a_click_marks_it_read_and_opens_the_task() {
        ProposalSummary usulan = submitted("Kelas gizi");
        InboxTask task = taskOf("rw002.medono", usulan);
        Notification newTask = notifications.unread(user("rw002.medono")).stream()
                .filter(n -> n.link().equals("tugas/" + task.id())).findFirst().orElseThrow();
        int unread = notifications.unreadCount(user("rw002.medono"));

        login("rw002.medono");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("");
        assertThat(badge().getText()).isEqualTo(String.valueOf(unread));

        Div entry = item(openList(), newTask);
        assertThat(entry.getElement().getTextRecursively()).startsWith("Tugas baru: ").contains(usulan.number());
        assertThat(entry.getClassNames()).contains("mf-notifikasi-baru");
        _click(entry);

        assertThat(notifications.unread(user("rw002.medono"))).extracting(Notification::id).doesNotContain(newTask.id());
        assertThat(navigatedTo()).isEqualTo("tugas/" + task.id());
        assertThat(_get(Popover.class).isOpened()).isFalse();
        assertThat(badge().getText()).isEqualTo(String.valueOf(unread - 1));
        assertThat(item(openList(), newTask).getClassNames()).contains("mf-notifikasi-dibaca");

        _click(_get(Button.class, spec -> spec.withId("notifikasi-tandai-semua")));
        assertThat(_find(Span.class, spec -> spec.withId("notifikasi-jumlah"))).as("hidden at zero").isEmpty();
        assertThat(notifications.unreadCount(user("rw002.medono"))).isZero();
    }

    @Test
    void the_proposer_reads_the_decision_in_their_language_and_others_do_not_see_it() {
        ProposalSummary usulan = submitted("Kelas parenting");
        inbox.complete(taskOf("rw002.medono", usulan).id(), user("rw002.medono"),
                Map.of("keputusan", "KEMBALIKAN", "kodeAlasan", "LOKASI_SALAH", "alasan", "Alamat belum lengkap"), Map.of());
        Notification decision = notifications.unread(user("rt003.medono")).stream()
                .filter(n -> n.link().equals("usulan/" + usulan.id())).findFirst().orElseThrow();

        login("rt003.medono");
        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("");
        assertThat(item(openList(), decision).getElement().getTextRecursively()).startsWith("Proposal " + usulan.number()
                + " (Kelas parenting) is now Needs revision. Reason: Wrong address or location. Alamat belum lengkap");

        login("rt001.medono");
        UI.getCurrent().navigate("");
        assertThat(_find(openList(), Div.class, spec -> spec.withId("notifikasi-" + decision.id()))).isEmpty();
    }
}
