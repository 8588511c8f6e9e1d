package id.musrenflow.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.musrenflow.KaribuTest;
import id.musrenflow.proposal.ProposalService;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The process diagram as readers open it: the usulan process drawn as SVG with one more usulan waiting at the RW
 * review after one is submitted, its badge linking to the register at that stage; the heatmap with its table; a
 * Camat's figures limited to the kecamatan; a process without territory shows a Lurah no numbers.
 */
class ProcessDiagramViewTest extends KaribuTest {

    @Autowired
    private ProposalService proposals;

    private void open(String username, String location) {
        login(username);
        useLocale(Locale.forLanguageTag("id-ID"));
        go(location);
    }

    /** Navigates to a location with its query string, as a typed address would. */
    private static void go(String location) {
        int q = location.indexOf('?');
        UI.getCurrent().navigate(q < 0 ? location : location.substring(0, q),
                q < 0 ? QueryParameters.empty() : QueryParameters.fromString(location.substring(q + 1)));
    }

    private static String svg() {
        return _get(Div.class, spec -> spec.withId("proses-diagram")).getChildren().findFirst().orElseThrow()
                .getElement().getProperty("innerHTML");
    }

    private static long badge(String svg, String element) {
        Matcher m = Pattern.compile("data-element=\"" + element + "\" data-count=\"(\\d+)\"").matcher(svg);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Test
    void a_submitted_usulan_adds_one_at_the_rw_review_and_the_badge_opens_the_register() {
        open("bappeda", "pemantauan/proses");
        long before = badge(svg(), "Task_TelaahRw");

        MonitoringFixtures.submitted(proposals, "Kelas gizi diagram");
        UI.getCurrent().navigate("pemantauan/proses/Process_UsulanMusrenbang");

        String svg = svg();
        assertThat(svg).startsWith("<svg").contains("viewBox=\"", "<rect class=\"mf-d-bentuk\"",
                "<circle class=\"mf-d-bentuk\"", "<polygon class=\"mf-d-bentuk\"", "Telaah usulan oleh Ketua RW");
        assertThat(badge(svg, "Task_TelaahRw")).isEqualTo(before + 1);
        assertThat(svg).contains("<a href=\"pemantauan/usulan?tahap=RW\" class=\"mf-d-tautan\"><g class=\"mf-d-lencana "
                + "mf-d-lencana-kini\" data-element=\"Task_TelaahRw\"");
        assertThat(_get(Paragraph.class, spec -> spec.withId("proses-catatan")).getText())
                .isEqualTo("Angka seluruh kota.");
        @SuppressWarnings("unchecked")
        Grid<ElementFigures.Row> table = _get(Grid.class, spec -> spec.withId("proses-angka"));
        assertThat(GridKt._getFormattedRow(table, 0)).isNotEmpty();
        assertThat(table.getListDataView().getItems().filter(r -> r.id().equals("Task_TelaahRw")).findFirst()
                .orElseThrow().waiting()).isEqualTo(before + 1);
    }

    @Test
    void the_heatmap_shows_entries_with_stays_in_the_table() {
        MonitoringFixtures.submitted(proposals, "Kelas gizi peta panas");
        open("pemantau", "pemantauan/proses/Process_UsulanMusrenbang?tampilan=riwayat");

        String svg = svg();
        assertThat(svg).contains("mf-d-lencana-riwayat", "style=\"fill:hsl(");
        assertThat(badge(svg, "Event_UsulanDiajukan")).isPositive();
        @SuppressWarnings("unchecked")
        Grid<ElementFigures.Row> table = _get(Grid.class, spec -> spec.withId("proses-angka"));
        assertThat(table.getColumns()).extracting(c -> c.getHeaderText())
                .containsExactly("Langkah", "Pernah masuk", "Median lama", "Rata-rata lama");
        ElementFigures.Row start = table.getListDataView().getItems().filter(r -> r.id().equals("Event_UsulanDiajukan"))
                .findFirst().orElseThrow();
        assertThat(start.entered()).isEqualTo(badge(svg, "Event_UsulanDiajukan"));
        assertThat(start.median()).isEqualTo("0 jam");
    }

    @Test
    void a_camat_reads_the_kecamatan_and_a_lurah_gets_no_numbers_for_a_process_without_territory() {
        MonitoringFixtures.submitted(proposals, "Kelas gizi camat");
        open("camat.barat", "pemantauan/proses/Process_UsulanMusrenbang");
        assertThat(_get(Paragraph.class, spec -> spec.withId("proses-catatan")).getText())
                .startsWith("Angka dibatasi pada wilayah dan kewenangan Anda.");
        assertThat(badge(svg(), "Task_TelaahRw")).isPositive();

        open("lurah.medono", "pemantauan/proses/Process_PendaftaranLks");
        assertThat(_get(Paragraph.class, spec -> spec.withId("proses-catatan")).getText())
                .isEqualTo("Proses ini tidak terikat wilayah: angkanya hanya ditampilkan untuk pembaca tingkat kota.");
        assertThat(svg()).contains("Verifikasi pendaftaran LKS oleh Dinas Sosial").doesNotContain("data-count");

        UI.getCurrent().navigate("pemantauan/proses/Process_TidakAda");
        assertThat(_get(Paragraph.class, spec -> spec.withId("proses-catatan")).getText())
                .isEqualTo("Proses ini tidak dikenal.");
    }
}
