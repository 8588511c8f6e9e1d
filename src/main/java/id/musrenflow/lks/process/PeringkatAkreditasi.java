package id.musrenflow.lks.process;

import id.musrenflow.lks.AccreditationGrade;
import id.musrenflow.lks.AccreditationScore;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates processes/peringkat-akreditasi.dmn (the latest deployed version of the bands) for a weighted score:
 * grade and validity in years (A 5, B 3, C 2, not accredited 0).
 */
@Component
public class PeringkatAkreditasi {

    public static final String DECISION_KEY = "Decision_PeringkatAkreditasi";

    private final DecisionService decisions;

    public PeringkatAkreditasi(DecisionService decisions) {
        this.decisions = decisions;
    }

    public Result evaluate(AccreditationScore score) {
        return evaluate(score.total().doubleValue(), score.lowest().doubleValue());
    }

    public Result evaluate(double total, double lowestComponent) {
        DmnDecisionRuleResult entries = decisions.evaluateDecisionTableByKey(DECISION_KEY,
                        Variables.createVariables().putValue("nilaiAkhir", total)
                                .putValue("nilaiKomponenTerendah", lowestComponent))
                .getSingleResult();
        Map<String, Object> values = entries.getEntryMap();
        return new Result(AccreditationGrade.valueOf((String) values.get("peringkat")),
                ((Number) values.get("masaBerlakuTahun")).intValue());
    }

    /** The grade and how many years it is valid. */
    public record Result(AccreditationGrade grade, int validityYears) {
    }
}
