package id.musrenflow.monitoring;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.KaribuTest;
import id.musrenflow.TestTime;
import id.musrenflow.base.ui.ForbiddenView;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.proposal.ui.ProposalReadView;
import id.musrenflow.workflow.UsulanFixtures;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The register and the read-only usulan page without a browser: the filter from the address selects exactly the
 * usulan, a row links to its page, the exports follow the filter; a Camat asking for another kecamatan is refused
 * like an unknown territory, and an RT head may not open the register at all.
 */
class RegisterViewTest extends KaribuTest {

    @Autowired
    private ProposalService proposals;

    private ProposalSummary submitted(String title) {
        return new UsulanFixtures(proposals).nonPhysical(title);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid() {
        return _get(Grid.class, spec -> spec.withId("register-grid"));
    }

    @Test
    void the_filter_in_the_address_selects_the_usulan_and_a_row_opens_it() {
        ProposalSummary usulan = submitted("Pelatihan kader posyandu register");
        login("bappeda");
        UI.getCurrent().navigate("pemantauan/usulan", com.vaadin.flow.router.QueryParameters.fromString("tahun=" + TestTime.PLANNING_YEAR
                + "&wilayah=33.75.01.1002&cari=" + usulan.number()));
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_getFormatted(grid(), 0, "judul")).isEqualTo("Pelatihan kader posyandu register");
        assertThat(_getFormatted(grid(), 0, "status")).isEqualTo("Diajukan ke RW");
        assertThat(_getFormatted(grid(), 0, "wilayah")).contains("RW 002").contains("Medono");
        assertThat(_get(Span.class, spec -> spec.withId("register-jumlah")).getText()).isEqualTo("1 usulan");
        Anchor excel = _get(Anchor.class, spec -> spec.withId("register-ekspor-xlsx"));
        assertThat(excel.getHref()).startsWith("/unduh/pemantauan/usulan.xlsx?tahun=" + TestTime.PLANNING_YEAR)
                .contains("wilayah=33.75.01.1002", "cari=" + usulan.number());

        UI.getCurrent().navigate("pemantauan/usulan/" + usulan.number());
        _assertOne(ProposalReadView.class);
        assertThat(_get(Span.class, spec -> spec.withId("usulan-status")).getText()).isEqualTo("Diajukan ke RW");
    }

    @Test
    void on_a_phone_each_usulan_reads_as_a_card_and_the_filters_fold_away_behind_the_search() {
        ProposalSummary usulan = submitted("Senam lansia register kartu");
        login("bappeda");
        UI.getCurrent().navigate("pemantauan/usulan", com.vaadin.flow.router.QueryParameters.fromString("tahun="
                + TestTime.PLANNING_YEAR + "&cari=" + usulan.number()));
        com.vaadin.flow.component.details.Details filters = _get(com.vaadin.flow.component.details.Details.class,
                spec -> spec.withId("register-saring"));
        assertThat(filters.isOpened()).as("open on a desk").isTrue();
        assertThat(grid().getColumnByKey("kartu").isVisible()).isFalse();

        windowWidth(390);
        assertThat(filters.isOpened()).as("folded on a phone").isFalse();
        assertThat(filters.getSummaryText()).isEqualTo("Saring");
        assertThat(grid().getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly("kartu");
        String card = ((com.vaadin.flow.component.Component) com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(grid(), 0, "kartu")).getElement().getTextRecursively();
        assertThat(card).contains(usulan.number(), "Senam lansia register kartu", "Diajukan ke RW", "Medono", "Rp");

        windowWidth(1280);
        assertThat(grid().getColumnByKey("judul").isVisible()).isTrue();
        assertThat(grid().getColumnByKey("kartu").isVisible()).isFalse();
    }


    @Test
    void a_filter_matching_nothing_says_so_in_both_languages() {
        login("bappeda");
        UI.getCurrent().navigate("pemantauan/usulan", com.vaadin.flow.router.QueryParameters.fromString("tahun=" + TestTime.PLANNING_YEAR + "&cari=tidak-ada-usulan-ini"));
        assertThat(_size(grid())).isZero();
        assertThat(_get(Div.class, spec -> spec.withId("register-pesan")).getText())
                .startsWith("Tidak ada usulan yang cocok");
        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("pemantauan/usulan", com.vaadin.flow.router.QueryParameters.fromString("tahun=" + TestTime.PLANNING_YEAR + "&cari=no-such-usulan"));
        assertThat(_get(Div.class, spec -> spec.withId("register-pesan")).getText()).startsWith("No usulan match");
    }

    @Test
    void a_camat_is_refused_another_kecamatan_and_its_usulan_like_unknown_ones() {
        ProposalSummary usulan = submitted("Senam lansia register");
        login("lurah.podosugih");
        UI.getCurrent().navigate("pemantauan/usulan", com.vaadin.flow.router.QueryParameters.fromString("wilayah=33.75.01.1002"));
        assertThat(_get(Div.class, spec -> spec.withId("register-pesan")).getText())
                .contains("33.75.01.1002", "di luar wilayah");
        assertThat(_size(grid())).isZero();
        UI.getCurrent().navigate("pemantauan/usulan", com.vaadin.flow.router.QueryParameters.fromString("wilayah=99.99"));
        assertThat(_get(Div.class, spec -> spec.withId("register-pesan")).getText()).contains("99.99", "di luar wilayah");
        // the Lurah of Podosugih sees only Podosugih even without a territory in the address
        UI.getCurrent().navigate("pemantauan/usulan", com.vaadin.flow.router.QueryParameters.fromString("cari=" + usulan.number()));
        assertThat(_size(grid())).isZero();
        UI.getCurrent().navigate("pemantauan/usulan/" + usulan.number());
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("usulan-tidak-ada"))
                .getText()).contains(usulan.number(), "tidak ditemukan");
    }

    @Test
    void an_rt_head_may_not_open_the_register() {
        login("rt003.medono");
        UI.getCurrent().navigate("pemantauan/usulan");
        _assertOne(ForbiddenView.class);
    }
}
