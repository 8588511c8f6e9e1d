package id.musrenflow.lks.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.base.BusinessException;
import id.musrenflow.lks.AccreditationComponent;
import id.musrenflow.lks.AccreditationGrade;
import id.musrenflow.lks.AccreditationScore;
import id.musrenflow.lks.AccreditationSettings;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row of processes/peringkat-akreditasi.dmn at its boundaries, and the weighted score it is fed. */
@Deployment(resources = "processes/peringkat-akreditasi.dmn")
class PeringkatAkreditasiTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test-engine.cfg.xml").build();

    private PeringkatAkreditasi peringkat() {
        return new PeringkatAkreditasi(engine.getDecisionService());
    }

    @ParameterizedTest(name = "Rule_A_Unggul: {0} / {1}")
    @CsvSource({"91, 76", "100, 100", "95.5, 80"})
    void rule_a_from_91_with_no_component_below_76(double total, double lowest) {
        assertThat(peringkat().evaluate(total, lowest)).isEqualTo(new PeringkatAkreditasi.Result(AccreditationGrade.A, 5));
    }

    @ParameterizedTest(name = "Rule_B_Baik: {0} / {1}")
    @CsvSource({"90.99, 90", "76, 60", "91, 75.99", "100, 60"})
    void rule_b_from_76_or_an_a_score_with_a_weak_component(double total, double lowest) {
        assertThat(peringkat().evaluate(total, lowest)).isEqualTo(new PeringkatAkreditasi.Result(AccreditationGrade.B, 3));
    }

    @ParameterizedTest(name = "Rule_C_Cukup: {0} / {1}")
    @CsvSource({"75.99, 75", "60, 0", "95, 59.99", "76, 59.99"})
    void rule_c_from_60_or_a_higher_score_with_a_component_below_60(double total, double lowest) {
        assertThat(peringkat().evaluate(total, lowest)).isEqualTo(new PeringkatAkreditasi.Result(AccreditationGrade.C, 2));
    }

    @ParameterizedTest(name = "Rule_TidakTerakreditasi: {0} / {1}")
    @CsvSource({"59.99, 59.99", "0, 0", "59.99, 100"})
    void rule_not_accredited_below_60(double total, double lowest) {
        assertThat(peringkat().evaluate(total, lowest))
                .isEqualTo(new PeringkatAkreditasi.Result(AccreditationGrade.TIDAK_TERAKREDITASI, 0));
    }

    @Test
    void the_bands_are_versioned_by_the_decision_version_tag() {
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(PeringkatAkreditasi.DECISION_KEY).singleResult().getVersionTag())
                .isEqualTo("2027.1");
    }

    private static Map<AccreditationComponent, Number> scores(Number program, Number sdm, Number manajemen,
                                                              Number sarpras, Number hasil) {
        Map<AccreditationComponent, Number> scores = new EnumMap<>(AccreditationComponent.class);
        scores.put(AccreditationComponent.PROGRAM, program);
        scores.put(AccreditationComponent.SDM, sdm);
        scores.put(AccreditationComponent.MANAJEMEN, manajemen);
        scores.put(AccreditationComponent.SARPRAS, sarpras);
        scores.put(AccreditationComponent.HASIL_LAYANAN, hasil);
        return scores;
    }

    @Test
    void the_total_weighs_each_component_by_its_configured_weight() {
        AccreditationSettings defaults = new AccreditationSettings(null, null);
        // 0.25*90 + 0.20*80 + 0.20*70 + 0.15*60 + 0.20*100 = 22.5 + 16 + 14 + 9 + 20
        AccreditationScore score = AccreditationScore.of(scores(90, 80, 70, 60, 100), defaults.weights());
        assertThat(score.total()).isEqualByComparingTo("81.50");
        assertThat(score.lowest()).isEqualByComparingTo("60");
        assertThat(peringkat().evaluate(score).grade()).isEqualTo(AccreditationGrade.B);

        AccreditationSettings programmeHeavy = new AccreditationSettings(
                Map.of("program", 60, "sdm", 10, "manajemen", 10, "sarpras", 10, "hasil-layanan", 10), null);
        assertThat(AccreditationScore.of(scores(90, 80, 70, 60, 100), programmeHeavy.weights()).total())
                .isEqualByComparingTo(new BigDecimal("85.00"));
    }

    @Test
    void weights_that_do_not_add_up_to_100_are_refused_at_start_up() {
        assertThatThrownBy(() -> new AccreditationSettings(Map.of("program", 30), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "refused: {0}")
    @CsvSource({"-0.01", "100.01", "101", "-5"})
    void a_score_outside_0_to_100_is_refused(double bad) {
        AccreditationSettings defaults = new AccreditationSettings(null, null);
        assertThatThrownBy(() -> AccreditationScore.of(scores(90, bad, 70, 60, 100), defaults.weights()))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("lks.akreditasi.error.nilai-di-luar-skala");
                    assertThat(e.arguments()).containsExactly("SDM", 0, 100);
                });
    }

    @Test
    void a_missing_score_is_refused() {
        AccreditationSettings defaults = new AccreditationSettings(null, null);
        assertThatThrownBy(() -> AccreditationScore.of(scores(90, 80, null, 60, 100), defaults.weights()))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("lks.akreditasi.error.nilai-di-luar-skala"));
    }
}
