package id.musrenflow.proposal.ui;

import id.musrenflow.TestTime;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.KaribuTest;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TrackingViewTest extends KaribuTest {

    private static final String MEDONO = "33.75.01.1002";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Autowired
    private ProposalService proposals;
    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    private ProposalSummary submitted(String title) {
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(MEDONO + ".002.003"), "Balai RW 002", null, null, ProposalKind.NON_FISIK, ProposalField.SOSIAL,
                null, title, "Balita di bawah garis pertumbuhan", null, null, 40, "ibu balita", BigDecimal.ONE,
                "kegiatan", new BigDecimal("3000000"), null, null, null, null, null);
        ProposalSummary created = proposals.createDraft(draft, "rt003.medono");
        return proposals.submit(created.id(), "rt003.medono");
    }

    @Test
    void anyone_sees_status_and_timeline_without_personal_data() {
        ProposalSummary usulan = submitted("Kelas ibu balita RT 003");

        UI.getCurrent().setLocale(INDONESIAN);
        UI.getCurrent().navigate("lacak/" + usulan.number());

        assertThat(_get(Span.class, spec -> spec.withId("tracking-status")).getText()).isEqualTo("Diajukan ke RW");
        OrderedList timeline = _get(OrderedList.class, spec -> spec.withId("tracking-timeline"));
        assertThat(timeline.getChildren().count()).isEqualTo(2);
        String page = _get(TrackingView.class).getElement().getTextRecursively();
        assertThat(page).contains(usulan.number(), "Kelas ibu balita RT 003", "Medono")
                .doesNotContain("rt003.medono", "Slamet Riyadi", "ketua-rt:");
    }

    @Test
    void the_page_speaks_english_when_asked() {
        ProposalSummary usulan = submitted("Posyandu lansia");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("lacak/" + usulan.number());
        assertThat(_get(Span.class, spec -> spec.withId("tracking-status")).getText()).isEqualTo("Submitted to the RW");
    }

    @Test
    void without_a_number_anyone_gets_the_lookup_form_and_finds_an_usulan_by_its_number() {
        ProposalSummary usulan = submitted("Posyandu remaja RW 002");
        UI.getCurrent().setLocale(INDONESIAN);
        UI.getCurrent().navigate("lacak");

        _assertOne(TrackingView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("tracking-cari-nomor")), " " + usulan.number().toLowerCase() + " ");
        _click(_get(Button.class, spec -> spec.withId("tracking-cari")));

        assertThat(_get(Span.class, spec -> spec.withId("tracking-status")).getText()).isEqualTo("Diajukan ke RW");
        ListItem first = (ListItem) _get(OrderedList.class, spec -> spec.withId("tracking-timeline")).getChildren()
                .findFirst().orElseThrow();
        // the date and the status are two parts, the status shown as its own line
        assertThat(first.getChildren().map(c -> c.getElement().getText())).hasSize(2);
        assertThat(first.getChildren().skip(1).findFirst().orElseThrow().getElement().getClassList())
                .contains("mf-timeline-status");
    }

    @Test
    void an_unknown_number_gets_a_friendly_message() {
        UI.getCurrent().setLocale(INDONESIAN);
        String unknown = "U-" + id.musrenflow.TestTime.PLANNING_YEAR + "-0000000000-9999";
        UI.getCurrent().navigate("lacak/" + unknown);
        assertThat(_get(Paragraph.class, spec -> spec.withId("tracking-not-found")).getText())
                .contains(unknown, "tidak ditemukan", "tanda terima yang didapat pengusul");
        // and the lookup again, with the number to correct
        assertThat(_get(TextField.class, spec -> spec.withId("tracking-cari-nomor")).getValue())
                .isEqualTo(unknown);
    }

    @Test
    void after_the_rkpd_anyone_sees_the_budget_the_dates_and_the_realisation() {
        ProposalSummary usulan = submitted("Kelas ibu hamil RW 002");
        java.time.LocalDate start = TestTime.startDate().minusDays(30);
        // as the final OPD's three tasks leave it (ExecutionAfterRkpdIT drives them on PostgreSQL)
        jdbc.update("update usulan set status = 'SELESAI', nomor_dpa = ?, tanggal_dpa = ?, nilai_anggaran = 2500000, "
                        + "tanggal_mulai = ?, tanggal_selesai = ?, nilai_realisasi = 2400000 where id = ?",
                "DPA-SKPD 1.02.01", java.sql.Date.valueOf(start.minusDays(5)), java.sql.Date.valueOf(start),
                java.sql.Date.valueOf(TestTime.startDate()), usulan.id());

        UI.getCurrent().setLocale(INDONESIAN);
        UI.getCurrent().navigate("lacak/" + usulan.number());

        assertThat(_get(Span.class, spec -> spec.withId("tracking-status")).getText()).isEqualTo("Selesai");
        assertThat(_get(Paragraph.class, spec -> spec.withId("usulan-pelaksanaan-nomor-dpa")).getText())
                .isEqualTo("DPA-SKPD 1.02.01");
        assertThat(_get(Paragraph.class, spec -> spec.withId("usulan-pelaksanaan-nilai-anggaran")).getText())
                .contains("2.500.000");
        assertThat(_get(Paragraph.class, spec -> spec.withId("usulan-pelaksanaan-nilai-realisasi")).getText())
                .contains("2.400.000");
        assertThat(_get(Paragraph.class, spec -> spec.withId("usulan-pelaksanaan-tanggal-mulai")).getText())
                .isEqualTo(id.musrenflow.base.IndonesianDates.longDate(start, INDONESIAN));
    }

    @Test
    void an_usulan_left_out_of_the_rkpd_says_until_when_it_stays_valid() {
        ProposalSummary usulan = submitted("Kelas lansia RW 002");
        jdbc.update("update usulan set status = 'TIDAK_MASUK_RKPD', berlaku_sampai = ? where id = ?",
                java.sql.Date.valueOf(java.time.LocalDate.of(TestTime.PLANNING_YEAR, 12, 31)), usulan.id());

        UI.getCurrent().setLocale(INDONESIAN);
        UI.getCurrent().navigate("lacak/" + usulan.number());

        assertThat(_get(Span.class, spec -> spec.withId("tracking-status")).getText()).isEqualTo("Tidak masuk RKPD");
        assertThat(_get(Paragraph.class, spec -> spec.withId("usulan-berlaku-sampai")).getText())
                .contains("31 Desember " + TestTime.PLANNING_YEAR);
    }
}
