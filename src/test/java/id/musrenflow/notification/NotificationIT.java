package id.musrenflow.notification;

import id.musrenflow.TestTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.PostgresIT;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Notifications on PostgreSQL: to the positions offered new work, to the proposer on decisions, read per user. */
class NotificationIT extends PostgresIT {

    private static final String MEDONO = "33.75.01.1002";
    private static final String RW_002 = MEDONO + ".002";

    @Autowired
    private NotificationService notifications;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private UserService userService;
    @Autowired
    private LoginAttempts users;

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    private ProposalSummary submittedNonPhysical(String title) {
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, RW_002,
                List.of(RW_002 + ".003"), "Balai RW 002", null, null, ProposalKind.NON_FISIK, ProposalField.SOSIAL,
                null, title, "Banyak balita di bawah garis pertumbuhan", null, null, 40, "ibu balita", BigDecimal.ONE,
                "kegiatan", new BigDecimal("3000000"), null, null, null, null, null);
        ProposalSummary created = proposals.createDraft(draft, "rt003.medono");
        return proposals.submit(created.id(), "rt003.medono");
    }

    private InboxTask taskOf(String username, ProposalSummary usulan) {
        return inbox.inbox(user(username)).stream().filter(t -> usulan.number().equals(t.businessKey()))
                .findFirst().orElseThrow();
    }

    private static boolean about(Notification n, ProposalSummary usulan) {
        return n.link().equals("usulan/" + usulan.id())
                || n.arguments().stream().anyMatch(a -> a.text().contains(usulan.number()));
    }

    private List<Notification> unreadAbout(String username, ProposalSummary usulan) {
        return notifications.unread(user(username)).stream().filter(n -> about(n, usulan)).toList();
    }

    /** A second holder of the RW 002 position: an acting head appointed after the work arrived. */
    private AuthenticatedUser actingRwHead() {
        String username = unique("plh.rw002");
        var account = userService.createUser(new NewUser(username, "Plh " + username, null, null, "rahasia-123"), "uji");
        LocalDate today = userService.today();
        userService.addPosition(account.id(), new NewPosition(PositionType.KETUA_RW, RW_002, null, PositionStatus.PLH,
                today, today.plusDays(14), "Plh. selama ketua RW cuti"), "uji");
        return user(username);
    }

    @Test
    void new_work_goes_to_the_position_it_is_offered_to_and_to_nobody_else() {
        ProposalSummary usulan = submittedNonPhysical("Kelas gizi balita");
        InboxTask task = taskOf("rw002.medono", usulan);

        assertThat(unreadAbout("rw002.medono", usulan)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo(NotificationService.NEW_TASK);
            assertThat(n.link()).isEqualTo("tugas/" + task.id());
            assertThat(n.arguments()).extracting(Notification.Argument::text).containsExactly(task.name());
            assertThat(n.read()).isFalse();
        });
        assertThat(unreadAbout("rt001.medono", usulan)).isEmpty();
        assertThat(unreadAbout("lurah.podosugih", usulan)).isEmpty();
        assertThat(unreadAbout("rt003.medono", usulan)).as("no news for the proposer about their own submission").isEmpty();
    }

    @Test
    void a_return_tells_the_proposer_the_new_status_the_reason_and_their_revision_task() {
        ProposalSummary usulan = submittedNonPhysical("Kelas parenting");
        inbox.complete(taskOf("rw002.medono", usulan).id(), user("rw002.medono"),
                Map.of("keputusan", "KEMBALIKAN", "kodeAlasan", "LOKASI_SALAH", "alasan", "Alamat balai belum lengkap"),
                Map.of());
        InboxTask revision = taskOf("rt003.medono", usulan);

        List<Notification> mine = unreadAbout("rt003.medono", usulan);
        assertThat(mine).hasSize(2);
        assertThat(mine).filteredOn(n -> n.link().equals("usulan/" + usulan.id())).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo(NotificationService.STATUS_WITH_REASON_CODE);
            assertThat(n.arguments()).containsExactly(
                    Notification.Argument.literal(usulan.number()),
                    Notification.Argument.literal("Kelas parenting"),
                    Notification.Argument.message("status.PERLU_REVISI", "PERLU_REVISI"),
                    Notification.Argument.message("notifikasi.alasan.LOKASI_SALAH", "LOKASI_SALAH"),
                    Notification.Argument.literal("Alamat balai belum lengkap"));
        });
        assertThat(mine).filteredOn(n -> n.link().equals("tugas/" + revision.id())).singleElement()
                .extracting(Notification::messageKey).isEqualTo(NotificationService.NEW_TASK);
        assertThat(unreadAbout("rw002.medono", usulan)).as("the decider hears nothing of their own decision")
                .extracting(Notification::link).doesNotContain("usulan/" + usulan.id());
    }

    @Test
    void read_marks_are_per_user_even_for_a_notification_to_a_shared_position() {
        ProposalSummary usulan = submittedNonPhysical("Posyandu lansia");
        AuthenticatedUser acting = actingRwHead();
        Notification toPosition = unreadAbout("rw002.medono", usulan).get(0);
        assertThat(unreadAbout(acting.username(), usulan)).as("appointed later, still sees the position's work")
                .extracting(Notification::id).containsExactly(toPosition.id());
        int actingCount = notifications.unreadCount(acting);

        notifications.markRead(toPosition.id(), user("rw002.medono"));

        assertThat(unreadAbout("rw002.medono", usulan)).isEmpty();
        assertThat(notifications.latest(user("rw002.medono"), 50)).filteredOn(n -> n.id() == toPosition.id())
                .singleElement().extracting(Notification::read).isEqualTo(true);
        assertThat(unreadAbout(acting.username(), usulan)).extracting(Notification::id).containsExactly(toPosition.id());
        assertThat(notifications.unreadCount(acting)).isEqualTo(actingCount);

        notifications.markRead(toPosition.id(), user("rw002.medono"));
        assertThat(notifications.markAllRead(acting)).isEqualTo(actingCount);
        assertThat(notifications.unreadCount(acting)).isZero();
        assertThat(notifications.unread(acting)).isEmpty();
    }

    @Test
    void nobody_can_mark_a_notification_not_addressed_to_them() {
        ProposalSummary usulan = submittedNonPhysical("Senam lansia");
        Notification toPosition = unreadAbout("rw002.medono", usulan).get(0);

        assertThatThrownBy(() -> notifications.markRead(toPosition.id(), user("lurah.podosugih")))
                .extracting("messageKey").isEqualTo("notifikasi.error.tidak-ditemukan");
        notifications.markAllRead(user("rt001.medono"));
        assertThat(unreadAbout("rw002.medono", usulan)).extracting(Notification::id).containsExactly(toPosition.id());
    }

    @Test
    void a_submission_that_fails_after_the_engine_step_leaves_no_notification() {
        String title = FAIL_AFTER_ENGINE_STEP + " " + unique("rollback");
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, RW_002,
                List.of(RW_002 + ".003"), "Balai RW 002", null, null, ProposalKind.NON_FISIK, ProposalField.SOSIAL,
                null, title, "Uji", null, null, 40, "ibu balita", BigDecimal.ONE,
                "kegiatan", new BigDecimal("3000000"), null, null, null, null, null);
        ProposalSummary created = proposals.createDraft(draft, "rt003.medono");
        int before = notifications.unreadCount(user("rw002.medono"));

        assertThatThrownBy(() -> proposals.submit(created.id(), "rt003.medono")).isInstanceOf(IllegalStateException.class);

        assertThat(notifications.unreadCount(user("rw002.medono"))).isEqualTo(before);
        assertThat(notifications.latest(user("rw002.medono"), 200))
                .noneMatch(n -> n.arguments().stream().anyMatch(a -> a.text().contains(title)));
        assertThat(unreadAbout("rt003.medono", created)).isEmpty();
    }
}
