package id.musrenflow.lks;

import id.musrenflow.base.AuditTrail;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.lks.internal.DocumentChecker;
import id.musrenflow.lks.internal.LksAccess;
import id.musrenflow.lks.internal.LksStore;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The LKS registry: the public list, an organisation's file (profile, officers, checklist documents) for its own
 * officers and the city positions that judge it, and checked document uploads.
 */
@Service
@Transactional(readOnly = true)
public class LksService {

    private static final int MAX_FILE_NAME = 200;

    private final LksStore store;
    private final RegionService regions;
    private final LksSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    LksService(LksStore store, RegionService regions, LksSettings settings, AuditTrail audit, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registered or accredited organisations today, for anyone: no officers, no personal data. */
    public List<PublicOrganisation> publicRegistry() {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> kelurahan = regions.byLevel(id.musrenflow.region.Level.KELURAHAN).stream()
                .collect(Collectors.toMap(Territory::code, Territory::name, (a, b) -> a));
        // the store gives each organisation its status as of the clock (Organisation#statusOn), as everywhere else
        return store.all().stream()
                .filter(o -> o.status() == OrganisationStatus.TERDAFTAR
                        || o.status() != OrganisationStatus.NONAKTIF && validGrade(o, today) != null)
                .map(o -> new PublicOrganisation(o.code(), o.name(),
                kelurahan.getOrDefault(o.kelurahanCode(), o.kelurahanCode()), o.serviceField(), o.lkksMember(),
                o.status() == OrganisationStatus.TERDAFTAR ? o.registrationNumber() : null,
                o.status() == OrganisationStatus.TERDAFTAR ? o.registrationValidUntil() : null,
                validGrade(o, today), validGrade(o, today) == null ? null : o.accreditationValidUntil())).toList();
    }

    private static AccreditationGrade validGrade(Organisation o, LocalDate today) {
        return o.accreditation() != null && o.accreditation() != AccreditationGrade.TIDAK_TERAKREDITASI
                && o.accreditationValidUntil() != null && !o.accreditationValidUntil().isBefore(today)
                ? o.accreditation() : null;
    }

    /** The organisation the user is an officer of (their PENGURUS_LKS position), if it is in the registry. */
    public Optional<Organisation> organisationOf(AuthenticatedUser user) {
        return LksAccess.officerOf(user).flatMap(store::findByCode);
    }

    public Organisation organisation(long id, AuthenticatedUser user) {
        Organisation organisation = store.find(id).orElseThrow(() -> new BusinessException("lks.error.tidak-ditemukan"));
        LksAccess.checkRead(user, organisation.code());
        return organisation;
    }

    public List<Officer> officers(long organisationId, AuthenticatedUser user) {
        organisation(organisationId, user);
        return store.officers(organisationId);
    }

    /** The newest document of each checklist type. */
    public Map<DocumentType, LksDocument> checklist(long organisationId, AuthenticatedUser user) {
        organisation(organisationId, user);
        return store.documents(organisationId).stream()
                .collect(Collectors.toMap(LksDocument::type, Function.identity(), (newest, older) -> newest));
    }

    public Optional<byte[]> documentContent(long organisationId, long documentId, AuthenticatedUser user) {
        organisation(organisationId, user);
        return store.documentContent(organisationId, documentId);
    }

    /** Stores a checklist document after checking who sends it, its real type (PDF/JPEG/PNG) and its size. */
    @Transactional
    public LksDocument upload(long organisationId, DocumentType type, String fileName, byte[] content,
                              AuthenticatedUser user) {
        Organisation organisation = organisation(organisationId, user);
        LksAccess.checkOfficer(user, organisation.code());
        String contentType = DocumentChecker.contentTypeOf(content, settings.maxDocumentSize().toBytes());
        String name = fileName == null || fileName.isBlank() ? type.name() : fileName.strip();
        name = name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
        long id = store.insertDocument(organisationId, type, name, contentType, content, user.username(),
                LocalDateTime.now(clock));
        audit.record(user.username(), "UNGGAH_DOKUMEN", "LKS", organisation.code(), type.name() + " " + name);
        return store.documents(organisationId).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    public LksSettings settings() {
        return settings;
    }
}
