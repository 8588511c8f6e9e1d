package id.musrenflow.lks;

import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.lks.internal.AccreditationStore;
import id.musrenflow.lks.internal.LksStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test set-up of an accreditation approved by BALKS through the module's own services: a registered organisation
 * with its officer account, an application scored at the given grade and AccreditationService.accredit, the step
 * the approval listener runs (which assigns the certificate number).
 */
public final class CertificateFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public record Approved(Organisation organisation, AccreditationApplication application, String certificate,
                           String officer) {
    }

    private CertificateFixture() {
    }

    public static Approved approved(LksStore registry, AccreditationStore store, AccreditationService accreditations,
                                    UserService identity, Clock clock, String name, AccreditationGrade grade) {
        String suffix = System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        String code = "LKS-SERT-" + suffix;
        long organisationId = registry.insertOrganisation(code, name, LegalForm.YAYASAN, "Jl. Sertifikat No. 5",
                "33.75.01.1002", ServiceField.ANAK, true);
        registry.register(organisationId, "LKS-3375-S-" + suffix, LocalDate.now(clock).plusYears(2));
        registry.addOfficer(organisationId, "Ketua Rahasia Sertifikat", "Ketua", "3375011203800009",
                LocalDate.now(clock).minusYears(1), null);
        String username = "pengurus.sert." + suffix;
        var account = identity.createUser(new NewUser(username, "Pengurus Sertifikat", username + "@uji.id", null,
                "rahasia-uji-123"), "uji");
        identity.addPosition(account.id(), new NewPosition(PositionType.PENGURUS_LKS, null, code,
                PositionStatus.DEFINITIF, identity.today().minusDays(1), null, null), "uji");
        LocalDateTime now = LocalDateTime.now(clock);
        String number = store.nextNumber(now.getYear());
        long id = store.insert(number, organisationId, username, now, "400/1/Dinsos", "01/LKKS");
        store.setScores(id, LocalDate.now(clock), "Kunjungan uji", Map.of(), Map.of(), new BigDecimal("90.00"), grade);
        store.moveStatus(id, AccreditationStatus.DIAJUKAN, AccreditationStatus.DINILAI, null, null, null);
        accreditations.accredit(id, 5, "balks", null);
        AccreditationApplication application = store.find(id).orElseThrow();
        String certificate = store.certificateNumbers(organisationId).get(id);
        return new Approved(registry.find(organisationId).orElseThrow(), application, certificate, username);
    }
}
