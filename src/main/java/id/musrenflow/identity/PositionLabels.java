package id.musrenflow.identity;

import id.musrenflow.base.IndonesianDates;
import id.musrenflow.reference.Opd;
import id.musrenflow.reference.OpdService;
import id.musrenflow.region.RegionService;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/** Human-readable positions: "Ketua RT 003 / RW 002 Medono (Plt s.d. 31 Desember 2026)". */
@Component
public class PositionLabels {

    private final RegionService regions;
    private final OpdService opds;
    private final UserService users;

    PositionLabels(RegionService regions, OpdService opds, UserService users) {
        this.regions = regions;
        this.opds = opds;
        this.users = users;
    }

    /**
     * Who did something, as an official reads it: "Ketua RT 003 / RW 002 Medono (Slamet Riyadi)" from the
     * account and the candidate group it acted in; an acting holder on that day keeps the mark ("(Plt. Budi)").
     * Without a group it is the name alone; an unknown account (the engine's {@code sistem}) stays as written.
     */
    public String actor(String username, String groupId, java.time.LocalDate on,
                        BiFunction<String, Object[], String> translate) {
        java.util.Optional<UserAccount> account = username == null ? java.util.Optional.empty()
                : users.findUser(username);
        String name = account.map(UserAccount::fullName).orElse(username);
        if (groupId == null || groupId.isBlank()) {
            return name == null ? "" : name;
        }
        String position = groupLabel(groupId, translate);
        if (name == null || name.isBlank()) {
            return position;
        }
        java.util.Optional<Position> acting = account.stream().flatMap(a -> a.positions().stream())
                .filter(p -> groupId.equals(p.groupId()) && p.status().acting() && (on == null || p.activeOn(on)))
                .findFirst();
        return acting.map(p -> translate.apply("jabatan.pemegang-pelaksana", new Object[] {position, name,
                        translate.apply("jabatan.status." + p.status().name(), new Object[0])}))
                .orElseGet(() -> translate.apply("jabatan.pemegang", new Object[] {position, name}));
    }

    /** {@code translate} is the caller's message lookup (a Vaadin component's getTranslation, for instance). */
    public String label(Position position, Locale locale, BiFunction<String, Object[], String> translate) {
        StringBuilder text = new StringBuilder(join(translate.apply("jabatan." + position.type().name(),
                new Object[0]), place(position)));
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
        return join(text, place);
    }

    /**
     * A title and its place: "Lurah · Medono"; where the place begins with the title's last word the two read as
     * one ("Ketua RT" and "RT 003 / RW 002 Medono" give "Ketua RT 003 / RW 002 Medono", not "Ketua RT · RT 003").
     */
    static String join(String title, String place) {
        if (place == null || place.isEmpty()) {
            return title;
        }
        int space = title.lastIndexOf(' ');
        String lastWord = title.substring(space + 1);
        if (space > 0 && place.startsWith(lastWord + " ")) {
            return title.substring(0, space + 1) + place;
        }
        return title + " · " + place;
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
