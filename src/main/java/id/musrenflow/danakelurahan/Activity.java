package id.musrenflow.danakelurahan;

import java.math.BigDecimal;

/**
 * A stored activity of a programme.
 *
 * @param candidate accepted by the kelurahan: a candidate for the dana kelurahan pemberdayaan money
 * @param mode      implementation mode decided by the decision table when accepted; null before
 */
public record Activity(long id, int order, String name, ProgrammeTheme theme, String targetGroup, BigDecimal budget,
                       boolean training, boolean candidate, ImplementationMode mode, ContractForm contractForm,
                       String modeReason) {

    public ActivityDraft toDraft() {
        return new ActivityDraft(name, theme, targetGroup, budget, training);
    }
}
