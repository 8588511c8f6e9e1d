package id.musrenflow.proposal.ui;

import id.musrenflow.TestTime;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.KaribuTest;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The proposer's list: only their own usulan, a readable status, search and status filter, the way to a new one. */
class MyProposalsViewTest extends KaribuTest {

    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private ProposalService proposals;

    private ProposalSummary draftOf(String username, String rt, String title) {
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(rt), "Balai RW 002", null, null, ProposalKind.NON_FISIK, ProposalField.SOSIAL, null, title,
                "Balita di bawah garis pertumbuhan", null, null, 40, "ibu balita", BigDecimal.ONE, "kegiatan",
                new BigDecimal("3000000"), null, null, null, null, null);
        return proposals.createDraft(draft, username);
    }

    @SuppressWarnings("unchecked")
    private List<ProposalSummary> rows() {
        return GridKt._findAll(_get(Grid.class, spec -> spec.withId("usulan-daftar")));
    }

    @Test
    void the_list_shows_my_usulan_with_status_and_not_those_of_others() {
        ProposalSummary mine = draftOf("rt003.medono", MEDONO + ".002.003", "Daftar milik RT 003");
        ProposalSummary submitted = proposals.submit(draftOf("rt003.medono", MEDONO + ".002.003",
                "Daftar diajukan RT 003").id(), "rt003.medono");
        draftOf("rt001.medono", MEDONO + ".002.001", "Daftar milik RT 001");
        login("rt003.medono");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("usulan");

        assertThat(rows()).extracting(ProposalSummary::title).contains("Daftar milik RT 003", "Daftar diajukan RT 003")
                .doesNotContain("Daftar milik RT 001");
        assertThat(rows()).allMatch(row -> row.proposer().equals("rt003.medono"));
        @SuppressWarnings("unchecked")
        Grid<ProposalSummary> grid = _get(Grid.class, spec -> spec.withId("usulan-daftar"));
        int index = rows().indexOf(rows().stream().filter(r -> r.id() == submitted.id()).findFirst().orElseThrow());
        assertThat(GridKt._getFormatted(grid, index, "status")).isEqualTo("Diajukan ke RW");
        assertThat(GridKt._getFormatted(grid, index, "biaya")).isEqualTo("Rp 3.000.000");
        assertThat(GridKt._getFormatted(grid, index, "wilayah")).contains("Medono", "RT 003");

        _setValue(_get(TextField.class, spec -> spec.withId("usulan-cari")), mine.number());
        assertThat(rows()).extracting(ProposalSummary::id).containsExactly(mine.id());
        _setValue(_get(TextField.class, spec -> spec.withId("usulan-cari")), "");
        @SuppressWarnings("unchecked")
        ComboBox<ProposalStatus> status = _get(ComboBox.class, spec -> spec.withId("usulan-filter-status"));
        _setValue(status, ProposalStatus.DIAJUKAN_RW);
        assertThat(rows()).isNotEmpty().allMatch(r -> r.status() == ProposalStatus.DIAJUKAN_RW)
                .extracting(ProposalSummary::id).contains(submitted.id());
    }

    @Test
    void new_usulan_opens_the_empty_form() {
        login("rt003.medono");
        UI.getCurrent().navigate("usulan");
        _click(_get(Button.class, spec -> spec.withId("usulan-baru")));
        assertThat(_get(ProposalFormView.class)).isNotNull();
        assertThat(_get(TextField.class, spec -> spec.withId("usulan-judul")).getValue()).isEmpty();
    }

    @Test
    void the_rt_head_reads_how_long_the_usulan_window_stays_open_above_the_list() {
        login("rt003.medono");
        UI.getCurrent().getSession().setLocale(java.util.Locale.forLanguageTag("id-ID"));
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("usulan");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("usulan-musim")).getText())
                .isEqualTo("Musim " + id.musrenflow.TestTime.PLANNING_YEAR + " · Usulan RT/RW s.d. 31 Desember "
                        + id.musrenflow.TestTime.YEAR);
    }

    @Test
    void officials_who_do_not_propose_have_no_usulan_list() {
        login("camat.barat");
        UI.getCurrent().navigate("usulan");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(MyProposalsView.class)).isEmpty();
    }
}
