package id.musrenflow.danakelurahan;

import id.musrenflow.base.BusinessException;
import id.musrenflow.danakelurahan.internal.PaguStore;
import id.musrenflow.danakelurahan.internal.PlanStore;
import id.musrenflow.danakelurahan.internal.PlanStore.LkkSource;
import id.musrenflow.danakelurahan.internal.PlanStore.PlanRow;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionType;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget board of dana kelurahan (issue 4 point 5): per kelurahan the pagu and, per sub kegiatan, what is
 * allocated, released and realised; a roll-up of a kecamatan's kelurahan and of the city's kecamatan; and the lines
 * of the Rencana Kegiatan Kelurahan for its printed form. A kelurahan's officials see their kelurahan, the
 * kecamatan's officials its kelurahan, Bappeda and monitoring the whole city.
 */
@Service
public class BudgetBoardService {

    private static final List<PositionType> CITY_READERS =
            List.of(PositionType.BAPPEDA, PositionType.BAPPEDA_ADMIN, PositionType.PEMANTAU);

    private final ExecutionService execution;
    private final PaguStore pagu;
    private final PlanStore plans;
    private final ProposalService proposals;
    private final RegionService regions;
    private final Clock clock;

    BudgetBoardService(ExecutionService execution, PaguStore pagu, PlanStore plans, ProposalService proposals,
                       RegionService regions, Clock clock) {
        this.clock = clock;
        this.execution = execution;
        this.pagu = pagu;
        this.plans = plans;
        this.proposals = proposals;
        this.regions = regions;
    }

    /** The date printed under the workbooks. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Years with a pagu, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return pagu.years();
    }

    /** The territory a user's board opens on: their kelurahan, their kecamatan, or the city. */
    public Optional<String> home(AuthenticatedUser user) {
        if (readsCity(user)) {
            return Optional.of(regions.byLevel(Level.KOTA).get(0).code());
        }
        return user.positions().stream()
                .filter(p -> switch (p.type()) {
                    case LURAH, STAF_KELURAHAN, LPM, CAMAT, STAF_KECAMATAN -> true;
                    default -> false;
                })
                .map(p -> p.territoryCode()).findFirst();
    }

    /** Whether the user may open the board of this kelurahan, kecamatan or the city. */
    public boolean mayRead(String territoryCode, AuthenticatedUser user) {
        if (readsCity(user)) {
            return true;
        }
        Territory territory = regions.find(territoryCode).orElse(null);
        if (territory == null) {
            return false;
        }
        String kecamatan = territory.level() == Level.KELURAHAN ? territory.parentCode() : territory.code();
        boolean kecamatanReader = user.groups().contains("camat:" + kecamatan)
                || user.groups().contains("staf-kecamatan:" + kecamatan);
        return switch (territory.level()) {
            case KELURAHAN -> kecamatanReader || user.groups().contains("lurah:" + territoryCode)
                    || user.groups().contains("staf-kelurahan:" + territoryCode)
                    || user.groups().contains("lpm:" + territoryCode);
            case KECAMATAN -> kecamatanReader;
            default -> false;
        };
    }

    @Transactional(readOnly = true)
    public KelurahanBoard board(int year, String kelurahanCode, AuthenticatedUser user) {
        Territory kelurahan = require(kelurahanCode, Level.KELURAHAN, user);
        return board(year, kelurahan, regions.get(kelurahan.parentCode()).name());
    }

    /** The kelurahan of a kecamatan, one line each, with the kecamatan's total. */
    @Transactional(readOnly = true)
    public RollUp kecamatan(int year, String kecamatanCode, AuthenticatedUser user) {
        Territory kecamatan = require(kecamatanCode, Level.KECAMATAN, user);
        return new RollUp(year, kecamatan.code(), kecamatan.name(), kelurahanRows(year, kecamatan));
    }

    /** The city's kecamatan, one line each (the sum of their kelurahan), with the city's total. */
    @Transactional(readOnly = true)
    public RollUp city(int year, AuthenticatedUser user) {
        if (!readsCity(user)) {
            throw new BusinessException("anggaran.error.bukan-untuk-anda");
        }
        Territory kota = regions.byLevel(Level.KOTA).get(0);
        List<RollUpRow> rows = new ArrayList<>();
        for (Territory kecamatan : regions.children(kota.code())) {
            rows.add(new RollUp(year, kecamatan.code(), kecamatan.name(), kelurahanRows(year, kecamatan)).total());
        }
        return new RollUp(year, kota.code(), kota.name(), rows);
    }

    /** The plan's lines with where each came from: the usulan's RW/RT, volume and unit, or the LKK's programme. */
    @Transactional(readOnly = true)
    public List<PlanLine> planLines(int year, String kelurahanCode, AuthenticatedUser user) {
        require(kelurahanCode, Level.KELURAHAN, user);
        List<PlanItem> items = plans.items(year, kelurahanCode);
        Map<Long, ProposalSummary> usulan = proposals.summaries(items.stream()
                        .filter(i -> i.source() == CandidateSource.USULAN).map(PlanItem::candidateId).toList())
                .stream().collect(Collectors.toMap(ProposalSummary::id, Function.identity()));
        Map<Long, LkkSource> lkk = plans.lkkSources(year, kelurahanCode);
        List<PlanLine> lines = new ArrayList<>();
        for (PlanItem item : items) {
            ProposalSummary u = item.source() == CandidateSource.USULAN ? usulan.get(item.candidateId()) : null;
            LkkSource source = item.source() == CandidateSource.KEGIATAN_LKK ? lkk.get(item.candidateId()) : null;
            lines.add(new PlanLine(item.field(), item.subActivityCode(), item.description(),
                    u != null ? u.number() : source != null ? source.programmeNumber() : null,
                    u != null ? location(u) : source != null ? source.lembaga() : null,
                    u != null ? u.volume() : null, u != null ? u.unit() : null, item.amount()));
        }
        return lines;
    }

    /** The plan's number (RKK-2027-3375011002), empty before the Lurah saved a plan. */
    @Transactional(readOnly = true)
    public Optional<String> planNumber(int year, String kelurahanCode) {
        return plans.find(year, kelurahanCode).map(PlanRow::number);
    }

    private List<RollUpRow> kelurahanRows(int year, Territory kecamatan) {
        return regions.children(kecamatan.code()).stream().map(k -> board(year, k, kecamatan.name()).asRow())
                .toList();
    }

    private KelurahanBoard board(int year, Territory kelurahan, String kecamatanName) {
        return new KelurahanBoard(year, kelurahan.code(), kelurahan.name(), kecamatanName,
                pagu.pagu(year, kelurahan.code()).orElse(BigDecimal.ZERO),
                plans.find(year, kelurahan.code()).map(PlanRow::status).orElse(null),
                execution.figures(year, kelurahan.code()));
    }

    private String location(ProposalSummary u) {
        String rts = u.rtCodes().stream().map(rt -> regions.get(rt).shortLabel()).collect(Collectors.joining(", "));
        String rw = u.rwCode() == null ? "" : regions.get(u.rwCode()).shortLabel();
        return rts.isEmpty() ? rw : rts + " / " + rw;
    }

    private Territory require(String code, Level level, AuthenticatedUser user) {
        Territory territory = regions.find(code).filter(t -> t.level() == level)
                .orElseThrow(() -> new BusinessException("anggaran.error.bukan-untuk-anda"));
        if (!mayRead(code, user)) {
            throw new BusinessException("anggaran.error.bukan-untuk-anda");
        }
        return territory;
    }

    private static boolean readsCity(AuthenticatedUser user) {
        return CITY_READERS.stream().anyMatch(user::hasRole);
    }
}
