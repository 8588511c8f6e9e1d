package id.musrenflow.lks.internal;

import id.musrenflow.lks.AccreditationGrade;
import id.musrenflow.lks.LegalForm;
import id.musrenflow.lks.ServiceField;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo organisations while demo data is enabled: the one of demo login lks.harapan (not yet registered, so its
 * officer can apply) and a few registered or accredited ones for the public list. Real organisations are business
 * records entered through the application, never shipped in a migration. Names are invented.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "musrenflow.demo.enabled", havingValue = "true")
class DemoLks implements ApplicationRunner {

    /** The organisation code of demo user lks.harapan's PENGURUS_LKS position. */
    static final String HARAPAN_BANGSA = "LKS-HARAPAN-BANGSA";

    private final LksStore store;
    private final Clock clock;

    private final id.musrenflow.lks.RegistrationService registrations;

    DemoLks(LksStore store, Clock clock, id.musrenflow.lks.RegistrationService registrations) {
        this.registrations = registrations;
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (store.findByCode(HARAPAN_BANGSA).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long harapan = store.insertOrganisation(HARAPAN_BANGSA, "Panti Asuhan Harapan Bangsa", LegalForm.YAYASAN,
                "Jl. Dr. Wahidin No. 41", "33.75.01.1002", ServiceField.ANAK, true);
        store.addOfficer(harapan, "Muhammad Ridwan", "Ketua", "3375011203800001", today.minusYears(2), null);
        store.addOfficer(harapan, "Siti Khotijah", "Sekretaris", "3375014506850002", today.minusYears(2), null);
        store.addOfficer(harapan, "Ahmad Zaenuri", "Bendahara", "3375010101750003", today.minusYears(2), null);

        long kasih = store.insertOrganisation("LKS-KASIH-IBU", "Panti Wreda Kasih Ibu", LegalForm.YAYASAN,
                "Jl. Hayam Wuruk No. 12", "33.75.02.1010", ServiceField.LANJUT_USIA, true);
        store.addOfficer(kasih, "Hj. Maesaroh", "Ketua", "3375024107700004", today.minusYears(3), null);
        register(kasih, 2025, 3, today.plusYears(3));
        store.setAccreditation(kasih, AccreditationGrade.B, today.plusYears(2));

        long cahaya = store.insertOrganisation("LKS-CAHAYA-DIFABEL", "Yayasan Cahaya Difabel Pekalongan",
                LegalForm.YAYASAN, "Jl. Slamet No. 7", "33.75.03.1002", ServiceField.DISABILITAS, true);
        store.addOfficer(cahaya, "Bagus Setiawan", "Ketua", "3375031508880005", today.minusYears(1), null);
        register(cahaya, 2026, 1, today.plusYears(4));

        long mentari = store.insertOrganisation("LKS-MENTARI", "Panti Asuhan Mentari", LegalForm.YAYASAN,
                "Jl. Kurinci No. 3", "33.75.04.1002", ServiceField.ANAK, true);
        store.addOfficer(mentari, "Nur Azizah", "Ketua", "3375045203790006", today.minusYears(4), null);
        register(mentari, 2024, 2, today.plusYears(2));
        store.setAccreditation(mentari, AccreditationGrade.A, today.plusYears(4));

        long pelita = store.insertOrganisation("LKS-PELITA-HATI", "Perkumpulan Rehabilitasi Sosial Pelita Hati",
                LegalForm.PERKUMPULAN, "Jl. Seruni No. 20", "33.75.02.1004", ServiceField.REHABILITASI_SOSIAL, false);
        store.addOfficer(pelita, "Dedi Kurniawan", "Ketua", "3375022002820007", today.minusYears(6), null);
        LocalDate lapsed = today.minusMonths(2);
        register(pelita, 2020, 5, lapsed);
        registrations.expireRegistration(pelita, lapsed);
    }

    /** Registers a demo organisation and keeps the application number series clear of its number. */
    private void register(long organisationId, int year, int serial, LocalDate validUntil) {
        store.register(organisationId, "LKS-3375-%d-%04d".formatted(year, serial), validUntil);
        store.reserveApplicationNumbers(year, serial);
    }
}
