package id.musrenflow.proposal.internal;

import id.musrenflow.identity.PositionType;
import id.musrenflow.proposal.CatalogueItem;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.region.Territory;
import id.musrenflow.region.TerritoryCodes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Lays out the demo season: {@link DemoSeasonFate#total()} usulan dealt over every kelurahan, each with a catalogue
 * item, an RT, an address and a point near its kelurahan's centre, then walked through the levels to its fate by
 * {@link DemoSeasonJourney}. Seeded by the planning year, so a season looks the same on every machine.
 */
final class DemoSeasonPlan {

    /** Proposers of the demo season are recognisable by this username prefix (the idempotency check reads it). */
    static final String PROPOSER_PREFIX = "demo.";
    /** The demo users' own RW (rt003.medono, rt001.medono, rw002.medono) keeps only the usulan they make. */
    static final String KEPT_FREE_RW = "33.75.01.1002.002";
    private static final List<String> COASTAL = List.of("TALUD-ROB", "MANGROVE", "RUMAH-POMPA");
    private static final String PESISIR = "33.75.03";

    private final int year;
    private final LocalDateTime now;
    private final Random random;

    DemoSeasonPlan(int year, LocalDateTime now) {
        this(year, now, year * 31L);
    }

    /** Another season of the same year and shape, told apart by {@code seed} (the benchmark's dataset). */
    DemoSeasonPlan(int year, LocalDateTime now, long seed) {
        this.year = year;
        this.now = now;
        this.random = new Random(seed);
    }

    List<DemoSeasonUsulan> build(List<Territory> kelurahan, Function<String, List<Territory>> children,
                                 List<CatalogueItem> items, Map<String, Integer> lastSequence) {
        List<DemoSeasonFate> deck = new ArrayList<>();
        for (DemoSeasonFate fate : DemoSeasonFate.values()) {
            deck.addAll(Collections.nCopies(fate.count, fate));
        }
        Collections.shuffle(deck, random);
        DemoSeasonJourney journey = new DemoSeasonJourney(now, random);
        List<DemoSeasonUsulan> season = new ArrayList<>();
        int[] sequence = new int[kelurahan.size()];
        for (int k = 0; k < kelurahan.size(); k++) {
            sequence[k] = lastSequence.getOrDefault(kelurahan.get(k).code(), 0);
        }
        for (int i = 0; i < deck.size(); i++) {
            int k = i % kelurahan.size();
            Territory kel = kelurahan.get(k);
            List<Territory> rws = children.apply(kel.code()).stream()
                    .filter(rw -> !KEPT_FREE_RW.equals(rw.code())).toList();
            Territory rw = rws.get(random.nextInt(rws.size()));
            List<Territory> rts = children.apply(rw.code());
            Territory rt = rts.get(random.nextInt(rts.size()));
            DemoSeasonFate fate = deck.get(i);
            DemoSeasonUsulan u = place(kel, rw, rt, fate, items);
            u.number = String.format("U-%d-%s-%04d", year, kel.code().replace(".", ""), ++sequence[k]);
            journey.walk(u, fate);
            season.add(u);
        }
        return season;
    }

    private DemoSeasonUsulan place(Territory kel, Territory rw, Territory rt, DemoSeasonFate fate,
                                   List<CatalogueItem> items) {
        DemoSeasonUsulan u = new DemoSeasonUsulan();
        u.year = year;
        u.kelurahan = kel.code();
        u.kecamatan = kel.parentCode();
        u.rw = rw.code();
        u.rt = rt.code();
        u.item = item(items, fate, kel.code());
        u.origin = origin(fate, u.item.kind());
        proposer(u, kel);
        DemoSeasonTexts.Item text = DemoSeasonTexts.ITEMS.getOrDefault(u.item.code(), new DemoSeasonTexts.Item(
                u.item.name() + " %s", "Warga membutuhkan " + u.item.name().toLowerCase() + ".", u.item.name(),
                "warga", 1, 5));
        String place = switch (u.origin) {
            case RT, WARGA -> "RT " + TerritoryCodes.threeDigits(rt.number()) + " RW " + TerritoryCodes.threeDigits(rw.number());
            case RW -> "RW " + TerritoryCodes.threeDigits(rw.number()) + " " + kel.name();
            default -> "Kelurahan " + kel.name();
        };
        u.title = String.format(text.title(), place);
        u.problem = text.problem();
        u.output = text.output();
        u.beneficiaryGroup = text.group();
        u.beneficiaries = 20 + random.nextInt(280);
        u.volume = BigDecimal.valueOf(text.volumeFrom() + random.nextInt(text.volumeTo() - text.volumeFrom() + 1));
        u.cost = u.volume.multiply(u.item.unitCost());
        String street = DemoSeasonTexts.STREETS.get(random.nextInt(DemoSeasonTexts.STREETS.size()));
        u.address = street + (random.nextBoolean() ? " Gg. " + (1 + random.nextInt(12)) : "") + " RT "
                + TerritoryCodes.threeDigits(rt.number()) + "/RW " + TerritoryCodes.threeDigits(rw.number());
        if (u.item.kind() == ProposalKind.FISIK || random.nextInt(10) < 7) {
            double[] centre = DemoSeasonTexts.CENTRES.getOrDefault(kel.code(), DemoSeasonTexts.CITY_CENTRE);
            u.latitude = coordinate(centre[0] + random.nextGaussian() * 0.0022);
            u.longitude = coordinate(centre[1] + random.nextGaussian() * 0.0022);
        }
        u.taskOpd = u.item.opdCode();
        return u;
    }

    private CatalogueItem item(List<CatalogueItem> items, DemoSeasonFate fate, String kelurahan) {
        boolean pesisir = kelurahan.startsWith(PESISIR + ".");
        List<CatalogueItem> fitting = items.stream()
                .filter(i -> pesisir || !COASTAL.contains(i.code()))
                .filter(i -> fate != DemoSeasonFate.DANA_KELURAHAN || i.danaKelurahan())
                .toList();
        return fitting.get(random.nextInt(fitting.size()));
    }

    private ProposalOrigin origin(DemoSeasonFate fate, ProposalKind kind) {
        int roll = random.nextInt(100);
        if (fate == DemoSeasonFate.AT_RW || fate == DemoSeasonFate.REJECTED_RW) {
            return roll < 85 ? ProposalOrigin.RT : ProposalOrigin.WARGA;
        }
        if (kind == ProposalKind.NON_FISIK) {
            return roll < 45 ? ProposalOrigin.LKK : roll < 75 ? ProposalOrigin.RT : roll < 88 ? ProposalOrigin.RW
                    : ProposalOrigin.POKIR;
        }
        return roll < 62 ? ProposalOrigin.RT : roll < 70 ? ProposalOrigin.WARGA : roll < 82 ? ProposalOrigin.RW
                : roll < 90 ? ProposalOrigin.POKIR : ProposalOrigin.LANGSUNG;
    }

    /** The position that proposes for each origin; DPRD's pokir is the demo DPRD member's own. */
    private void proposer(DemoSeasonUsulan u, Territory kel) {
        String group = switch (u.origin) {
            case RT, WARGA -> PositionType.KETUA_RT.groupId(u.rt, null);
            case RW -> PositionType.KETUA_RW.groupId(u.rw, null);
            case LKK -> PositionType.PENGURUS_LKK.groupId(kel.code(), "PKK");
            case POKIR -> PositionType.DPRD.groupId(null, null);
            case LANGSUNG -> PositionType.LURAH.groupId(kel.code(), null);
        };
        u.proposerPosition = group;
        u.proposer = u.origin == ProposalOrigin.POKIR ? "dprd" : DemoSeasonJourney.userOf(group);
        if (u.origin == ProposalOrigin.WARGA) {
            u.residentName = DemoSeasonTexts.RESIDENTS.get(random.nextInt(DemoSeasonTexts.RESIDENTS.size()));
        }
    }

    private static BigDecimal coordinate(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }
}
