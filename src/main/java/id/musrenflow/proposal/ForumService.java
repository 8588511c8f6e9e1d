package id.musrenflow.proposal;

import id.musrenflow.base.AuditTrail;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.proposal.internal.ForumRules;
import id.musrenflow.proposal.internal.ForumStore;
import id.musrenflow.proposal.process.ForumCorrelation;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import id.musrenflow.season.SeasonService;
import id.musrenflow.season.Stage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Musrenbang kelurahan and kecamatan decide usulan as a list: the operator ranks the agenda, marks each usulan
 * agreed or not (with a reason) and confirms once; every usulan's process then moves on in that one transaction.
 */
@Service
@Transactional(readOnly = true)
public class ForumService {

    private static final Set<PositionType> KELURAHAN_OPERATORS =
            Set.of(PositionType.LURAH, PositionType.STAF_KELURAHAN, PositionType.LPM);
    private static final Set<PositionType> KECAMATAN_OPERATORS = Set.of(PositionType.CAMAT, PositionType.STAF_KECAMATAN);

    private static final Logger LOG = LoggerFactory.getLogger(ForumService.class);

    private final ForumStore store;
    private final ForumRules rules;
    private final ForumCorrelation engine;
    private final UserService users;
    private final RegionService regions;
    private final AuditTrail audit;
    private final SeasonService seasons;

    ForumService(ForumStore store, ForumRules rules, ForumCorrelation engine, UserService users,
                 RegionService regions, AuditTrail audit, SeasonService seasons) {
        this.seasons = seasons;
        this.store = store;
        this.rules = rules;
        this.engine = engine;
        this.users = users;
        this.regions = regions;
        this.audit = audit;
    }

    /** The forums the user operates today, from their positions (a Lurah: their kelurahan; a Camat: their kecamatan). */
    public List<Forum> forumsOf(String actor) {
        return users.activePositions(actor).stream()
                .flatMap(p -> levelOperatedBy(p).map(level -> new Forum(level, p.territoryCode(), name(p.territoryCode()))))
                .distinct().toList();
    }

    private static Stream<ForumLevel> levelOperatedBy(Position position) {
        return KELURAHAN_OPERATORS.contains(position.type()) ? Stream.of(ForumLevel.KELURAHAN)
                : KECAMATAN_OPERATORS.contains(position.type()) ? Stream.of(ForumLevel.KECAMATAN) : Stream.empty();
    }

    /** Everything awaiting the forum (of one planning year, or all when {@code year} is null), in its current order. */
    public List<ForumItem> agenda(ForumLevel level, String territoryCode, Integer year, String actor) {
        requireOperator(level, territoryCode, actor);
        return waiting(level, territoryCode, year);
    }

    /** Checks the list as {@link #confirm} would and tells what would move; nothing changes. */
    public ForumSummary preview(ForumLevel level, String territoryCode, Integer year, List<ForumDecision> decisions,
                                String actor) {
        requireOperator(level, territoryCode, actor);
        List<ForumItem> agenda = waiting(level, territoryCode, year);
        rules.check(level, agenda, decisions);
        return summary(level, territoryCode, agenda, decisions);
    }

    /**
     * Records the forum's list: ranks, then one message per usulan. Everything or nothing: if one usulan cannot move
     * (withdrawn or changed meanwhile), the engine and the usulan rows roll back together and the number is named.
     */
    @Transactional
    public ForumSummary confirm(ForumLevel level, String territoryCode, Integer year, List<ForumDecision> decisions,
                                String actor) {
        requireOperator(level, territoryCode, actor);
        List<ForumItem> agenda = waiting(level, territoryCode, year);
        Stage window = level == ForumLevel.KELURAHAN ? Stage.MUSRENBANG_KELURAHAN : Stage.MUSRENBANG_KECAMATAN;
        agenda.stream().map(ForumItem::year).distinct().forEach(y -> seasons.requireOpen(y, window));
        rules.check(level, agenda, decisions);
        Map<String, ForumItem> items = agenda.stream().collect(Collectors.toMap(ForumItem::number, i -> i));
        for (ForumDecision decision : decisions) {
            ForumItem item = items.get(decision.number());
            Integer rank = decision.outcome().agreed() ? decision.rank() : null;
            if (level == ForumLevel.KELURAHAN) {
                store.storeKelurahanDecision(item.id(), rank, decision.outcome().fundedByKelurahan());
            } else {
                store.storeKecamatanDecision(item.id(), rank);
            }
            audit.record(actor, "FORUM_" + level.name(), "USULAN", item.number(), "keputusan " + decision.outcome()
                    + ", peringkat " + (item.rank() == null ? "-" : item.rank()) + " -> " + (rank == null ? "-" : rank));
            try {
                engine.decide(level, decision, actor);
            } catch (RuntimeException failed) {
                // the transaction is already marked for rollback: nothing of this list stays
                LOG.warn("Forum decision for {} could not be delivered; the whole list is rolled back", item.number(), failed);
                throw new BusinessException("forum.error.gagal-bergerak", decision.number());
            }
        }
        return summary(level, territoryCode, agenda, decisions);
    }

    private List<ForumItem> waiting(ForumLevel level, String territoryCode, Integer year) {
        Map<String, String> names = new HashMap<>();
        Comparator<ForumItem> order = Comparator.comparing(ForumItem::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ForumItem::previousRank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ForumItem::number);
        if (level == ForumLevel.KECAMATAN) {
            order = Comparator.comparing(ForumItem::opdCode, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(order);
        }
        return store.items(engine.waiting(level, territoryCode), level, code -> names.computeIfAbsent(code, this::name))
                .stream().filter(i -> year == null || i.year() == year).sorted(order).toList();
    }

    private void requireOperator(ForumLevel level, String territoryCode, String actor) {
        Set<PositionType> operators = level == ForumLevel.KELURAHAN ? KELURAHAN_OPERATORS : KECAMATAN_OPERATORS;
        boolean operates = users.activePositions(actor).stream()
                .anyMatch(p -> operators.contains(p.type()) && p.territoryCode().equals(territoryCode));
        if (!operates) {
            throw new BusinessException("forum.error.bukan-operator");
        }
    }

    private static ForumSummary summary(ForumLevel level, String territoryCode, List<ForumItem> agenda,
                                        List<ForumDecision> decisions) {
        Map<String, ForumOutcome> outcomes = decisions.stream()
                .collect(Collectors.toMap(ForumDecision::number, ForumDecision::outcome));
        Map<ForumOutcome, List<String>> numbers = new EnumMap<>(ForumOutcome.class);
        BigDecimal agreed = BigDecimal.ZERO;
        BigDecimal kelurahanFund = BigDecimal.ZERO;
        for (ForumItem item : agenda) {
            ForumOutcome outcome = outcomes.get(item.number());
            numbers.computeIfAbsent(outcome, o -> new ArrayList<>()).add(item.number());
            agreed = outcome.agreed() ? agreed.add(item.cost()) : agreed;
            kelurahanFund = outcome.fundedByKelurahan() ? kelurahanFund.add(item.cost()) : kelurahanFund;
        }
        return new ForumSummary(level, territoryCode, numbers, agreed, kelurahanFund);
    }

    private String name(String code) {
        return regions.find(code).map(Territory::name).orElse(code);
    }
}
