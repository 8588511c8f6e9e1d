package id.musrenflow.monitoring;

import id.musrenflow.region.Territory;
import java.util.List;

/**
 * The season dashboard of one planning year and territory, as the reader may see it: the funnel (every stage, the
 * draft count from the proposers' unsubmitted work), the submitted total, and the breakdowns by child territory
 * (empty below a kelurahan's RW), OPD, bidang and origin. {@code path} runs from the city to the territory.
 */
public record DashboardFigures(int year, Territory territory, List<Territory> path, List<StageCount> funnel,
                               Figure submitted, List<GroupFigures> territories, List<GroupFigures> opds,
                               List<GroupFigures> fields, List<GroupFigures> origins) {

    /** Nothing at all in this selection, not even a draft. */
    public boolean isEmpty() {
        return funnel.stream().allMatch(s -> s.figure().count() == 0);
    }
}
