package id.musrenflow.danakelurahan;

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
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Rencana Kegiatan Kelurahan on PostgreSQL: candidates from the kelurahan forum and accepted LKK programmes,
 * a suggestion in priority order within the pagu, the Lurah's override with a reason, approval by the Camat of the
 * kecamatan through the shared task inbox, and the lock afterwards. Refusals outside the territory.
 */
class KelurahanPlanIT extends PostgresIT {

    private static final String MEDONO = "33.75.01.1002";
    private static final int YEAR = TestTime.PLANNING_YEAR;
    private static final String NUMBER = "RKK-" + YEAR + "-3375011002";

    @Autowired
    private KelurahanPlanService plans;
    @Autowired
    private PaguService pagu;
    @Autowired
    private LkkProgrammeService programmes;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private UserService userService;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ApplicationContext context;

    private ExecutionFixtures dana;

    /** One plan per kelurahan and year: what an earlier run left for Medono in the planning year is cleared first. */
    @BeforeEach
    void clearMedonoPlan() {
        dana = new ExecutionFixtures(context);
        dana.clear();
    }

    private static BigDecimal sum(List<PlanCandidate> candidates) {
        return candidates.stream().map(PlanCandidate::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void the_suggestion_fills_the_pagu_in_priority_order_and_an_override_needs_a_reason() {
        List<ProposalSummary> funded = dana.fundedAtKelurahanForum("PMT balita RT 003", "PMT ibu hamil RT 003");
        LkkProgramme programme = dana.acceptedProgramme(ExecutionFixtures.juta(15), ExecutionFixtures.juta(8));
        long big = programme.activities().get(0).id();
        long small = programme.activities().get(1).id();

        List<PlanCandidate> candidates = plans.candidates(YEAR, MEDONO);
        List<CandidateRef> refs = candidates.stream().map(PlanCandidate::ref).toList();
        CandidateRef first = new CandidateRef(CandidateSource.USULAN, funded.get(0).id());
        CandidateRef second = new CandidateRef(CandidateSource.USULAN, funded.get(1).id());
        assertThat(refs).containsSubsequence(first, second, new CandidateRef(CandidateSource.KEGIATAN_LKK, big),
                new CandidateRef(CandidateSource.KEGIATAN_LKK, small));
        int lastUsulan = refs.lastIndexOf(refs.stream().filter(r -> r.source() == CandidateSource.USULAN)
                .reduce((a, b) -> b).orElseThrow());
        assertThat(refs.subList(lastUsulan + 1, refs.size())).allMatch(r -> r.source() == CandidateSource.KEGIATAN_LKK);
        PlanCandidate usulan = candidates.get(refs.indexOf(first));
        assertThat(usulan.field()).isEqualTo(FundField.PEMBERDAYAAN);
        assertThat(usulan.subActivityCode()).isEqualTo("7.01.03.2.02.0003");
        assertThat(usulan.cost()).isEqualByComparingTo("5000000");

        // everything before the 15 jt activity fits exactly, then 10 jt are left: 15 jt is skipped, 8 jt fits
        List<PlanCandidate> before = candidates.subList(0, refs.indexOf(new CandidateRef(CandidateSource.KEGIATAN_LKK, big)));
        BigDecimal limit = sum(before).add(ExecutionFixtures.juta(10));
        pagu.setPagu(YEAR, MEDONO, limit, dana.user("admin.bappeda"));
        List<PlanCandidate> expected = new ArrayList<>(before);
        BigDecimal remaining = ExecutionFixtures.juta(10);
        for (PlanCandidate c : candidates.subList(before.size(), candidates.size())) {
            if (c.cost().compareTo(remaining) <= 0) {
                expected.add(c);
                remaining = remaining.subtract(c.cost());
            }
        }
        List<PlanCandidate> suggestion = plans.suggestion(YEAR, MEDONO);
        assertThat(suggestion).containsExactlyElementsOf(expected);
        assertThat(suggestion).extracting(PlanCandidate::ref)
                .doesNotContain(new CandidateRef(CandidateSource.KEGIATAN_LKK, big))
                .contains(new CandidateRef(CandidateSource.KEGIATAN_LKK, small));
        assertThat(sum(suggestion)).isLessThanOrEqualTo(limit);

        AuthenticatedUser lurah = dana.user("lurah.medono");
        List<CandidateRef> suggested = suggestion.stream().map(PlanCandidate::ref).toList();
        KelurahanPlan plan = plans.compose(YEAR, MEDONO, null, suggested, null, lurah);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.number()).isEqualTo(NUMBER);
        assertThat(plan.overrideReason()).isNull();
        assertThat(plan.items()).extracting(PlanItem::ref).containsExactlyElementsOf(suggested);
        assertThat(plan.pagu().allocated()).isEqualByComparingTo(sum(suggestion));
        assertThat(plan.pagu().remaining().signum()).isGreaterThanOrEqualTo(0);

        List<CandidateRef> tooMuch = new ArrayList<>(suggested);
        tooMuch.add(new CandidateRef(CandidateSource.KEGIATAN_LKK, big));
        assertThatThrownBy(() -> plans.compose(YEAR, MEDONO, plan.version(), tooMuch,
                "Pelatihan kader lebih mendesak", lurah)).extracting("messageKey").isEqualTo("dana.pagu.error.melebihi");

        List<CandidateRef> onlyUsulan = List.of(second, first);
        assertThatThrownBy(() -> plans.compose(YEAR, MEDONO, plan.version(), onlyUsulan, " ", lurah))
                .extracting("messageKey").isEqualTo("dana.rkk.error.alasan-penyesuaian");
        KelurahanPlan overridden = plans.compose(YEAR, MEDONO, plan.version(), onlyUsulan,
                "Kegiatan LKK dibiayai dari swadaya tahun ini", lurah);
        assertThat(overridden.overrideReason()).isEqualTo("Kegiatan LKK dibiayai dari swadaya tahun ini");
        assertThat(overridden.items()).extracting(PlanItem::ref).containsExactlyInAnyOrder(first, second);
        assertThat(pagu.summary(YEAR, MEDONO).allocated()).isEqualByComparingTo("10000000");
        assertThatThrownBy(() -> plans.compose(YEAR, MEDONO, plan.version(), suggested, null, lurah))
                .extracting("messageKey").isEqualTo("dana.rkk.error.diubah-bersamaan");
    }

    @Test
    void the_camat_of_the_kecamatan_approves_through_the_inbox_and_the_plan_is_locked() {
        dana.fundedAtKelurahanForum("Kelas ibu balita RW 002");
        pagu.setPagu(YEAR, MEDONO, ExecutionFixtures.juta(5), dana.user("admin.bappeda"));
        AuthenticatedUser lurah = dana.user("lurah.medono");
        AuthenticatedUser podosugih = dana.user("lurah.podosugih");
        List<CandidateRef> suggested = plans.suggestion(YEAR, MEDONO).stream().map(PlanCandidate::ref).toList();
        assertThat(suggested).isNotEmpty();

        assertThatThrownBy(() -> plans.compose(YEAR, MEDONO, null, suggested, null, podosugih))
                .extracting("messageKey").isEqualTo("dana.rkk.error.bukan-untuk-anda");
        assertThatThrownBy(() -> plans.submit(YEAR, MEDONO, null, lurah))
                .extracting("messageKey").isEqualTo("dana.rkk.error.kosong");
        KelurahanPlan draft = plans.compose(YEAR, MEDONO, null, suggested, null, lurah);
        assertThatThrownBy(() -> plans.submit(YEAR, MEDONO, null, podosugih))
                .extracting("messageKey").isEqualTo("dana.rkk.error.bukan-untuk-anda");
        KelurahanPlan submitted = plans.submit(YEAR, MEDONO, null, lurah);
        assertThat(submitted.status()).isEqualTo(PlanStatus.DIAJUKAN);
        assertThatThrownBy(() -> plans.compose(YEAR, MEDONO, submitted.version(), suggested, null, lurah))
                .extracting("messageKey").isEqualTo("dana.rkk.error.sedang-diajukan");

        AuthenticatedUser otherCamat = camatOf("33.75.02");
        assertThat(inbox.inbox(otherCamat)).noneMatch(t -> NUMBER.equals(t.businessKey()));
        InboxTask approval = taskOf("camat.barat");
        assertThat(approval.formRef()).isEqualTo("form-persetujuan-rkk");
        assertThatThrownBy(() -> inbox.complete(approval.id(), otherCamat, Map.of("keputusan", "SETUJUI"), Map.of()))
                .extracting("messageKey").isEqualTo("tugas.error.bukan-untuk-anda");
        assertThatThrownBy(() -> plans.plan(YEAR, MEDONO, otherCamat))
                .extracting("messageKey").isEqualTo("dana.rkk.error.bukan-untuk-anda");

        inbox.complete(approval.id(), dana.user("camat.barat"), Map.of("keputusan", "KEMBALIKAN",
                "kodeAlasan", "TIDAK_SESUAI_PRIORITAS", "alasan", "Periksa lagi urutan prioritas musrenbang"), Map.of());
        KelurahanPlan returned = plans.plan(YEAR, MEDONO, lurah).orElseThrow();
        assertThat(returned.status()).isEqualTo(PlanStatus.DIKEMBALIKAN);
        KelurahanPlan recomposed = plans.compose(YEAR, MEDONO, returned.version(), suggested, null, lurah);
        assertThatThrownBy(() -> plans.submit(YEAR, MEDONO, "", lurah))
                .extracting("messageKey").isEqualTo("dana.rkk.error.catatan");
        plans.submit(YEAR, MEDONO, "Urutan sudah sesuai berita acara", lurah);
        inbox.complete(taskOf("camat.barat").id(), dana.user("camat.barat"), Map.of("keputusan", "SETUJUI"), Map.of());

        KelurahanPlan approved = plans.plan(YEAR, MEDONO, dana.user("camat.barat")).orElseThrow();
        assertThat(approved.status()).isEqualTo(PlanStatus.DISETUJUI);
        assertThat(approved.items()).extracting(PlanItem::ref).containsExactlyElementsOf(suggested);
        assertThat(approved.version()).isGreaterThan(draft.version());
        PlanItem item = approved.items().get(0);
        assertThatThrownBy(() -> plans.compose(YEAR, MEDONO, approved.version(), List.of(), "Dikosongkan saja", lurah))
                .extracting("messageKey").isEqualTo("dana.rkk.error.terkunci");
        assertThatThrownBy(() -> pagu.changeAllocation(item.allocationId(), 0, ExecutionFixtures.juta(1), lurah))
                .extracting("messageKey").isEqualTo("dana.rkk.error.terkunci");
        assertThatThrownBy(() -> pagu.allocate(YEAR, MEDONO, FundField.SARANA_PRASARANA, "Saluran drainase RW 002",
                ExecutionFixtures.juta(1), lurah)).extracting("messageKey").isEqualTo("dana.rkk.error.terkunci");
        assertThat(pagu.summary(YEAR, MEDONO).allocated()).isEqualByComparingTo(recomposed.pagu().allocated());

        List<PlanStatusChange> history = plans.history(YEAR, MEDONO, lurah);
        assertThat(history).extracting(PlanStatusChange::to).containsExactly(PlanStatus.DRAFT, PlanStatus.DIAJUKAN,
                PlanStatus.DIKEMBALIKAN, PlanStatus.DIAJUKAN, PlanStatus.DISETUJUI);
        assertThat(history).extracting(PlanStatusChange::actor).containsExactly("lurah.medono", "lurah.medono",
                "camat.barat", "lurah.medono", "camat.barat");
        assertThat(history.get(2).position()).isEqualTo("camat:33.75.01");
        assertThat(history.get(2).from()).isEqualTo(PlanStatus.DIAJUKAN);
        assertThat(history.get(2).reasonCode()).isEqualTo("TIDAK_SESUAI_PRIORITAS");
        assertThat(history.get(2).reason()).isEqualTo("Periksa lagi urutan prioritas musrenbang");
        assertThat(history.get(3).note()).isEqualTo("Urutan sudah sesuai berita acara");
        assertThat(history.get(4).position()).isEqualTo("camat:33.75.01");
        assertThat(history.get(4).reasonCode()).isNull();
    }

    private InboxTask taskOf(String username) {
        return inbox.inbox(dana.user(username)).stream().filter(t -> NUMBER.equals(t.businessKey())).findFirst()
                .orElseThrow();
    }

    /**
     * A Camat of another kecamatan: there is no demo user for one, and one Camat holds a kecamatan at a time, so an
     * earlier run's Camat on a reused database is taken again.
     */
    private AuthenticatedUser camatOf(String kecamatan) {
        var holder = jdbc.sql("select p.username from jabatan j join pengguna p on p.id = j.pengguna_id "
                        + "where j.jenis = 'CAMAT' and j.wilayah_kode = ? and (j.selesai is null or j.selesai >= ?) "
                        + "order by j.id limit 1")
                .params(kecamatan, java.sql.Date.valueOf(userService.today())).query(String.class).optional();
        if (holder.isPresent()) {
            return dana.user(holder.get());
        }
        String username = unique("camat");
        var account = userService.createUser(new NewUser(username, "Camat Uji", username + "@uji.id", null,
                "rahasia-uji-123"), "test");
        userService.addPosition(account.id(), new NewPosition(PositionType.CAMAT, kecamatan, null,
                PositionStatus.DEFINITIF, userService.today().minusDays(1), null, null), "test");
        return dana.user(username);
    }

}
