package id.musrenflow.monitoring;

import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserAccount;
import id.musrenflow.identity.UserService;

/**
 * The Camat of Kecamatan Pekalongan Timur for denial tests: no demo user holds that position, and it has a single
 * holder, so every test class of the shared application context uses the same one (created once).
 */
public final class CamatTimur {

    public static final String KECAMATAN = "33.75.02";
    public static final String USERNAME = "camat.timur";
    public static final String PASSWORD = "rahasia-uji-1";

    private CamatTimur() {
    }

    /** The username of today's Camat of Pekalongan Timur, created when there is none. */
    public static synchronized String holder(UserService users) {
        for (UserAccount account : users.holdersOf(PositionType.CAMAT)) {
            boolean timur = account.positions().stream()
                    .anyMatch(p -> p.type() == PositionType.CAMAT && KECAMATAN.equals(p.territoryCode())
                            && p.activeOn(users.today()));
            if (timur) {
                return account.username();
            }
        }
        UserAccount created = users.createUser(new NewUser(USERNAME, "Drs. Camat Timur", null, null, PASSWORD), "uji");
        users.addPosition(created.id(), new NewPosition(PositionType.CAMAT, KECAMATAN, null, PositionStatus.DEFINITIF,
                id.musrenflow.TestTime.startDate().minusYears(1), null, null), "uji");
        return USERNAME;
    }
}
