package id.musrenflow.monitoring;

import id.musrenflow.region.Territory;
import java.util.List;

/**
 * Stage durations of one planning year in one territory: per stage (funnel order), and per child territory and per
 * OPD (slowest first). Each list marks its slowest entries.
 */
public record DurationFigures(int year, Territory territory, List<Territory> path, List<StageTime> stages,
                              List<StageTime> territories, List<StageTime> opds) {
}
