package id.musrenflow.danakelurahan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.base.BusinessException;
import id.musrenflow.danakelurahan.ActivityKind;
import id.musrenflow.danakelurahan.ImplementationDecision;
import id.musrenflow.danakelurahan.ImplementationQuestion;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule row of processes/mode-pelaksanaan.dmn, with the value boundaries of the contract forms and the
 * year groups, on an in-memory engine with the real file. The matched row is read from the decision history.
 */
@Deployment(resources = "processes/mode-pelaksanaan.dmn")
class ModePelaksanaanDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test-engine.cfg.xml").build();

    private ImplementationModeDecider decider() {
        return new ImplementationModeDecider(engine.getDecisionService(), engine.getRepositoryService());
    }

    private String matchedRule() {
        HistoricDecisionInstance last = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(ModePelaksanaanDecision.KEY).includeOutputs()
                .orderByEvaluationTime().desc().list().get(0);
        return last.getOutputs().get(0).getRuleId();
    }

    @ParameterizedTest(name = "{6}: {0} {1} Rp {2} pokmas={3} lkk={4} pelatihan={5}")
    @CsvSource(nullValues = "NONE", value = {
            // year, kind, value, pokmas, lkk, training -> rule, mode, contract
            "2027, NON_FISIK,  25000000, false, true,  true,  Rule_2019_PelatihanOlehLkk,  SWAKELOLA_TIPE_I,  NONE",
            "2027, NON_FISIK, 450000000, true,  true,  true,  Rule_2019_PelatihanOlehLkk,  SWAKELOLA_TIPE_I,  NONE",
            "2027, FISIK,     200000001, true,  true,  false, Rule_2019_FisikDiAtasAmbang, PENYEDIA,          SURAT_PERJANJIAN",
            "2027, FISIK,     200000000, true,  false, false, Rule_2019_FisikOlehPokmas,   SWAKELOLA_TIPE_IV, NONE",
            "2027, FISIK,       3000000, true,  false, false, Rule_2019_FisikOlehPokmas,   SWAKELOLA_TIPE_IV, NONE",
            "2027, NON_FISIK,  10000000, false, false, false, Rule_2019_BuktiPembelian,    PENYEDIA,          BUKTI_PEMBELIAN",
            "2027, FISIK,       1500000, false, false, false, Rule_2019_BuktiPembelian,    PENYEDIA,          BUKTI_PEMBELIAN",
            "2027, NON_FISIK,  10000001, false, false, false, Rule_2019_Kuitansi,          PENYEDIA,          KUITANSI",
            "2027, NON_FISIK,  50000000, false, false, true,  Rule_2019_Kuitansi,          PENYEDIA,          KUITANSI",
            "2027, NON_FISIK,  50000001, false, false, false, Rule_2019_Spk,               PENYEDIA,          SPK",
            "2027, FISIK,     200000000, false, false, false, Rule_2019_Spk,               PENYEDIA,          SPK",
            "2027, NON_FISIK, 200000001, false, false, false, Rule_2019_SuratPerjanjian,   PENYEDIA,          SURAT_PERJANJIAN",
            "2019, FISIK,     150000000, true,  false, false, Rule_2019_FisikOlehPokmas,   SWAKELOLA_TIPE_IV, NONE",
            "2028, NON_FISIK,  25000000, false, true,  true,  Rule_2028_PelatihanOlehLkk,  SWAKELOLA_TIPE_I,  NONE",
            "2028, FISIK,     300000001, true,  false, false, Rule_2028_FisikDiAtasAmbang, PENYEDIA,          SURAT_PERJANJIAN",
            "2028, FISIK,     300000000, true,  false, false, Rule_2028_FisikOlehPokmas,   SWAKELOLA_TIPE_IV, NONE",
            "2028, NON_FISIK,  10000000, false, false, false, Rule_2028_BuktiPembelian,    PENYEDIA,          BUKTI_PEMBELIAN",
            "2028, NON_FISIK,  50000000, false, false, false, Rule_2028_Kuitansi,          PENYEDIA,          KUITANSI",
            "2028, NON_FISIK, 200000000, false, false, false, Rule_2028_Spk,               PENYEDIA,          SPK",
            "2028, FISIK,     250000000, false, false, false, Rule_2028_SuratPerjanjian,   PENYEDIA,          SURAT_PERJANJIAN",
    })
    void each_rule_row_answers_with_its_mode_contract_and_reason(int year, ActivityKind kind, long value,
            boolean pokmas, boolean lkk, boolean training, String rule, String mode, String contract) {
        ImplementationDecision decision = decider().decide(
                new ImplementationQuestion(year, kind, value, pokmas, lkk, training));

        assertThat(matchedRule()).isEqualTo(rule);
        assertThat(decision.mode().name()).isEqualTo(mode);
        assertThat(decision.contractForm() == null ? null : decision.contractForm().name()).isEqualTo(contract);
        assertThat(decision.reason()).isNotBlank();
        assertThat(decision.decisionVersion()).isEqualTo(1);
    }

    @Test
    void the_year_selects_the_physical_work_threshold_of_its_rule_group() {
        ImplementationQuestion in2027 = new ImplementationQuestion(2027, ActivityKind.FISIK, 250_000_000L, true,
                false, false);
        ImplementationQuestion in2028 = new ImplementationQuestion(2028, ActivityKind.FISIK, 250_000_000L, true,
                false, false);

        ImplementationDecision before = decider().decide(in2027);
        assertThat(before.mode().name()).isEqualTo("PENYEDIA");
        assertThat(before.reason()).contains("Rp 200 juta");
        ImplementationDecision after = decider().decide(in2028);
        assertThat(after.mode().name()).isEqualTo("SWAKELOLA_TIPE_IV");
        assertThat(after.reason()).contains("Rp 300 juta");
    }

    @Test
    void a_year_before_the_table_or_a_value_of_zero_is_refused() {
        assertThatThrownBy(() -> decider().decide(new ImplementationQuestion(2018, ActivityKind.FISIK, 5_000_000L,
                false, false, false)))
                .isInstanceOf(BusinessException.class).extracting("messageKey")
                .isEqualTo("dana.mode.error.tidak-ada-aturan");
        assertThatThrownBy(() -> decider().decide(new ImplementationQuestion(2027, ActivityKind.FISIK, 0L,
                false, false, false)))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("dana.mode.error.nilai");
    }
}
