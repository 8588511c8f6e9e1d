package id.musrenflow.proposal;

import java.util.EnumSet;
import java.util.Set;

/**
 * A selection of usulan in the register, the dashboard, the map and the exports. Null or empty fields do not
 * restrict. {@code territory} is a kecamatan, kelurahan or RW code (the city code or null for all); {@code search}
 * matches the number, title or address; {@code overdue} keeps usulan whose open task has passed its due date.
 */
public record RegisterFilter(Integer year, String territory, Set<ProposalStage> stages, Set<ProposalStatus> statuses,
                             String initialOpd, String finalOpd, ProposalField field, ProposalOrigin origin,
                             ProposalKind kind, Long catalogueItemId, boolean overdue, String search) {

    public RegisterFilter {
        stages = stages == null || stages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(stages));
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        search = search == null || search.isBlank() ? null : search.strip();
    }

    public static RegisterFilter ofYear(int year) {
        return new RegisterFilter(year, null, null, null, null, null, null, null, null, null, false, null);
    }

    public RegisterFilter withTerritory(String code) {
        return new RegisterFilter(year, code, stages, statuses, initialOpd, finalOpd, field, origin, kind,
                catalogueItemId, overdue, search);
    }

    public RegisterFilter withStages(Set<ProposalStage> chosen) {
        return new RegisterFilter(year, territory, chosen, statuses, initialOpd, finalOpd, field, origin, kind,
                catalogueItemId, overdue, search);
    }

    public RegisterFilter withFinalOpd(String opd) {
        return new RegisterFilter(year, territory, stages, statuses, initialOpd, opd, field, origin, kind,
                catalogueItemId, overdue, search);
    }

    public RegisterFilter withField(ProposalField chosen) {
        return new RegisterFilter(year, territory, stages, statuses, initialOpd, finalOpd, chosen, origin, kind,
                catalogueItemId, overdue, search);
    }

    public RegisterFilter withOrigin(ProposalOrigin chosen) {
        return new RegisterFilter(year, territory, stages, statuses, initialOpd, finalOpd, field, chosen, kind,
                catalogueItemId, overdue, search);
    }

    public RegisterFilter withOverdue(boolean only) {
        return new RegisterFilter(year, territory, stages, statuses, initialOpd, finalOpd, field, origin, kind,
                catalogueItemId, only, search);
    }

    public RegisterFilter withSearch(String text) {
        return new RegisterFilter(year, territory, stages, statuses, initialOpd, finalOpd, field, origin, kind,
                catalogueItemId, overdue, text);
    }
}
