package id.musrenflow.monitoring;

import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.proposal.Breakdown;
import id.musrenflow.proposal.ProposalRegister;
import id.musrenflow.proposal.ProposalReach;
import id.musrenflow.proposal.ProposalStage;
import id.musrenflow.proposal.RegisterFilter;
import id.musrenflow.proposal.StageFigure;
import id.musrenflow.reference.Opd;
import id.musrenflow.reference.OpdService;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import id.musrenflow.region.TerritoryCodes;
import id.musrenflow.season.Season;
import id.musrenflow.season.SeasonService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The figures of the season dashboard: the funnel of one planning year in one territory and its breakdowns, each
 * figure with the register link that lists exactly its usulan. A territory the reader may not see is answered like
 * an unknown one (empty), so a guessed code tells nothing.
 */
@Service
public class SeasonDashboard {

    private final ProposalRegister register;
    private final MonitoringAccess access;
    private final RegionService regions;
    private final OpdService opds;
    private final SeasonService seasons;

    SeasonDashboard(ProposalRegister register, MonitoringAccess access, RegionService regions, OpdService opds,
                    SeasonService seasons) {
        this.register = register;
        this.access = access;
        this.regions = regions;
        this.opds = opds;
        this.seasons = seasons;
    }

    /** The planning year of the current season, where the dashboard opens. */
    public int defaultYear() {
        return seasons.planningYear();
    }

    /** The planning years that have a season, and the default one, newest first. */
    public List<Integer> years() {
        Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        seasons.seasons().stream().map(Season::planningYear).forEach(years::add);
        years.add(defaultYear());
        return List.copyOf(years);
    }

    /** The territory the reader starts at. */
    public String home(AuthenticatedUser user) {
        return access.home(user);
    }

    /** A city, kecamatan, kelurahan or RW the reader may look at; empty for an unknown code or one outside the reach. */
    public Optional<Territory> territory(AuthenticatedUser user, String code) {
        if (code == null || !access.mayMonitor(user) || !access.mayView(user, code)) {
            return Optional.empty();
        }
        return regions.find(code).filter(t -> t.level() != Level.RT);
    }

    public Optional<DashboardFigures> figures(AuthenticatedUser user, int year, String code) {
        return territory(user, code).map(t -> figures(user, year, t, true));
    }

    /** The funnel of the current season in the reader's own territory, without breakdowns (for the home page). */
    public Optional<DashboardFigures> overview(AuthenticatedUser user) {
        if (!access.mayMonitor(user)) {
            return Optional.empty();
        }
        return territory(user, home(user)).map(t -> figures(user, defaultYear(), t, false));
    }

    private DashboardFigures figures(AuthenticatedUser user, int year, Territory territory, boolean breakdowns) {
        ProposalReach reach = access.reach(user);
        RegisterFilter base = RegisterFilter.ofYear(year).withTerritory(territory.code());
        List<StageFigure> all = register.figures(base, reach, null);
        List<StageCount> funnel = funnel(base, all);
        funnel.set(0, new StageCount(ProposalStage.DRAFT,
                new Figure(register.drafts(base, reach), BigDecimal.ZERO, null)));
        Figure submitted = total(base, all);
        if (!breakdowns) {
            return new DashboardFigures(year, territory, path(territory), funnel, submitted, List.of(), List.of(),
                    List.of(), List.of());
        }
        List<GroupFigures> children = territory.level() == Level.RW ? List.of()
                : territories(user, base, register.figures(base, reach, Breakdown.TERRITORY), territory);
        return new DashboardFigures(year, territory, path(territory), funnel, submitted, children,
                groups(register.figures(base, reach, Breakdown.OPD), base::withFinalOpd, this::opdName),
                groups(register.figures(base, reach, Breakdown.FIELD),
                        key -> base.withField(id.musrenflow.proposal.ProposalField.valueOf(key)), key -> null),
                groups(register.figures(base, reach, Breakdown.ORIGIN),
                        key -> base.withOrigin(id.musrenflow.proposal.ProposalOrigin.valueOf(key)), key -> null));
    }

    private List<Territory> path(Territory territory) {
        List<String> codes = new ArrayList<>(TerritoryCodes.selfAndAncestors(territory.code()));
        java.util.Collections.reverse(codes);
        return codes.stream().map(regions::find).flatMap(Optional::stream).toList();
    }

    /** Every child territory (those without usulan too, so the reader sees where nothing has come in yet). */
    private List<GroupFigures> territories(AuthenticatedUser user, RegisterFilter base, List<StageFigure> figures,
                                           Territory parent) {
        Map<String, List<StageFigure>> byKey = byKey(figures);
        List<GroupFigures> rows = new ArrayList<>();
        for (Territory child : regions.children(parent.code())) {
            RegisterFilter filter = base.withTerritory(child.code());
            List<StageFigure> own = byKey.getOrDefault(child.code(), List.of());
            String drillDown = access.mayView(user, child.code()) ? DashboardLinks.dashboard(base.year(), child.code())
                    : null;
            rows.add(new GroupFigures(child.code(), child.shortLabel(), total(filter, own), stages(filter, own),
                    drillDown));
        }
        return rows;
    }

    private List<GroupFigures> groups(List<StageFigure> figures, Function<String, RegisterFilter> filterOf,
                                      Function<String, String> nameOf) {
        List<GroupFigures> rows = new ArrayList<>();
        byKey(figures).forEach((key, own) -> {
            RegisterFilter filter = key == null ? null : filterOf.apply(key);
            rows.add(new GroupFigures(key, key == null ? null : nameOf.apply(key), total(filter, own),
                    stages(filter, own), null));
        });
        rows.sort(Comparator.comparingLong((GroupFigures g) -> -g.total().count())
                .thenComparing(g -> g.key() == null ? "~" : g.key()));
        return rows;
    }

    private static Map<String, List<StageFigure>> byKey(List<StageFigure> figures) {
        Map<String, List<StageFigure>> byKey = new LinkedHashMap<>();
        figures.forEach(f -> byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f));
        return byKey;
    }

    /** All stages in funnel order; a group without a filter (no OPD yet) has counts but no links. */
    private static List<StageCount> funnel(RegisterFilter filter, List<StageFigure> figures) {
        Map<ProposalStage, Figure> byStage = new EnumMap<>(ProposalStage.class);
        for (ProposalStage stage : ProposalStage.values()) {
            byStage.put(stage, Figure.empty(link(filter, stage)));
        }
        figures.forEach(f -> byStage.merge(f.stage(), Figure.empty(null), (a, b) -> a.plus(f.count(), f.cost())));
        List<StageCount> funnel = new ArrayList<>();
        byStage.forEach((stage, figure) -> funnel.add(new StageCount(stage, figure)));
        return funnel;
    }

    private static List<StageCount> stages(RegisterFilter filter, List<StageFigure> figures) {
        return funnel(filter, figures).stream().filter(s -> s.figure().count() > 0).toList();
    }

    private static Figure total(RegisterFilter filter, List<StageFigure> figures) {
        Figure total = Figure.empty(filter == null ? null : RegisterParameters.link(filter));
        for (StageFigure f : figures) {
            total = total.plus(f.count(), f.cost());
        }
        return total;
    }

    private static String link(RegisterFilter filter, ProposalStage stage) {
        return filter == null || stage == ProposalStage.DRAFT ? null
                : RegisterParameters.link(filter.withStages(Set.of(stage)));
    }

    private String opdName(String code) {
        return opds.find(code).map(SeasonDashboard::shortest).orElse(code);
    }

    private static String shortest(Opd opd) {
        return opd.shortName() == null || opd.shortName().isBlank() ? opd.name() : opd.shortName();
    }
}
