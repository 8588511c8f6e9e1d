package id.musrenflow.proposal.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.base.BusinessException;
import id.musrenflow.proposal.ForumDecision;
import id.musrenflow.proposal.ForumItem;
import id.musrenflow.proposal.ForumLevel;
import id.musrenflow.proposal.ForumLimits;
import id.musrenflow.proposal.ForumOutcome;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ReasonCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ForumRulesTest {

    private final ForumRules rules = new ForumRules(new ForumLimits(2, null));

    private static List<ForumItem> agenda(int size) {
        return IntStream.rangeClosed(1, size).mapToObj(i -> new ForumItem(i, "U-" + i, 2027, "Usulan " + i,
                "33.75.01.1002", "Medono", null, List.of(), "DINKES", BigDecimal.TEN,
                ProposalStatus.TERVERIFIKASI_KELURAHAN, null, null)).toList();
    }

    @Test
    void the_cap_on_kelurahan_priorities_is_configurable_and_not_agreed_usulan_do_not_count() {
        List<ForumDecision> three = List.of(ForumDecision.agreed("U-1", ForumOutcome.KECAMATAN, 1),
                ForumDecision.agreed("U-2", ForumOutcome.KECAMATAN, 2),
                ForumDecision.agreed("U-3", ForumOutcome.DANA_KELURAHAN, 3));
        assertThatThrownBy(() -> rules.check(ForumLevel.KELURAHAN, agenda(3), three))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("forum.error.melebihi-batas");
        assertThatCode(() -> rules.check(ForumLevel.KELURAHAN, agenda(3), List.of(three.get(0), three.get(1),
                ForumDecision.notAgreed("U-3", ReasonCode.MELEBIHI_PAGU, "Pagu dana kelurahan sudah habis"))))
                .doesNotThrowAnyException();
    }

    @Test
    void by_default_the_kelurahan_forum_agrees_at_most_fifteen_and_the_kecamatan_forum_is_unlimited() {
        ForumLimits defaults = new ForumLimits(null, null);
        ForumRules standard = new ForumRules(defaults);
        List<ForumDecision> sixteen = IntStream.rangeClosed(1, 16)
                .mapToObj(i -> ForumDecision.agreed("U-" + i, ForumOutcome.KECAMATAN, i)).toList();
        assertThatThrownBy(() -> standard.check(ForumLevel.KELURAHAN, agenda(16), sixteen))
                .extracting("messageKey").isEqualTo("forum.error.melebihi-batas");
        List<ForumDecision> agreedAtKecamatan = IntStream.rangeClosed(1, 16)
                .mapToObj(i -> ForumDecision.agreed("U-" + i, ForumOutcome.DISEPAKATI, i)).toList();
        assertThatCode(() -> standard.check(ForumLevel.KECAMATAN, agenda(16), agreedAtKecamatan))
                .doesNotThrowAnyException();
    }

    @Test
    void a_list_naming_an_usulan_twice_or_one_not_waiting_is_refused() {
        assertThatThrownBy(() -> rules.check(ForumLevel.KELURAHAN, agenda(1), List.of(
                ForumDecision.agreed("U-1", ForumOutcome.KECAMATAN, 1),
                ForumDecision.agreed("U-1", ForumOutcome.KECAMATAN, 2))))
                .extracting("messageKey").isEqualTo("forum.error.diputuskan-dua-kali");
        assertThatThrownBy(() -> rules.check(ForumLevel.KELURAHAN, agenda(1), List.of(
                ForumDecision.agreed("U-9", ForumOutcome.KECAMATAN, 1))))
                .extracting("messageKey").isEqualTo("forum.error.tidak-menunggu");
        assertThatThrownBy(() -> rules.check(ForumLevel.KELURAHAN, agenda(1), List.of(
                new ForumDecision("U-1", null, null, null, null))))
                .extracting("messageKey").isEqualTo("forum.error.keputusan-wajib");
        assertThatThrownBy(() -> rules.check(ForumLevel.KELURAHAN, agenda(1), List.of(
                new ForumDecision("U-1", ForumOutcome.KECAMATAN, null, null, null))))
                .extracting("messageKey").isEqualTo("forum.error.peringkat-wajib");
        assertThatThrownBy(() -> rules.check(ForumLevel.KELURAHAN, List.of(), List.of()))
                .extracting("messageKey").isEqualTo("forum.error.agenda-kosong");
    }
}
