package id.musrenflow.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import id.musrenflow.KaribuTest;
import id.musrenflow.TestTime;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.identity.UserService;
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

/** Officials read positions, places and people by name, never as account names or candidate-group codes. */
class OfficialNamesTest extends KaribuTest {

    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private ProposalService proposals;
    @Autowired
    private PositionLabels labels;
    @Autowired
    private UserService users;

    private ProposalSummary submitted(String title) {
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(MEDONO + ".002.003"), "Balai RW 002", null, null, ProposalKind.NON_FISIK, ProposalField.SOSIAL,
                null, title, "Balita di bawah garis pertumbuhan", null, null, 40, "ibu balita", BigDecimal.ONE,
                "kegiatan", new BigDecimal("3000000"), null, null, null, null, null);
        ProposalSummary created = proposals.createDraft(draft, "rt003.medono");
        return proposals.submit(created.id(), "rt003.medono");
    }

    @Test
    void an_approver_reads_the_proposer_and_the_history_by_position_place_and_name() {
        ProposalSummary usulan = submitted("Kelas gizi balita RT 003");
        login("bappeda");
        UI.getCurrent().setLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("pemantauan/usulan/" + usulan.number());

        String fields = _get(Div.class, spec -> spec.withId("usulan-isian")).getElement().getTextRecursively();
        String history = _get(OrderedList.class, spec -> spec.withId("usulan-riwayat")).getElement().getTextRecursively();
        for (String text : List.of(fields, history)) {
            assertThat(text).contains("Ketua RT 003", "RW 002", "Medono", "(Slamet Riyadi)")
                    .doesNotContain("ketua-rt:", "33.75.01", "rt003.medono");
        }
    }

    @Test
    void an_acting_official_keeps_the_capacity_mark_beside_the_name() {
        Position acting = users.activePositions("plt.lurah.sapuro").get(0);
        UI.getCurrent().setLocale(Locale.forLanguageTag("id-ID"));
        String label = labels.actor("plt.lurah.sapuro", acting.groupId(), TestTime.startDate(),
                (key, args) -> UI.getCurrent().getTranslation(key, args));
        assertThat(label).startsWith("Lurah · ").contains("(Plt. ").doesNotContain("lurah:", "plt.lurah.sapuro");
        assertThat(labels.actor("sistem", null, TestTime.startDate(), (key, args) -> key)).isEqualTo("sistem");
    }
}
