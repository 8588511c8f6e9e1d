package id.musrenflow.danakelurahan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import id.musrenflow.KaribuTest;
import id.musrenflow.base.Rupiah;
import id.musrenflow.danakelurahan.BudgetTotals;
import id.musrenflow.danakelurahan.LkkProgrammeService;
import id.musrenflow.danakelurahan.PaguService;
import id.musrenflow.danakelurahan.RollUpRow;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.region.Territory;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The budget board as each official opens it: the Lurah lands on their kelurahan with the Excel downloads, the
 * Camat on the kecamatan roll-up whose line opens a kelurahan, and a Lurah who types another kelurahan into the
 * address is told it is not theirs.
 */
class BudgetBoardViewTest extends KaribuTest {

    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private PaguService pagu;
    @Autowired
    private LkkProgrammeService programmes;
    @Autowired
    private LoginAttempts users;

    @Test
    void the_lurah_lands_on_their_kelurahan_with_the_pagu_and_the_workbooks() {
        int year = programmes.planningYear();
        pagu.setPagu(year, MEDONO, new BigDecimal("875000000"), users.loadUserByUsername("admin.bappeda"));
        login("lurah.medono");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("anggaran-dana-kelurahan");

        assertThat(_get(Span.class, spec -> spec.withId("anggaran-pagu")).getText())
                .isEqualTo(Rupiah.format(new BigDecimal("875000000")));
        assertThat(_get(Anchor.class, spec -> spec.withId("anggaran-unduh-realisasi")).getText())
                .isEqualTo("Unduh laporan realisasi (Excel)");
        assertThat(_get(Div.class, spec -> spec.withId("anggaran-bidang-sarana_prasarana")).getElement()
                .getTextRecursively()).contains("Pembangunan Sarana dan Prasarana Kelurahan", "7.01.03.2.02.0002");
        @SuppressWarnings("unchecked")
        Select<Territory> area = _get(Select.class, spec -> spec.withId("anggaran-wilayah"));
        assertThat(area.getListDataView().getItems().map(Territory::code)).containsExactly(MEDONO);
        assertThat(area.getValue().code()).isEqualTo(MEDONO);
    }

    @Test
    void the_city_is_named_once_not_kota_kota() {
        login("bappeda");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("anggaran-dana-kelurahan");
        @SuppressWarnings("unchecked")
        Select<Territory> area = _get(Select.class, spec -> spec.withId("anggaran-wilayah"));
        assertThat(area.getItemLabelGenerator().apply(area.getValue()))
                .isEqualTo("Kota Pekalongan (rekap per kecamatan)");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Kota Kota");
    }

    @Test
    void the_camat_sees_the_kecamatan_and_a_line_opens_the_kelurahan() {
        login("camat.barat");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("anggaran-dana-kelurahan");
        @SuppressWarnings("unchecked")
        Grid<RollUpRow> rows = _get(Grid.class, spec -> spec.withId("anggaran-rekap"));
        assertThat(GridKt._size(rows)).isEqualTo(7);
        RollUpRow medono = rows.getListDataView().getItems().filter(r -> r.code().equals(MEDONO)).findFirst()
                .orElseThrow();
        int line = rows.getListDataView().getItems().toList().indexOf(medono);
        assertThat(GridKt._getFormattedRow(rows, line)).contains("Medono", Rupiah.format(medono.pagu()),
                new java.text.DecimalFormat("0.## '%'", java.text.DecimalFormatSymbols.getInstance(
                        Locale.forLanguageTag("id-ID"))).format(BudgetTotals.percent(medono.totals().realised(),
                        medono.pagu())));
        GridKt._clickItem(rows, line);
        assertThat(_find(Grid.class, spec -> spec.withId("anggaran-rekap"))).isEmpty();
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters().get("wilayah"))
                .containsExactly(MEDONO);
    }

    @Test
    void a_lurah_who_types_another_kelurahan_is_told_it_is_not_theirs() {
        login("lurah.podosugih");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("anggaran-dana-kelurahan", QueryParameters.of("wilayah", MEDONO));
        assertThat(_get(Div.class, spec -> spec.withId("anggaran-pesan")).getText())
                .isEqualTo("Anggaran wilayah ini bukan untuk Anda: Anda hanya dapat melihat wilayah jabatan Anda.");
        assertThat(_find(Span.class, spec -> spec.withId("anggaran-pagu"))).isEmpty();
    }

    @Test
    void an_english_reader_gets_the_board_in_english() {
        login("bappeda");
        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("anggaran-dana-kelurahan");
        @SuppressWarnings("unchecked")
        Grid<RollUpRow> rows = _get(Grid.class, spec -> spec.withId("anggaran-rekap"));
        assertThat(GridKt._size(rows)).isEqualTo(4);
        assertThat(rows.getColumns().get(1).getHeaderText()).isEqualTo("Pagu");
        assertThat(rows.getColumns().get(2).getHeaderText()).isEqualTo("Allocated");
    }
}
