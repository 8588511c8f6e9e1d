package id.musrenflow.danakelurahan.internal;

import id.musrenflow.danakelurahan.ProgrammeOwner;
import id.musrenflow.identity.Position;
import java.util.Optional;

/** Which positions draft an LKK programme (Permendagri 18/2018 lembaga), and the lembaga code each one stands for. */
public final class ProgrammeOwners {

    private ProgrammeOwners() {
    }

    public static Optional<ProgrammeOwner> of(Position position) {
        String code = position.territoryCode();
        if (code == null) {
            return Optional.empty();
        }
        String[] parts = code.split("\\.");
        return switch (position.type()) {
            case PENGURUS_LKK -> position.organisationCode() == null ? Optional.empty()
                    : Optional.of(new ProgrammeOwner(position.groupId(), code, position.organisationCode()));
            case LPM -> Optional.of(new ProgrammeOwner(position.groupId(), code, "LPM"));
            case KETUA_RW -> Optional.of(new ProgrammeOwner(position.groupId(), parent(code), "RW" + parts[parts.length - 1]));
            case KETUA_RT -> Optional.of(new ProgrammeOwner(position.groupId(), parent(parent(code)),
                    "RT" + parts[parts.length - 2] + "-" + parts[parts.length - 1]));
            default -> Optional.empty();
        };
    }

    private static String parent(String code) {
        return code.substring(0, code.lastIndexOf('.'));
    }
}
