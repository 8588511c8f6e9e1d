package id.musrenflow.identity.demo;

import id.musrenflow.identity.UserService;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One demo login for every role (listed in the README), created once while demo data is enabled. */
@Component
@Order(20)
@ConditionalOnProperty(name = "musrenflow.demo.enabled", havingValue = "true")
public class DemoUsers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);
    private static final LocalDate TERM_START = LocalDate.of(2025, 1, 2);
    private static final String MEDONO = "33.75.01.1002";

    /** username, full name, position, territory, organisation. */
    public static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Administrator Sistem", PositionType.ADMIN_SISTEM, null, null),
            new DemoUser("integrasi", "Akun Integrasi SIPD", PositionType.INTEGRASI, null, null),
            new DemoUser("rt003.medono", "Slamet Riyadi", PositionType.KETUA_RT, MEDONO + ".002.003", null),
            new DemoUser("rt001.medono", "Siti Aminah", PositionType.KETUA_RT, MEDONO + ".002.001", null),
            new DemoUser("rw002.medono", "Bambang Sutrisno", PositionType.KETUA_RW, MEDONO + ".002", null),
            new DemoUser("lurah.medono", "Dwi Hartono, S.STP", PositionType.LURAH, MEDONO, null),
            new DemoUser("staf.medono", "Rina Kusumawati", PositionType.STAF_KELURAHAN, MEDONO, null),
            new DemoUser("lpm.medono", "Haji Mustofa", PositionType.LPM, MEDONO, null),
            new DemoUser("pkk.medono", "Ibu Endang Lestari", PositionType.PENGURUS_LKK, MEDONO, "PKK"),
            new DemoUser("pokmas.medono", "Ahmad Fauzi", PositionType.POKMAS, MEDONO, "POKMAS-MEDONO-MAJU"),
            new DemoUser("lurah.podosugih", "Sri Wahyuni, S.Sos", PositionType.LURAH, "33.75.01.1003", null),
            new DemoUser("camat.barat", "Drs. Agus Purnomo", PositionType.CAMAT, "33.75.01", null),
            new DemoUser("staf.barat", "Yusuf Hidayat", PositionType.STAF_KECAMATAN, "33.75.01", null),
            new DemoUser("opd.pupr", "Ir. Hendra Wijaya", PositionType.VERIFIKATOR_OPD, null, "DPUPR"),
            new DemoUser("opd.dinkes", "dr. Lina Marlina", PositionType.VERIFIKATOR_OPD, null, "DINKES"),
            new DemoUser("bappeda", "Nur Hasanah, S.E., M.M.", PositionType.BAPPEDA, null, null),
            new DemoUser("admin.bappeda", "Teguh Santoso", PositionType.BAPPEDA_ADMIN, null, null),
            new DemoUser("dprd", "H. Abdul Rozak", PositionType.DPRD, null, null),
            new DemoUser("dinsos", "Fitri Handayani", PositionType.DINSOS_VERIFIKATOR, null, null),
            new DemoUser("lkks", "Hj. Umi Kulsum", PositionType.PENGURUS_LKKS, null, null),
            new DemoUser("asesor", "Dr. Budi Prasetyo", PositionType.ASESOR, null, null),
            new DemoUser("balks", "Prof. Sunarti", PositionType.BALKS, null, null),
            new DemoUser("lks.harapan", "Muhammad Ridwan", PositionType.PENGURUS_LKS, null, "LKS-HARAPAN-BANGSA"),
            new DemoUser("pemantau", "Inspektorat Kota", PositionType.PEMANTAU, null, null));

    private final UserService identity;
    private final String password;

    DemoUsers(UserService identity, @Value("${musrenflow.demo.password}") String password) {
        this.identity = identity;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = 0;
        for (DemoUser demo : USERS) {
            if (identity.findUser(demo.username()).isPresent()) {
                continue;
            }
            var user = identity.createUser(new NewUser(demo.username(), demo.fullName(), demo.username() + "@demo.musrenflow.id",
                    null, password), "demo");
            identity.addPosition(user.id(), new NewPosition(demo.type(), demo.territory(), demo.organisation(),
                    PositionStatus.DEFINITIF, TERM_START, null, null), "demo");
            created++;
        }
        if (identity.findUser("plt.lurah.sapuro").isEmpty()) {
            var acting = identity.createUser(new NewUser("plt.lurah.sapuro", "Eko Prasetyo, S.IP",
                    "plt.lurah.sapuro@demo.musrenflow.id", null, password), "demo");
            LocalDate today = identity.today();
            identity.addPosition(acting.id(), new NewPosition(PositionType.LURAH, "33.75.01.1004", null,
                    PositionStatus.PLT, today.minusDays(30), today.plusDays(90), "Plt. Lurah Sapuro Kebulen"), "demo");
            created++;
        }
        if (created > 0) {
            LOG.info("Created {} demo users; every demo password is set by musrenflow.demo.password", created);
        }
    }

    public record DemoUser(String username, String fullName, PositionType type, String territory, String organisation) {
    }
}
