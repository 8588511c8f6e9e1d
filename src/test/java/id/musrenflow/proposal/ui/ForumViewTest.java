package id.musrenflow.proposal.ui;

import id.musrenflow.TestTime;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import id.musrenflow.KaribuTest;
import id.musrenflow.base.ui.ForbiddenView;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.ForumAgendas;
import id.musrenflow.proposal.ForumDecision;
import id.musrenflow.proposal.ForumLevel;
import id.musrenflow.proposal.ForumOutcome;
import id.musrenflow.proposal.ForumService;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.proposal.ReasonCode;
import id.musrenflow.workflow.TaskInboxService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ForumViewTest extends KaribuTest {

    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private ForumService forums;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private LoginAttempts users;

    /** The in-memory database is shared by the UI tests: the forum first decides whatever is left waiting. */
    @BeforeEach
    void emptyAgendas() {
        ForumAgendas.clearMedonoAndPekalonganBarat(forums);
    }


    @Test
    void the_camat_sees_the_kecamatan_list_grouped_by_opd_and_agrees_it() {
        ProposalSummary usulan = atForum("PMT balita untuk kecamatan");
        forums.confirm(ForumLevel.KELURAHAN, MEDONO, null,
                List.of(ForumDecision.agreed(usulan.number(), ForumOutcome.KECAMATAN, 1)), "lurah.medono");
        complete("staf.barat", usulan, Map.of("tanggalSurvei", TestTime.startDate().toString(), "keputusan", "LAYAK"));
        openForum("camat.barat");

        Div sheet = _get(Div.class, spec -> spec.withId("forum-grid"));
        assertThat(sheet.getElement().getTextRecursively()).contains("Dinas Kesehatan", "Medono RT 003 / RW 002",
                "Rp 5.000.000", "Peringkat sebelumnya: 1").doesNotContain("DINKES");
        assertThat(decision(usulan).getListDataView().getItems())
                .containsExactly(ForumOutcome.DISEPAKATI, ForumOutcome.TIDAK_DISEPAKATI);
        decide(usulan, ForumOutcome.DISEPAKATI);
        _click(_get(Button.class, spec -> spec.withId("forum-konfirmasi")));
        _click(_get(Button.class, spec -> spec.withId("forum-konfirmasi-ya")));

        assertThat(_get(ListItem.class, spec -> spec.withId("forum-hasil-DISEPAKATI")).getElement().getTextRecursively())
                .startsWith("Disepakati: 1 usulan").contains(usulan.number());
        assertThat(proposals.find(usulan.id()).orElseThrow().status()).isEqualTo(ProposalStatus.VERIFIKASI_OPD);
    }

    @Test
    void the_lurah_ranks_decides_and_confirms_the_list_and_sees_what_moved() {
        ProposalSummary first = atForum("PMT balita RT 003");
        ProposalSummary second = atForum("Alat timbang posyandu");
        ProposalSummary third = atForum("PMT lansia");
        openForum("lurah.medono");

        decide(first, ForumOutcome.KECAMATAN);
        decide(second, ForumOutcome.DANA_KELURAHAN);
        assertThat(rank(first).getValue()).isEqualTo(1);
        assertThat(rank(second).getValue()).isEqualTo(2);
        _click(_get(Button.class, spec -> spec.withId("forum-naik-" + second.number())));
        assertThat(rank(second).getValue()).isEqualTo(1);
        assertThat(rank(first).getValue()).isEqualTo(2);
        decide(third, ForumOutcome.TIDAK_DISEPAKATI);
        assertThat(rank(third).isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("forum-total")).getText())
                .isEqualTo("Disepakati: 2 usulan, Rp 10.000.000 · Dana kelurahan: 1 usulan, Rp 5.000.000");
        _setValue(reasonCode(third), ReasonCode.SUDAH_DIUSULKAN);
        _setValue(reason(third), "Sudah diusulkan tahun lalu, belum terealisasi");

        _click(_get(Button.class, spec -> spec.withId("forum-konfirmasi")));
        _click(_get(Button.class, spec -> spec.withId("forum-konfirmasi-ya")));

        assertThat(_get(ListItem.class, spec -> spec.withId("forum-hasil-DANA_KELURAHAN")).getElement().getTextRecursively())
                .startsWith("Dana kelurahan: 1 usulan").contains(second.number());
        assertThat(_get(ListItem.class, spec -> spec.withId("forum-hasil-KECAMATAN")).getElement().getTextRecursively())
                .startsWith("Teruskan ke kecamatan: 1 usulan").contains(first.number());
        assertThat(_get(ListItem.class, spec -> spec.withId("forum-hasil-TIDAK_DISEPAKATI")).getElement().getTextRecursively())
                .contains(third.number());
        _assertOne(Paragraph.class, spec -> spec.withId("forum-kosong"));
        assertThat(proposals.find(first.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DITERUSKAN_KECAMATAN);
        assertThat(proposals.find(second.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DIDANAI_DANA_KELURAHAN);
        assertThat(proposals.detail(second.id()).orElseThrow().rankKelurahan()).isEqualTo(1);
        assertThat(proposals.find(third.id()).orElseThrow().status())
                .isEqualTo(ProposalStatus.TIDAK_DISEPAKATI_MUSRENBANGKEL);
    }

    @Test
    void a_missing_reason_or_a_rank_given_twice_is_told_in_indonesian_and_the_sheet_stays_as_entered() {
        ProposalSummary first = atForum("PMT balita RW 002");
        ProposalSummary second = atForum("PMT ibu hamil RW 002");
        openForum("staf.medono");
        decide(first, ForumOutcome.KEDUANYA);
        decide(second, ForumOutcome.TIDAK_DISEPAKATI);
        _setValue(reasonCode(second), ReasonCode.DUPLIKAT);

        _click(_get(Button.class, spec -> spec.withId("forum-konfirmasi")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("forum-galat")).getText()).isEqualTo(
                "Tuliskan alasan untuk usulan " + second.number() + " yang tidak disepakati (paling sedikit 10 karakter).");
        assertThat(reason(second).isInvalid()).isTrue();
        _assertNone(ForumConfirmDialog.class);
        _setValue(reason(second), "Sudah diusulkan RW 001 dengan lokasi yang sama");
        assertThat(reason(second).isInvalid()).as("the corrected reason loses the old message at once").isFalse();
        assertThat(reason(second).getErrorMessage()).isNullOrEmpty();
        assertThat(decision(first).getValue()).isEqualTo(ForumOutcome.KEDUANYA);
        assertThat(decision(second).getValue()).isEqualTo(ForumOutcome.TIDAK_DISEPAKATI);
        assertThat(reasonCode(second).getValue()).isEqualTo(ReasonCode.DUPLIKAT);
        assertThat(rank(first).getValue()).isEqualTo(1);

        decide(second, ForumOutcome.DANA_KELURAHAN);
        _setValue(rank(second), 1);
        _click(_get(Button.class, spec -> spec.withId("forum-konfirmasi")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("forum-galat")).getText())
                .startsWith("Peringkat 1 dipakai lebih dari satu usulan");
        assertThat(proposals.find(first.id()).orElseThrow().status()).isEqualTo(ProposalStatus.TERVERIFIKASI_KELURAHAN);
        assertThat(proposals.find(second.id()).orElseThrow().status()).isEqualTo(ProposalStatus.TERVERIFIKASI_KELURAHAN);
        assertThat(_get(Div.class, spec -> spec.withId("forum-grid")).getChildren().count()).isEqualTo(2);
    }

    @Test
    void a_rank_below_one_is_named_on_the_field() {
        ProposalSummary usulan = atForum("PMT lansia RW 002");
        openForum("staf.medono");
        decide(usulan, ForumOutcome.KEDUANYA);
        IntegerField rank = rank(usulan);
        _setValue(rank, -1);
        assertThat(rank.isInvalid()).isTrue();
        assertThat(rank.getErrorMessage()).isEqualTo("Paling kecil 1.");
        assertThat(rank.getI18n().getMinErrorMessage()).isEqualTo("Paling kecil 1.");
        _setValue(rank, 1);
        assertThat(rank.isInvalid()).isFalse();
    }

    @Test
    void an_rt_head_has_no_forum_page() {
        login("rt003.medono");
        UI.getCurrent().navigate("forum");
        _assertNone(ForumView.class);
        _assertOne(ForbiddenView.class);
    }

    private void openForum(String username) {
        login(username);
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate(ForumView.class);
    }

    private ProposalSummary atForum(String title) {
        long item = proposals.catalogue(TestTime.PLANNING_YEAR).stream().filter(c -> c.code().equals("POSYANDU-PMT")).findFirst()
                .orElseThrow().id();
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(MEDONO + ".002.003"), "Posyandu Melati RW 002", null, null, ProposalKind.NON_FISIK,
                ProposalField.SOSIAL, item, title, "Banyak balita di bawah garis pertumbuhan", null, null, 40,
                "balita", new BigDecimal("2"), "paket", null, null, null, null, null, null);
        ProposalSummary usulan = proposals.submit(proposals.createDraft(draft, "rt003.medono").id(), "rt003.medono");
        complete("rw002.medono", usulan, Map.of("keputusan", "SETUJUI", "peringkat", proposals.nextFreeRwRank(usulan.id())));
        complete("staf.medono", usulan, Map.of("keputusan", "TERIMA"));
        return usulan;
    }

    private void complete(String username, ProposalSummary usulan, Map<String, Object> values) {
        var user = users.loadUserByUsername(username);
        String task = inbox.inbox(user).stream().filter(t -> usulan.number().equals(t.businessKey())).findFirst()
                .orElseThrow().id();
        inbox.complete(task, user, values, Map.of());
    }

    private static void decide(ProposalSummary usulan, ForumOutcome outcome) {
        _setValue(decision(usulan), outcome);
    }

    @SuppressWarnings("unchecked")
    private static Select<ForumOutcome> decision(ProposalSummary usulan) {
        return _get(Select.class, spec -> spec.withId("forum-keputusan-" + usulan.number()));
    }

    @SuppressWarnings("unchecked")
    private static Select<ReasonCode> reasonCode(ProposalSummary usulan) {
        return _get(Select.class, spec -> spec.withId("forum-kode-alasan-" + usulan.number()));
    }

    private static TextArea reason(ProposalSummary usulan) {
        return _get(TextArea.class, spec -> spec.withId("forum-alasan-" + usulan.number()));
    }

    private static IntegerField rank(ProposalSummary usulan) {
        return _get(IntegerField.class, spec -> spec.withId("forum-peringkat-" + usulan.number()));
    }
}
