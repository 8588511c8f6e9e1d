package id.musrenflow.lks.internal;

import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionType;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see and change an organisation's file: its own officers (PENGURUS_LKS of that organisation code) read
 * and change it; city positions that judge it (Dinas Sosial, LKKS, assessors, BALKS, monitoring) read it.
 */
public final class LksAccess {

    private static final Set<PositionType> CITY_READERS = EnumSet.of(PositionType.DINSOS_VERIFIKATOR,
            PositionType.PENGURUS_LKKS, PositionType.ASESOR, PositionType.BALKS, PositionType.PEMANTAU);

    private LksAccess() {
    }

    /** The organisation code of the user's PENGURUS_LKS position, if any. */
    public static Optional<String> officerOf(AuthenticatedUser user) {
        return user.positions().stream().filter(p -> p.type() == PositionType.PENGURUS_LKS)
                .map(Position::organisationCode).findFirst();
    }

    public static boolean isOfficerOf(AuthenticatedUser user, String organisationCode) {
        return user.positions().stream().anyMatch(p -> p.type() == PositionType.PENGURUS_LKS
                && organisationCode.equals(p.organisationCode()));
    }

    public static boolean holds(AuthenticatedUser user, PositionType... types) {
        Set<PositionType> wanted = EnumSet.of(types[0], types);
        return user.positions().stream().anyMatch(p -> wanted.contains(p.type()));
    }

    public static void checkRead(AuthenticatedUser user, String organisationCode) {
        if (!isOfficerOf(user, organisationCode)
                && user.positions().stream().noneMatch(p -> CITY_READERS.contains(p.type()))) {
            throw new BusinessException("lks.error.bukan-lembaga-anda");
        }
    }

    public static void checkOfficer(AuthenticatedUser user, String organisationCode) {
        if (!isOfficerOf(user, organisationCode)) {
            throw new BusinessException("lks.error.bukan-lembaga-anda");
        }
    }
}
