package id.musrenflow.identity;

import id.musrenflow.base.IndonesianDates;
import id.musrenflow.reference.Opd;
import id.musrenflow.reference.OpdService;
import id.musrenflow.region.RegionService;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/** Human-readable positions: "Ketua RT · RT 003 / RW 002 Medono (Plt s.d. 31 Desember 2026)". */
@Component
public class PositionLabels {

    private final RegionService regions;
    private final OpdService opds;

    PositionLabels(RegionService regions, OpdService opds) {
        this.regions = regions;
        this.opds = opds;
    }

    /** {@code translate} is the caller's message lookup (a Vaadin component's getTranslation, for instance). */
    public String label(Position position, Locale locale, BiFunction<String, Object[], String> translate) {
        StringBuilder text = new StringBuilder(translate.apply("jabatan." + position.type().name(), new Object[0]));
        String place = place(position);
        if (!place.isEmpty()) {
            text.append(" · ").append(place);
        }
        if (position.status().acting()) {
            text.append(" (").append(translate.apply("jabatan.status." + position.status().name(), new Object[0]));
            if (position.end() != null) {
                text.append(' ').append(translate.apply("jabatan.sampai",
                        new Object[] {IndonesianDates.longDate(position.end(), locale)}));
            }
            text.append(')');
        }
        return text.toString();
    }

    /**
     * A candidate group as a person reads it: "Lurah · Medono", "Verifikator OPD · Dinas PUPR", "Bappeda", from
     * {@code lurah:33.75.01.1002}, {@code verifikator-opd:DPUPR}, {@code bappeda}; an unknown group stays as it is.
     */
    public String groupLabel(String groupId, BiFunction<String, Object[], String> translate) {
        if (groupId == null) {
            return "";
        }
        String[] parts = groupId.split(":");
        PositionType type = java.util.Arrays.stream(PositionType.values())
                .filter(t -> t.groupPrefix().equals(parts[0])).findFirst().orElse(null);
        if (type == null) {
            return groupId;
        }
        Position position = new Position(null, 0, type, type.needsTerritory() && parts.length > 1 ? parts[1] : null,
                switch (type.scope()) {
                    case KELURAHAN_ORGANISATION -> parts.length > 2 ? parts[2] : null;
                    case OPD, LKS -> parts.length > 1 ? parts[1] : null;
                    default -> null;
                }, PositionStatus.DEFINITIF, java.time.LocalDate.MIN, null, null);
        String text = translate.apply("jabatan." + type.name(), new Object[0]);
        String place = position.territoryCode() == null && position.organisationCode() == null ? "" : place(position);
        return place.isEmpty() ? text : text + " · " + place;
    }

    public String place(Position position) {
        return switch (position.type().scope()) {
            case RT, RW, KELURAHAN, KECAMATAN -> regions.describe(position.territoryCode());
            case KELURAHAN_ORGANISATION -> position.organisationCode() + " " + regions.describe(position.territoryCode());
            case OPD -> opds.find(position.organisationCode()).map(Opd::shortName).orElse(position.organisationCode());
            case LKS -> position.organisationCode();
            case CITY, SYSTEM -> "";
        };
    }
}
