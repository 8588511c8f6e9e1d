package id.musrenflow.workflow;

import id.musrenflow.TestTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.musrenflow.PostgresIT;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.workflow.forms.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The inbox on PostgreSQL: tasks follow positions and territories; decisions are validated; one of two wins. */
class TaskInboxIT extends PostgresIT {

    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    private ProposalSummary submittedNonPhysical(String title) {
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(MEDONO + ".002.003"), "Balai RW 002", null, null, ProposalKind.NON_FISIK, ProposalField.SOSIAL,
                null, title, "Banyak balita di bawah garis pertumbuhan", null, null, 40, "ibu balita", BigDecimal.ONE,
                "kegiatan", new BigDecimal("3000000"), null, null, null, null, null);
        ProposalSummary created = proposals.createDraft(draft, "rt003.medono");
        return proposals.submit(created.id(), "rt003.medono");
    }

    /** The RW list of RW 002 for the planning year ranks usulan 1..n; earlier tests may have used some ranks already. */
    private int nextFreeRwRank() {
        return jdbc.sql("select coalesce(max(peringkat_rw), 0) + 1 from usulan where kode_rw = ? and tahun = ?")
                .params(MEDONO + ".002", TestTime.PLANNING_YEAR).query(Integer.class).single();
    }

    private InboxTask taskOf(String username, ProposalSummary usulan) {
        return inbox.inbox(user(username)).stream().filter(t -> usulan.number().equals(t.businessKey()))
                .findFirst().orElseThrow();
    }

    @Test
    void the_rw_head_sees_and_decides_the_task_and_the_rt_head_does_not_see_it() {
        ProposalSummary usulan = submittedNonPhysical("Kelas ibu balita");
        InboxTask task = taskOf("rw002.medono", usulan);
        assertThat(task.formRef()).isEqualTo("form-telaah-rw");
        assertThat(task.due()).isNotNull();
        assertThat(inbox.inbox(user("rt003.medono"))).noneMatch(t -> usulan.number().equals(t.businessKey()));
        assertThatThrownBy(() -> inbox.task(task.id(), user("rt003.medono")))
                .extracting("messageKey").isEqualTo("tugas.error.bukan-untuk-anda");

        int rank = nextFreeRwRank();
        inbox.complete(task.id(), user("rw002.medono"), Map.of("keputusan", "SETUJUI", "peringkat", rank), Map.of());

        assertThat(proposals.find(usulan.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DIAJUKAN_KELURAHAN);
        assertThat(proposals.history(usulan.id())).extracting("to")
                .containsSubsequence(ProposalStatus.PRIORITAS_RW, ProposalStatus.DIAJUKAN_KELURAHAN);
        assertThat(proposals.history(usulan.id())).last().extracting("actor").isEqualTo("rw002.medono");
        assertThat(proposals.detail(usulan.id()).orElseThrow().rankRw()).isEqualTo(rank);
    }

    @Test
    void approving_as_an_rw_priority_needs_a_rank_of_at_least_one_and_a_refusal_moves_nothing() {
        ProposalSummary usulan = submittedNonPhysical("Peringkat wajib");
        InboxTask task = taskOf("rw002.medono", usulan);

        assertThatThrownBy(() -> inbox.complete(task.id(), user("rw002.medono"), Map.of("keputusan", "SETUJUI"),
                Map.of())).isInstanceOfSatisfying(FormRejected.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::fieldKey, FieldError::messageKey)
                        .containsExactly(tuple("peringkat", FieldError.REQUIRED)));
        assertThatThrownBy(() -> inbox.complete(task.id(), user("rw002.medono"),
                Map.of("keputusan", "SETUJUI", "peringkat", -1), Map.of()))
                .isInstanceOfSatisfying(FormRejected.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::fieldKey, FieldError::messageKey)
                        .containsExactly(tuple("peringkat", FieldError.MIN)));
        assertThat(proposals.find(usulan.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DIAJUKAN_RW);
        assertThat(taskOf("rw002.medono", usulan).id()).isEqualTo(task.id());

        // what the form suggests is the lowest rank nobody else in the RW list holds
        int suggested = proposals.nextFreeRwRank(usulan.id());
        assertThat(proposals.nextFreeRwRank(usulan.id())).isEqualTo(suggested);
        inbox.complete(task.id(), user("rw002.medono"), Map.of("keputusan", "SETUJUI", "peringkat", suggested), Map.of());
        assertThat(proposals.detail(usulan.id()).orElseThrow().rankRw()).isEqualTo(suggested);
        ProposalSummary next = submittedNonPhysical("Peringkat berikutnya");
        assertThat(proposals.nextFreeRwRank(next.id())).isNotEqualTo(suggested).isPositive();
    }

    @Test
    void an_rw_rank_already_held_in_the_same_rw_list_is_refused_and_nothing_moves() {
        int rank = nextFreeRwRank();
        ProposalSummary first = submittedNonPhysical("Posbindu lansia");
        ProposalSummary second = submittedNonPhysical("Senam lansia");
        inbox.complete(taskOf("rw002.medono", first).id(), user("rw002.medono"),
                Map.of("keputusan", "SETUJUI", "peringkat", rank), Map.of());

        InboxTask task = taskOf("rw002.medono", second);
        assertThatThrownBy(() -> inbox.complete(task.id(), user("rw002.medono"),
                Map.of("keputusan", "SETUJUI", "peringkat", rank), Map.of()))
                .isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("usulan.error.peringkat-rw-ganda");

        assertThat(proposals.find(second.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DIAJUKAN_RW);
        assertThat(proposals.detail(second.id()).orElseThrow().rankRw()).isNull();
        assertThat(taskOf("rw002.medono", second).id()).isEqualTo(task.id());
        inbox.complete(task.id(), user("rw002.medono"), Map.of("keputusan", "SETUJUI", "peringkat", rank + 1), Map.of());
        assertThat(proposals.detail(second.id()).orElseThrow().rankRw()).isEqualTo(rank + 1);
    }

    @Test
    void a_lurah_cannot_act_on_another_kelurahans_task() {
        ProposalSummary usulan = submittedNonPhysical("Pelatihan kader");
        inbox.complete(taskOf("rw002.medono", usulan).id(), user("rw002.medono"), Map.of("keputusan", "SETUJUI",
                "peringkat", proposals.nextFreeRwRank(usulan.id())), Map.of());
        InboxTask verification = taskOf("staf.medono", usulan);

        assertThat(inbox.inbox(user("lurah.podosugih"))).noneMatch(t -> usulan.number().equals(t.businessKey()));
        assertThatThrownBy(() -> inbox.complete(verification.id(), user("lurah.podosugih"),
                Map.of("keputusan", "TERIMA"), Map.of()))
                .extracting("messageKey").isEqualTo("tugas.error.bukan-untuk-anda");
        assertThatThrownBy(() -> inbox.claim(verification.id(), user("lurah.podosugih")))
                .extracting("messageKey").isEqualTo("tugas.error.bukan-untuk-anda");
    }

    @Test
    void a_return_without_a_reason_is_refused_and_nothing_moves() {
        ProposalSummary usulan = submittedNonPhysical("Posyandu");
        InboxTask task = taskOf("rw002.medono", usulan);
        assertThatThrownBy(() -> inbox.complete(task.id(), user("rw002.medono"), Map.of("keputusan", "KEMBALIKAN"), Map.of()))
                .isInstanceOfSatisfying(FormRejected.class, rejected -> assertThat(rejected.errors())
                        .extracting("fieldKey").contains("kodeAlasan", "alasan"));
        assertThat(proposals.find(usulan.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DIAJUKAN_RW);
        assertThatThrownBy(() -> inbox.complete(task.id(), user("rw002.medono"),
                Map.of("keputusan", "TOLAK", "kodeAlasan", "DUPLIKAT", "alasan", "<script>alert(1)</script>"), Map.of()))
                .isInstanceOf(FormRejected.class);
    }

    @Test
    void a_task_claimed_by_one_official_is_refused_to_another_with_the_name() {
        ProposalSummary usulan = submittedNonPhysical("Bank sampah");
        inbox.complete(taskOf("rw002.medono", usulan).id(), user("rw002.medono"), Map.of("keputusan", "SETUJUI",
                "peringkat", proposals.nextFreeRwRank(usulan.id())), Map.of());
        InboxTask verification = taskOf("staf.medono", usulan);
        inbox.claim(verification.id(), user("staf.medono"));
        assertThatThrownBy(() -> inbox.complete(verification.id(), user("lpm.medono"), Map.of("keputusan", "TERIMA"), Map.of()))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("tugas.error.diambil-orang-lain"))
                .satisfies(e -> assertThat(((BusinessException) e).arguments()).containsExactly("staf.medono"));
    }

    @Test
    void two_officials_completing_the_same_task_at_once_exactly_one_wins() throws Exception {
        ProposalSummary usulan = submittedNonPhysical("Pelatihan UMKM batik");
        inbox.complete(taskOf("rw002.medono", usulan).id(), user("rw002.medono"), Map.of("keputusan", "SETUJUI",
                "peringkat", proposals.nextFreeRwRank(usulan.id())), Map.of());
        String taskId = taskOf("staf.medono", usulan).id();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> runs = new ArrayList<>();
        for (String official : List.of("staf.medono", "lpm.medono")) {
            runs.add(pool.submit(() -> {
                AuthenticatedUser who = user(official);
                try {
                    together.await(10, TimeUnit.SECONDS);
                    inbox.complete(taskId, who, Map.of("keputusan", "TERIMA"), Map.of());
                    outcomes.add("won:" + official);
                } catch (BusinessException lost) {
                    outcomes.add(lost.messageKey());
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(o -> o.toString().startsWith("won:")).hasSize(1);
        assertThat(outcomes).contains("tugas.error.sudah-selesai");
        assertThat(proposals.find(usulan.id()).orElseThrow().status()).isEqualTo(ProposalStatus.TERVERIFIKASI_KELURAHAN);
        assertThat(proposals.history(usulan.id()))
                .filteredOn(change -> change.to() == ProposalStatus.TERVERIFIKASI_KELURAHAN).hasSize(1);
    }
}
