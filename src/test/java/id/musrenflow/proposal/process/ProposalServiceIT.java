package id.musrenflow.proposal.process;

import id.musrenflow.TestTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.PostgresIT;
import id.musrenflow.base.BusinessException;
import id.musrenflow.proposal.AttachmentType;
import id.musrenflow.proposal.CatalogueItem;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.proposal.StatusChange;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The usulan service with the real engine on PostgreSQL: drafts, submission, territory, rollback, history. */
class ProposalServiceIT extends PostgresIT {

    private static final String MEDONO = "33.75.01.1002";
    private static final String RW_002 = MEDONO + ".002";
    private static final String RT_003 = RW_002 + ".003";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};

    @Autowired
    private ProposalService proposals;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;

    private CatalogueItem paving() {
        return proposals.catalogue(TestTime.PLANNING_YEAR).stream().filter(c -> c.code().equals("PAVING")).findFirst().orElseThrow();
    }

    private ProposalDraft pavingDraft(String title, BigDecimal volume, BigDecimal cost, String costReason) {
        return new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, RW_002, List.of(RT_003), "Gang Melati, depan musholla",
                new BigDecimal("-6.888600"), new BigDecimal("109.675300"), ProposalKind.FISIK, ProposalField.INFRASTRUKTUR,
                paving().id(), title, "Jalan gang berlubang dan tergenang saat hujan", "Paving 3 x 40 m",
                "Jalan gang rata dan kering", 120, "warga RT 003", volume, "m2", null, cost, costReason,
                "tenaga kerja gotong royong", null, null);
    }

    private ProposalSummary physicalDraftWithPhoto(String title) {
        ProposalSummary draft = proposals.createDraft(pavingDraft(title, new BigDecimal("120"), null, null), "rt003.medono");
        proposals.addAttachment(draft.id(), AttachmentType.FOTO, "kondisi-0.png", "image/png", PNG, null, "rt003.medono");
        proposals.addAttachment(draft.id(), AttachmentType.BUKTI_LAHAN, "surat-lahan.png", "image/png", PNG, null,
                "rt003.medono");
        return draft;
    }

    @Test
    void rt_head_submits_and_the_rw_gets_the_task_with_the_history_recorded() {
        ProposalSummary draft = physicalDraftWithPhoto("Paving gang Melati");
        assertThat(draft.number()).matches("U-" + TestTime.PLANNING_YEAR + "-3375011002-\\d{4}");
        assertThat(draft.cost()).isEqualByComparingTo("16200000");
        assertThat(draft.targetOpd()).isEqualTo("DPUPR");

        ProposalSummary submitted = proposals.submit(draft.id(), "rt003.medono");

        assertThat(submitted.status()).isEqualTo(ProposalStatus.DIAJUKAN_RW);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(draft.number()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(UsulanMusrenbangProcess.TASK_TELAAH_RW);
        assertThat(task.getName()).contains(draft.number(), "Paving gang Melati");
        assertThat(tasks.createTaskQuery().taskCandidateGroup("ketua-rw:" + RW_002)
                .processInstanceBusinessKey(draft.number()).count()).isEqualTo(1);
        assertThat(proposals.history(draft.id())).extracting(StatusChange::to, StatusChange::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProposalStatus.DRAFT, "rt003.medono"),
                        org.assertj.core.groups.Tuple.tuple(ProposalStatus.DIAJUKAN_RW, "rt003.medono"));
    }

    @Test
    void rw_decision_moves_the_status_in_the_same_step_and_records_who_and_why() {
        ProposalSummary draft = physicalDraftWithPhoto("Paving gang Kenanga");
        proposals.submit(draft.id(), "rt003.medono");
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(draft.number()).singleResult();

        tasks.complete(task.getId(), Variables.createVariables()
                .putValue(UsulanMusrenbangProcess.Var.KEPUTUSAN, "KEMBALIKAN")
                .putValue(UsulanMusrenbangProcess.Var.KODE_ALASAN, "LOKASI_SALAH")
                .putValue(UsulanMusrenbangProcess.Var.ALASAN, "Titik peta menunjuk gang sebelah")
                .putValueTyped(UsulanMusrenbangProcess.Var.PELAKU, Variables.stringValue("rw002.medono", true)));

        assertThat(proposals.find(draft.id()).orElseThrow().status()).isEqualTo(ProposalStatus.PERLU_REVISI);
        StatusChange last = proposals.history(draft.id()).get(proposals.history(draft.id()).size() - 1);
        assertThat(last.actor()).isEqualTo("rw002.medono");
        assertThat(last.position()).isEqualTo("ketua-rw:" + RW_002);
        assertThat(last.reasonCode()).isEqualTo("LOKASI_SALAH");
        assertThat(last.reason()).isEqualTo("Titik peta menunjuk gang sebelah");
        assertThat(last.from()).isEqualTo(ProposalStatus.DIAJUKAN_RW);
    }

    @Test
    void a_failure_after_the_engine_step_leaves_neither_the_row_nor_the_engine_changed() {
        ProposalSummary draft = physicalDraftWithPhoto(FAIL_AFTER_ENGINE_STEP + " paving");

        assertThatThrownBy(() -> proposals.submit(draft.id(), "rt003.medono")).hasMessageContaining("injected failure");

        assertThat(proposals.find(draft.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(draft.number()).count()).isZero();
        assertThat(proposals.history(draft.id())).extracting(StatusChange::to).containsExactly(ProposalStatus.DRAFT);
    }

    @Test
    void a_physical_usulan_without_photo_cannot_be_submitted_and_nothing_is_half_saved() {
        ProposalSummary draft = proposals.createDraft(pavingDraft("Paving tanpa foto", BigDecimal.TEN, null, null),
                "rt003.medono");
        assertThatThrownBy(() -> proposals.submit(draft.id(), "rt003.medono"))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("usulan.error.foto-wajib");
        assertThat(proposals.find(draft.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(draft.number()).count()).isZero();
    }

    @Test
    void an_rt_head_cannot_propose_for_another_rt_nor_submit_someone_elses_usulan() {
        ProposalDraft forRt001 = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, RW_002, List.of(RW_002 + ".001"),
                "Gang Mawar", null, null, ProposalKind.NON_FISIK, ProposalField.SOSIAL, null, "Kelas stunting",
                "Balita kurang gizi", null, null, 30, "ibu balita", BigDecimal.ONE, "kegiatan", new BigDecimal("3000000"),
                null, null, null, null, null);
        assertThatThrownBy(() -> proposals.createDraft(forRt001, "rt003.medono"))
                .extracting("messageKey").isEqualTo("usulan.error.di-luar-wilayah");

        ProposalSummary mine = proposals.createDraft(forRt001, "rt001.medono");
        assertThatThrownBy(() -> proposals.submit(mine.id(), "rt003.medono"))
                .extracting("messageKey").isEqualTo("usulan.error.bukan-milik-anda");
    }

    @Test
    void absurd_volume_cost_or_markup_are_refused_with_a_message() {
        assertThatThrownBy(() -> proposals.createDraft(pavingDraft("Paving", new BigDecimal("-5"), null, null), "rt003.medono"))
                .extracting("messageKey").isEqualTo("usulan.error.volume");
        assertThatThrownBy(() -> proposals.createDraft(pavingDraft("Paving", new BigDecimal("99999999"), null, null), "rt003.medono"))
                .extracting("messageKey").isEqualTo("usulan.error.volume");
        assertThatThrownBy(() -> proposals.createDraft(pavingDraft("Paving", BigDecimal.TEN, new BigDecimal("5000000"), null), "rt003.medono"))
                .extracting("messageKey").isEqualTo("usulan.error.alasan-biaya");
        assertThatThrownBy(() -> proposals.createDraft(pavingDraft("<script>alert(1)</script>", BigDecimal.TEN, null, null), "rt003.medono"))
                .extracting("messageKey").isEqualTo("usulan.error.html");
        ProposalSummary overridden = proposals.createDraft(pavingDraft("Paving harga khusus", BigDecimal.TEN,
                new BigDecimal("1500000"), "harga material lokal lebih tinggi"), "rt003.medono");
        assertThat(overridden.cost()).isEqualByComparingTo("1500000");
    }

    @Test
    void the_proposer_withdraws_before_the_kelurahan_decides() {
        ProposalSummary draft = physicalDraftWithPhoto("Paving yang ditarik");
        proposals.submit(draft.id(), "rt003.medono");
        proposals.withdraw(draft.id(), "rt003.medono", "sudah dikerjakan swadaya warga");
        assertThat(proposals.find(draft.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DIBATALKAN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(draft.number()).count()).isZero();
        assertThat(proposals.history(draft.id())).last().extracting(StatusChange::reason)
                .isEqualTo("sudah dikerjakan swadaya warga");
    }
}
