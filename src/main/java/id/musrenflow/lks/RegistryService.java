package id.musrenflow.lks;

import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionType;
import id.musrenflow.lks.internal.LksAccess;
import id.musrenflow.lks.internal.LksStore;
import id.musrenflow.lks.internal.RegistryRules;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of the LKS registry: Dinas Sosial (and the system administrator) register and edit organisations
 * and their officers; an organisation's own officers edit their own entry and officers; the LKKS board, Dinas
 * Sosial and the administrator set LKKS membership. Every edit names the version it was based on (a concurrent edit
 * is refused, not overwritten) and a reason, and is kept in the organisation's history.
 */
@Service
@Transactional(readOnly = true)
public class RegistryService {

    private final LksStore store;
    private final RegionService regions;
    private final Clock clock;

    RegistryService(LksStore store, RegionService regions, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.clock = clock;
    }

    public boolean canRegister(AuthenticatedUser user) {
        return LksAccess.holds(user, PositionType.DINSOS_VERIFIKATOR, PositionType.ADMIN_SISTEM);
    }

    public boolean canSetMembership(AuthenticatedUser user) {
        return LksAccess.holds(user, PositionType.DINSOS_VERIFIKATOR, PositionType.ADMIN_SISTEM,
                PositionType.PENGURUS_LKKS);
    }

    /** Dinas Sosial and the administrator edit any entry; an officer only their own organisation's. */
    public boolean canEdit(AuthenticatedUser user, Organisation organisation) {
        return canRegister(user) || LksAccess.isOfficerOf(user, organisation.code());
    }

    /**
     * Name, legal form and legal document numbers are what the tanda daftar was issued on: once registered, only
     * Dinas Sosial (or the administrator) changes them; the organisation's officers ask Dinas Sosial to.
     */
    public boolean mayChangeLegalIdentity(AuthenticatedUser user, Organisation organisation) {
        return canRegister(user) || organisation.registrationNumber() == null;
    }

    private static boolean changesLegalIdentity(RegistryEntry entry, OrganisationDraft draft) {
        Organisation o = entry.organisation();
        return !o.name().equals(draft.name()) || o.legalForm() != draft.legalForm()
                || !Objects.equals(blankToNull(entry.deedNumber()), blankToNull(draft.deedNumber()))
                || !Objects.equals(blankToNull(entry.decreeNumber()), blankToNull(draft.decreeNumber()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Every organisation, for the registry screens of Dinas Sosial, LKKS and the administrator. */
    public List<RegistryEntry> entries(AuthenticatedUser user) {
        checkAdministration(user);
        return store.all().stream().map(o -> store.entry(o.id()).orElseThrow()).toList();
    }

    public RegistryEntry entry(long id, AuthenticatedUser user) {
        RegistryEntry entry = store.entry(id).orElseThrow(() -> new BusinessException("lks.error.tidak-ditemukan"));
        if (!canSetMembership(user)) {
            LksAccess.checkRead(user, entry.organisation().code());
        }
        return entry;
    }

    public List<Officer> officers(long id, AuthenticatedUser user) {
        entry(id, user);
        return store.officers(id);
    }

    public List<OrganisationChange> history(long id, AuthenticatedUser user) {
        entry(id, user);
        return store.organisationHistory(id);
    }

    @Transactional
    public Organisation register(OrganisationDraft draft, AuthenticatedUser user) {
        if (!canRegister(user)) {
            throw new BusinessException("lks.registri.error.tidak-berhak");
        }
        OrganisationDraft checked = check(draft);
        String code = freeCode(checked.name());
        long id = store.insertOrganisation(code, checked.name(), checked.legalForm(), checked.address(),
                checked.kelurahanCode(), checked.serviceField(), false);
        store.setLegalNumbers(id, checked.deedNumber(), checked.decreeNumber());
        store.addOrganisationHistory(id, now(), user.username(), "DIDAFTARKAN", summary(checked), null);
        return store.find(id).orElseThrow();
    }

    @Transactional
    public void update(long id, int version, OrganisationDraft draft, String reason, AuthenticatedUser user) {
        RegistryEntry entry = entry(id, user);
        checkEdit(user, entry.organisation());
        OrganisationDraft checked = check(draft);
        if (!mayChangeLegalIdentity(user, entry.organisation()) && changesLegalIdentity(entry, checked)) {
            throw new BusinessException("lks.registri.error.identitas-terdaftar");
        }
        String why = RegistryRules.reason(reason);
        if (!store.updateOrganisation(id, version, checked)) {
            throw new BusinessException("lks.registri.error.diubah-orang-lain");
        }
        store.addOrganisationHistory(id, now(), user.username(), "PROFIL_DIUBAH", summary(checked), why);
    }

    @Transactional
    public void addOfficer(long id, OfficerDraft draft, String reason, AuthenticatedUser user) {
        RegistryEntry entry = entry(id, user);
        checkEdit(user, entry.organisation());
        OfficerDraft checked = RegistryRules.officer(draft, true, reason);
        String why = RegistryRules.reason(reason);
        store.addOfficer(id, checked.name(), checked.role(), checked.nik(), checked.start(), checked.end());
        store.addOrganisationHistory(id, now(), user.username(), "PENGURUS_DITAMBAH", officerSummary(checked), why);
    }

    @Transactional
    public void updateOfficer(long id, long officerId, int version, OfficerDraft draft, String reason,
                              AuthenticatedUser user) {
        RegistryEntry entry = entry(id, user);
        checkEdit(user, entry.organisation());
        OfficerDraft checked = RegistryRules.officer(draft, false, reason);
        String why = RegistryRules.reason(reason);
        if (!store.updateOfficer(id, officerId, version, checked.name(), checked.role(), checked.nik(),
                checked.start(), checked.end())) {
            throw new BusinessException("lks.registri.error.diubah-orang-lain");
        }
        store.addOrganisationHistory(id, now(), user.username(), "PENGURUS_DIUBAH", officerSummary(checked), why);
    }

    /** LKKS membership with the date it began (not in the future); leaving clears the date. */
    @Transactional
    public void setMembership(long id, int version, boolean member, LocalDate since, String reason,
                              AuthenticatedUser user) {
        entry(id, user);
        if (!canSetMembership(user)) {
            throw new BusinessException("lks.registri.error.tidak-berhak-lkks");
        }
        if (member && since == null) {
            throw new BusinessException("lks.registri.error.sejak-wajib");
        }
        if (member && since.isAfter(LocalDate.now(clock))) {
            throw new BusinessException("lks.registri.error.sejak-masa-depan");
        }
        String why = RegistryRules.reason(reason);
        if (!store.updateMembership(id, version, member, member ? since : null)) {
            throw new BusinessException("lks.registri.error.diubah-orang-lain");
        }
        store.addOrganisationHistory(id, now(), user.username(), "KEANGGOTAAN_LKKS",
                member ? "ANGGOTA " + since : "BUKAN_ANGGOTA", why);
    }

    private OrganisationDraft check(OrganisationDraft draft) {
        OrganisationDraft checked = RegistryRules.organisation(draft);
        boolean kelurahan = regions.find(checked.kelurahanCode())
                .filter(t -> t.level() == Level.KELURAHAN && t.active()).isPresent();
        if (!kelurahan) {
            throw new BusinessException("lks.registri.error.kelurahan");
        }
        return checked;
    }

    private void checkEdit(AuthenticatedUser user, Organisation organisation) {
        if (!canEdit(user, organisation)) {
            throw new BusinessException("lks.error.bukan-lembaga-anda");
        }
    }

    private void checkAdministration(AuthenticatedUser user) {
        if (!canSetMembership(user)) {
            throw new BusinessException("lks.registri.error.tidak-berhak");
        }
    }

    /** LKS-PANTI-ASUHAN-MELATI from the name; -2, -3 ... when taken. */
    private String freeCode(String name) {
        String base = "LKS-" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
        base = base.length() > 50 ? base.substring(0, 50) : base;
        String code = base;
        for (int n = 2; store.codeTaken(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private static String summary(OrganisationDraft d) {
        return String.join(" · ", d.name(), d.legalForm().name(), d.address(), d.kelurahanCode(),
                d.serviceField().name(), "akta " + d.deedNumber(), "SK " + (d.decreeNumber() == null ? "-"
                        : d.decreeNumber()));
    }

    /** Never the NIK: the history is read by more people than the officer list. */
    private static String officerSummary(OfficerDraft d) {
        return d.name() + " · " + d.role() + " · " + d.start() + " – " + (d.end() == null ? "" : d.end());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
