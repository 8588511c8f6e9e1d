package id.musrenflow.danakelurahan.process;

import id.musrenflow.base.BusinessException;
import id.musrenflow.danakelurahan.ContractForm;
import id.musrenflow.danakelurahan.ImplementationDecision;
import id.musrenflow.danakelurahan.ImplementationMode;
import id.musrenflow.danakelurahan.ImplementationQuestion;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Asks the deployed mode-pelaksanaan decision table how an activity is carried out and under which contract. */
@Component
public class ImplementationModeDecider {

    private final DecisionService decisions;
    private final RepositoryService repository;

    ImplementationModeDecider(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    public ImplementationDecision decide(ImplementationQuestion question) {
        if (question.value() <= 0) {
            throw new BusinessException("dana.mode.error.nilai");
        }
        DecisionDefinition latest = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(ModePelaksanaanDecision.KEY).latestVersion().singleResult();
        DmnDecisionResultEntries result = decisions.evaluateDecisionById(latest.getId())
                .variables(inputs(question)).evaluate().getSingleResult();
        if (result == null) {
            throw new BusinessException("dana.mode.error.tidak-ada-aturan", String.valueOf(question.year()));
        }
        return answer(result, latest.getVersion());
    }

    static Map<String, Object> inputs(ImplementationQuestion question) {
        return Variables.createVariables()
                .putValue(ModePelaksanaanDecision.IN_TAHUN, question.year())
                .putValue(ModePelaksanaanDecision.IN_JENIS, question.kind().name())
                .putValue(ModePelaksanaanDecision.IN_NILAI, question.value())
                .putValue(ModePelaksanaanDecision.IN_ADA_POKMAS_MAMPU, question.capablePokmas())
                .putValue(ModePelaksanaanDecision.IN_ADA_LKK_MAMPU, question.capableLkk())
                .putValue(ModePelaksanaanDecision.IN_KEGIATAN_PELATIHAN, question.training());
    }

    static ImplementationDecision answer(Map<String, Object> result, int version) {
        String contract = (String) result.get(ModePelaksanaanDecision.OUT_BENTUK_KONTRAK);
        return new ImplementationDecision(
                ImplementationMode.valueOf((String) result.get(ModePelaksanaanDecision.OUT_MODE)),
                contract == null ? null : ContractForm.valueOf(contract),
                (String) result.get(ModePelaksanaanDecision.OUT_ALASAN), version);
    }
}
