package id.musrenflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.MutableClock;
import id.musrenflow.PostgresIT;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.PossibleDuplicate;
import id.musrenflow.proposal.DuplicateService;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.proposal.process.UsulanMusrenbangProcess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Inbox filters, count and comments, and duplicate detection, on PostgreSQL. */
class InboxFiltersIT extends PostgresIT {

    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private DuplicateService duplicates;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private MutableClock clock;

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    private UsulanFixtures usulan() {
        return new UsulanFixtures(proposals);
    }

    private List<String> numbers(String username, InboxQuery query) {
        return inbox.inbox(user(username), query).stream().map(InboxTask::businessKey).toList();
    }

    private InboxTask taskOf(String username, ProposalSummary usulan) {
        return inbox.inbox(user(username)).stream().filter(t -> usulan.number().equals(t.businessKey()))
                .findFirst().orElseThrow();
    }

    @Test
    void filters_by_stage_kelurahan_overdue_and_search() {
        ProposalSummary atRw = usulan().nonPhysical("Filter tahap RW");
        ProposalSummary atKelurahan = usulan().nonPhysical("Filter tahap kelurahan");
        inbox.complete(taskOf("rw002.medono", atKelurahan).id(), user("rw002.medono"), Map.of("keputusan", "SETUJUI",
                "peringkat", proposals.nextFreeRwRank(atKelurahan.id())),
                Map.of());

        assertThat(numbers("rw002.medono", new InboxQuery(null, UsulanMusrenbangProcess.TASK_TELAAH_RW, null, false,
                null, null))).contains(atRw.number()).doesNotContain(atKelurahan.number());
        assertThat(numbers("rw002.medono", new InboxQuery(null, UsulanMusrenbangProcess.TASK_VERIFIKASI_KELURAHAN,
                null, false, null, null))).isEmpty();
        assertThat(numbers("staf.medono", new InboxQuery(UsulanMusrenbangProcess.KEY, null, UsulanFixtures.MEDONO,
                false, null, InboxQuery.Sort.NAME))).contains(atKelurahan.number());
        assertThat(numbers("staf.medono", new InboxQuery(null, null, "33.75.01.1001", false, null, null)))
                .doesNotContain(atKelurahan.number());
        assertThat(numbers("rw002.medono", InboxQuery.all().withSearch(atRw.number().toLowerCase())))
                .containsExactly(atRw.number());

        assertThat(numbers("rw002.medono", new InboxQuery(null, null, null, true, null, null)))
                .doesNotContain(atRw.number());
        clock.advance(Duration.ofDays(60));
        try {
            assertThat(numbers("rw002.medono", new InboxQuery(null, null, null, true, null, null)))
                    .contains(atRw.number());
        } finally {
            clock.advance(Duration.ofDays(-60));
        }
    }

    @Test
    void the_count_is_the_inbox_and_leaves_out_tasks_claimed_by_a_colleague() {
        ProposalSummary usulan = usulan().nonPhysical("Hitung tugas klaim");
        inbox.complete(taskOf("rw002.medono", usulan).id(), user("rw002.medono"), Map.of("keputusan", "SETUJUI",
                "peringkat", proposals.nextFreeRwRank(usulan.id())),
                Map.of());
        long lpmBefore = inbox.count(user("lpm.medono"));
        assertThat(lpmBefore).isEqualTo(inbox.inbox(user("lpm.medono")).size());

        InboxTask task = taskOf("staf.medono", usulan);
        inbox.claim(task.id(), user("staf.medono"));

        assertThat(inbox.count(user("lpm.medono"))).isEqualTo(lpmBefore - 1);
        assertThat(inbox.count(user("staf.medono"))).isEqualTo(inbox.inbox(user("staf.medono")).size());
        assertThat(taskOf("staf.medono", usulan).holder("staf.medono")).isEqualTo(InboxTask.Holder.CLAIMED_BY_ME);
        assertThat(inbox.count(user("lurah.podosugih"))).isEqualTo(inbox.inbox(user("lurah.podosugih")).size());
    }

    @Test
    void comments_are_for_those_on_the_task_and_outlive_it() {
        ProposalSummary usulan = usulan().nonPhysical("Komentar tetap ada");
        InboxTask task = taskOf("rw002.medono", usulan);
        inbox.addComment(task.id(), user("rw002.medono"), "Sudah dibahas di rembuk RW");
        assertThatThrownBy(() -> inbox.addComment(task.id(), user("rt001.medono"), "Saya ikut"))
                .extracting("messageKey").isEqualTo("tugas.error.bukan-untuk-anda");
        assertThatThrownBy(() -> inbox.addComment(task.id(), user("rw002.medono"), "x".repeat(1001)))
                .extracting("messageKey").isEqualTo("tugas.komentar.error.terlalu-panjang");

        inbox.complete(task.id(), user("rw002.medono"), Map.of("keputusan", "SETUJUI",
                "peringkat", proposals.nextFreeRwRank(usulan.id())), Map.of());

        assertThat(inbox.comments(taskOf("staf.medono", usulan).id(), user("staf.medono"))).isEmpty();
        assertThatThrownBy(() -> inbox.comments(task.id(), user("rw002.medono")))
                .extracting("messageKey").isEqualTo("tugas.error.sudah-selesai");
    }

    @Test
    void the_same_catalogue_item_50_metres_away_warns_and_500_metres_away_does_not() {
        double lat = -6.95 + Math.random() * 0.12;
        double lon = 109.62 + Math.random() * 0.10;
        ProposalSummary first = usulan().drainage("Drainase duplikat A", "rt003.medono", UsulanFixtures.RT_003, lat, lon);
        ProposalSummary near = usulan().drainage("Drainase duplikat B", "rt001.medono", UsulanFixtures.RT_001,
                lat + 0.00045, lon);
        ProposalSummary far = usulan().drainage("Drainase duplikat C", "rt001.medono", UsulanFixtures.RT_001,
                lat + 0.0045, lon);

        List<PossibleDuplicate> ofNear = duplicates.possibleDuplicates(near.id());
        assertThat(ofNear).extracting(PossibleDuplicate::number).contains(first.number());
        PossibleDuplicate found = ofNear.stream().filter(d -> d.number().equals(first.number())).findFirst()
                .orElseThrow();
        assertThat(found.distanceMetres()).isBetween(49, 51);
        assertThat(found.sameRt()).isFalse();

        assertThat(duplicates.possibleDuplicates(far.id())).extracting(PossibleDuplicate::number)
                .doesNotContain(first.number());
        assertThat(duplicates.possibleDuplicates(first.id())).extracting(PossibleDuplicate::number)
                .contains(near.number()).doesNotContain(far.number());
    }
}
