package id.musrenflow.monitoring;

import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.proposal.Breakdown;
import id.musrenflow.proposal.ProposalRegister;
import id.musrenflow.proposal.ProposalReach;
import id.musrenflow.proposal.RegisterFilter;
import id.musrenflow.proposal.StageAllowances;
import id.musrenflow.proposal.StageDuration;
import id.musrenflow.reference.OpdService;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import id.musrenflow.region.TerritoryCodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Where the season gets stuck: median and 90th percentile time per stage from the status history, beside the
 * stage's allowance, for a territory as a whole, per child territory and per OPD. The same access rule as the
 * dashboard (a territory outside the reach is answered like an unknown one).
 */
@Service
public class StageDurations {

    /** How many rows of a breakdown are marked slowest. */
    static final int SLOWEST = 3;
    private static final double HOURS_PER_DAY = 24.0;
    /** Below this (what shows as "0,0 hari") nothing is marked slowest: a season just begun has no bottleneck. */
    private static final double NOTABLE_DAYS = 0.05;
    /** Calendar days per working day: allowances count working days, durations calendar time. */
    private static final double CALENDAR_PER_WORKING_DAY = 7.0 / 5.0;

    private final ProposalRegister register;
    private final SeasonDashboard dashboard;
    private final MonitoringAccess access;
    private final RegionService regions;
    private final OpdService opds;
    private final StageAllowances allowances;

    StageDurations(ProposalRegister register, SeasonDashboard dashboard, MonitoringAccess access,
                   RegionService regions, OpdService opds, StageAllowances allowances) {
        this.register = register;
        this.dashboard = dashboard;
        this.access = access;
        this.regions = regions;
        this.opds = opds;
        this.allowances = allowances;
    }

    public Optional<DurationFigures> figures(AuthenticatedUser user, int year, String code) {
        return dashboard.territory(user, code).map(territory -> {
            ProposalReach reach = access.reach(user);
            RegisterFilter filter = RegisterFilter.ofYear(year).withTerritory(territory.code());
            List<StageTime> stages = times(register.durations(filter, reach, null), key -> null);
            stages.sort(Comparator.comparingInt(t -> t.stage().ordinal()));
            Map<String, String> childNames = regions.children(territory.code()).stream()
                    .collect(Collectors.toMap(Territory::code, Territory::shortLabel));
            List<StageTime> children = territory.level() == Level.RW ? List.of()
                    : slowestFirst(times(register.durations(filter, reach, Breakdown.TERRITORY),
                            key -> childNames.getOrDefault(key, key)));
            List<StageTime> byOpd = slowestFirst(times(register.durations(filter, reach, Breakdown.OPD),
                    key -> key == null ? null : opds.find(key).map(o -> o.shortName() == null ? o.name()
                            : o.shortName()).orElse(key)));
            List<String> codes = new ArrayList<>(TerritoryCodes.selfAndAncestors(territory.code()));
            Collections.reverse(codes);
            return new DurationFigures(year, territory, codes.stream().map(regions::find).flatMap(Optional::stream)
                    .toList(), stages, children, byOpd);
        });
    }

    private List<StageTime> times(List<StageDuration> durations, Function<String, String> nameOf) {
        List<StageTime> times = new ArrayList<>();
        double slowest = durations.stream().mapToDouble(StageDuration::medianHours).max().orElse(0);
        for (StageDuration d : durations) {
            OptionalInt allowance = allowances.workingDays(d.stage());
            double median = d.medianHours() / HOURS_PER_DAY;
            boolean over = allowance.isPresent() && median > allowance.getAsInt() * CALENDAR_PER_WORKING_DAY;
            times.add(new StageTime(d.key(), nameOf.apply(d.key()), d.stage(), d.stays(), median,
                    d.p90Hours() / HOURS_PER_DAY, allowance.isPresent() ? allowance.getAsInt() : null, over,
                    slowest / HOURS_PER_DAY >= NOTABLE_DAYS && d.medianHours() == slowest));
        }
        return times;
    }

    /** Slowest median first; the first {@value #SLOWEST} are marked. */
    private static List<StageTime> slowestFirst(List<StageTime> times) {
        List<StageTime> sorted = new ArrayList<>(times);
        sorted.sort(Comparator.comparingDouble(StageTime::medianDays).reversed()
                .thenComparing(t -> t.stage().ordinal()));
        List<StageTime> marked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            StageTime t = sorted.get(i);
            marked.add(new StageTime(t.key(), t.name(), t.stage(), t.stays(), t.medianDays(), t.p90Days(),
                    t.allowanceWorkingDays(), t.overAllowance(), i < SLOWEST && t.medianDays() >= NOTABLE_DAYS));
        }
        return marked;
    }
}
