package id.musrenflow.lks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.MutableClock;
import id.musrenflow.PostgresIT;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.security.LoginAttempts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registry administration on PostgreSQL: who may register, edit and set membership; officer terms in order;
 * optimistic locking; every change in the organisation's history with who, when and why.
 */
class RegistryIT extends PostgresIT {

    @Autowired
    private RegistryService registry;
    @Autowired
    private UserService identity;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private MutableClock clock;
    @Autowired
    private JdbcClient jdbc;

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    private OrganisationDraft draft(String name, String address) {
        return new OrganisationDraft(name, LegalForm.YAYASAN, "AHU-0099.AH.01.04.2022", "AHU-77.AH.01.06.2022",
                address, "33.75.03.1002", ServiceField.DISABILITAS);
    }

    private AuthenticatedUser officerOf(String code) {
        String username = unique("pengurus.reg");
        var account = identity.createUser(new NewUser(username, "Pengurus " + code, username + "@uji.id", null,
                "rahasia-uji-123"), "uji");
        identity.addPosition(account.id(), new NewPosition(PositionType.PENGURUS_LKS, null, code,
                PositionStatus.DEFINITIF, identity.today().minusDays(1), null, null), "uji");
        return user(username);
    }

    @Test
    void dinsos_registers_and_edits_officers_edit_only_their_own_and_every_change_is_on_record() {
        AuthenticatedUser dinsos = user("dinsos");
        String name = "Yayasan Registri IT " + System.nanoTime();
        assertThatThrownBy(() -> registry.register(draft(name, "Jl. Uji No. 1"), user("lkks")))
                .extracting("messageKey").isEqualTo("lks.registri.error.tidak-berhak");
        assertThatThrownBy(() -> registry.register(draft(name, "Jl. Uji No. 1"), user("lks.harapan")))
                .extracting("messageKey").isEqualTo("lks.registri.error.tidak-berhak");
        assertThatThrownBy(() -> registry.register(new OrganisationDraft(name, LegalForm.YAYASAN, "A1", null,
                "Jl. Uji No. 1", "33.75.03", ServiceField.ANAK), dinsos))
                .extracting("messageKey").isEqualTo("lks.registri.error.akta");
        assertThatThrownBy(() -> registry.register(new OrganisationDraft(name, LegalForm.YAYASAN, "AHU-0099", null,
                "Jl. Uji No. 1", "33.75.03", ServiceField.ANAK), dinsos))
                .extracting("messageKey").isEqualTo("lks.registri.error.kelurahan");

        Organisation created = registry.register(draft(name, "Jl. Uji No. 1"), dinsos);
        assertThat(created.code()).startsWith("LKS-YAYASAN-REGISTRI-IT-");
        assertThat(created.status()).isEqualTo(OrganisationStatus.BELUM_TERDAFTAR);
        AuthenticatedUser own = officerOf(created.code());
        AuthenticatedUser stranger = user("lks.harapan");

        // the organisation's officer edits its own entry; an officer of another organisation may not even read it
        RegistryEntry entry = registry.entry(created.id(), own);
        registry.update(created.id(), entry.version(), draft(name, "Jl. Baru No. 2"), "Sekretariat pindah", own);
        assertThatThrownBy(() -> registry.entry(created.id(), stranger))
                .extracting("messageKey").isEqualTo("lks.error.bukan-lembaga-anda");
        assertThatThrownBy(() -> registry.update(created.id(), entry.version() + 1, draft(name, "Jl. X No. 3"),
                "Bukan lembaga saya", stranger)).extracting("messageKey").isEqualTo("lks.error.bukan-lembaga-anda");
        assertThatThrownBy(() -> registry.addOfficer(created.id(), new OfficerDraft("Orang Lain", "Ketua",
                "3375010101010001", LocalDate.of(2026, 1, 1), null), "Bukan lembaga saya", stranger))
                .extracting("messageKey").isEqualTo("lks.error.bukan-lembaga-anda");
        // only the LKKS board, Dinas Sosial and the administrator set membership
        RegistryEntry current = registry.entry(created.id(), dinsos);
        assertThatThrownBy(() -> registry.setMembership(created.id(), current.version(), true,
                LocalDate.now(clock), "Bergabung", own))
                .extracting("messageKey").isEqualTo("lks.registri.error.tidak-berhak-lkks");

        // the first edit wins; the second, based on the old version, is refused and changes nothing
        assertThatThrownBy(() -> registry.update(created.id(), entry.version(), draft(name, "Jl. Lama No. 9"),
                "Edit bersamaan", dinsos)).extracting("messageKey")
                .isEqualTo("lks.registri.error.diubah-orang-lain");
        assertThat(registry.entry(created.id(), dinsos).organisation().address()).isEqualTo("Jl. Baru No. 2");

        registry.setMembership(created.id(), current.version(), true, LocalDate.now(clock).minusDays(30),
                "Diterima rapat pleno LKKS", user("lkks"));
        assertThatThrownBy(() -> registry.setMembership(created.id(), current.version() + 1, true, null,
                "Tanpa tanggal", dinsos)).extracting("messageKey").isEqualTo("lks.registri.error.sejak-wajib");
        RegistryEntry member = registry.entry(created.id(), dinsos);
        assertThat(member.organisation().lkksMember()).isTrue();
        assertThat(member.lkksSince()).isEqualTo(LocalDate.now(clock).minusDays(30));

        assertThat(registry.history(created.id(), dinsos))
                .extracting(OrganisationChange::event, OrganisationChange::actor, OrganisationChange::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DIDAFTARKAN", "dinsos", null),
                        org.assertj.core.groups.Tuple.tuple("PROFIL_DIUBAH", own.username(), "Sekretariat pindah"),
                        org.assertj.core.groups.Tuple.tuple("KEANGGOTAAN_LKKS", "lkks", "Diterima rapat pleno LKKS"));
    }

    @Test
    void once_registered_only_dinsos_changes_the_name_legal_form_and_deed_numbers() {
        AuthenticatedUser dinsos = user("dinsos");
        String name = "Yayasan Identitas IT " + System.nanoTime();
        Organisation created = registry.register(draft(name, "Jl. Uji No. 7"), dinsos);
        AuthenticatedUser own = officerOf(created.code());
        // before registration the officers may still correct their organisation's name
        RegistryEntry unregistered = registry.entry(created.id(), own);
        registry.update(created.id(), unregistered.version(), draft(name + " Baru", "Jl. Uji No. 7"),
                "Salah ketik nama", own);
        jdbc.sql("update lks set status = 'TERDAFTAR', nomor_tanda_daftar = ?, tanda_daftar_berlaku = ? where id = ?")
                .params("LKS-UJI-" + created.id(), LocalDate.now(clock).plusYears(5), created.id()).update();

        RegistryEntry registered = registry.entry(created.id(), own);
        assertThat(registry.mayChangeLegalIdentity(own, registered.organisation())).isFalse();
        assertThatThrownBy(() -> registry.update(created.id(), registered.version(), draft(name + " Lain",
                "Jl. Uji No. 7"), "Ganti nama", own))
                .extracting("messageKey").isEqualTo("lks.registri.error.identitas-terdaftar");
        assertThatThrownBy(() -> registry.update(created.id(), registered.version(), new OrganisationDraft(
                name + " Baru", LegalForm.PERKUMPULAN, "AHU-0099.AH.01.04.2022", "AHU-77.AH.01.06.2022",
                "Jl. Uji No. 7", "33.75.03.1002", ServiceField.DISABILITAS), "Ganti bentuk", own))
                .extracting("messageKey").isEqualTo("lks.registri.error.identitas-terdaftar");
        registry.update(created.id(), registered.version(), draft(name + " Baru", "Jl. Sekretariat No. 8"),
                "Sekretariat pindah", own);
        RegistryEntry moved = registry.entry(created.id(), dinsos);
        assertThat(moved.organisation().address()).isEqualTo("Jl. Sekretariat No. 8");
        assertThat(registry.mayChangeLegalIdentity(dinsos, moved.organisation())).isTrue();
        registry.update(created.id(), moved.version(), draft(name + " Resmi", "Jl. Sekretariat No. 8"),
                "Perubahan akta notaris", dinsos);
        assertThat(registry.entry(created.id(), dinsos).organisation().name()).isEqualTo(name + " Resmi");
    }

    @Test
    void officer_terms_end_after_they_start_the_nik_has_16_digits_and_is_never_in_the_history() {
        AuthenticatedUser dinsos = user("dinsos");
        Organisation created = registry.register(draft("Perkumpulan Pengurus IT " + System.nanoTime(),
                "Jl. Uji No. 4"), dinsos);
        LocalDate start = LocalDate.of(2026, 3, 1);

        assertThatThrownBy(() -> registry.addOfficer(created.id(), new OfficerDraft("Rudi Hartono", "Ketua",
                "3375010101010001", start, start), "Pengurus baru", dinsos))
                .extracting("messageKey").isEqualTo("lks.pengurus.error.masa-urutan");
        assertThatThrownBy(() -> registry.addOfficer(created.id(), new OfficerDraft("Rudi Hartono", "Ketua",
                "3375010101010001", start, start.minusDays(1)), "Pengurus baru", dinsos))
                .extracting("messageKey").isEqualTo("lks.pengurus.error.masa-urutan");
        assertThatThrownBy(() -> registry.addOfficer(created.id(), new OfficerDraft("Rudi Hartono", "Ketua",
                "33750101010100AB", start, null), "Pengurus baru", dinsos))
                .extracting("messageKey").isEqualTo("lks.pengurus.error.nik");
        assertThat(registry.officers(created.id(), dinsos)).isEmpty();

        registry.addOfficer(created.id(), new OfficerDraft("Rudi Hartono", "Ketua", "3375 0101 0101 0001", start,
                start.plusYears(5)), "Pengurus hasil musyawarah", dinsos);
        Officer officer = registry.officers(created.id(), dinsos).get(0);
        assertThat(officer.maskedNik()).isEqualTo("3375********0001");

        // an edit with an empty NIK keeps it; a stale version is refused
        registry.updateOfficer(created.id(), officer.id(), officer.version(), new OfficerDraft("Rudi Hartono",
                "Ketua Umum", "", start, start.plusYears(4)), "Sebutan jabatan diperbaiki", dinsos);
        assertThatThrownBy(() -> registry.updateOfficer(created.id(), officer.id(), officer.version(),
                new OfficerDraft("Rudi H.", "Ketua", "", start, null), "Edit bersamaan", dinsos))
                .extracting("messageKey").isEqualTo("lks.registri.error.diubah-orang-lain");
        Officer changed = registry.officers(created.id(), dinsos).get(0);
        assertThat(changed.role()).isEqualTo("Ketua Umum");
        assertThat(changed.maskedNik()).isEqualTo("3375********0001");
        assertThat(registry.history(created.id(), dinsos)).extracting(OrganisationChange::detail)
                .noneMatch(d -> d != null && d.contains("3375010101010001"));
    }
}
