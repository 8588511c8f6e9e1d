package id.musrenflow.lks;

import id.musrenflow.base.AuditTrail;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.lks.internal.AccreditationStore;
import id.musrenflow.lks.internal.LksAccess;
import id.musrenflow.lks.internal.SelfAssessmentStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The structured self-assessment instrument: per accreditation component the organisation's own score on the
 * assessor's scale (0–100) and its evidence. Filled by its officers; required to apply for accreditation; read by
 * LKKS, BALKS and the assessor beside their tasks. Frozen while an application is being judged (editable again
 * when it is returned for correction), so what the reviewers read is what was submitted.
 */
@Service
@Transactional(readOnly = true)
public class SelfAssessmentService {

    public static final int MIN_EVIDENCE = 10;
    public static final int MAX_EVIDENCE = 2000;

    private final SelfAssessmentStore store;
    private final AccreditationStore accreditations;
    private final LksService registry;
    private final AuditTrail audit;
    private final Clock clock;

    SelfAssessmentService(SelfAssessmentStore store, AccreditationStore accreditations, LksService registry,
                          AuditTrail audit, Clock clock) {
        this.store = store;
        this.accreditations = accreditations;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    public Map<AccreditationComponent, SelfAssessment> of(long organisationId, AuthenticatedUser user) {
        registry.organisation(organisationId, user);
        return store.of(organisationId);
    }

    /** Saves all five components at once; nothing is saved when one score or evidence is refused. */
    @Transactional
    public void save(long organisationId, Map<AccreditationComponent, ? extends Number> scores,
                     Map<AccreditationComponent, String> evidence, AuthenticatedUser user) {
        Organisation organisation = registry.organisation(organisationId, user);
        LksAccess.checkOfficer(user, organisation.code());
        if (accreditations.ofOrganisation(organisationId).stream().anyMatch(a -> a.status().open()
                && a.status() != AccreditationStatus.PERLU_PERBAIKAN)) {
            throw new BusinessException("lks.mandiri.error.sedang-dinilai");
        }
        Map<AccreditationComponent, BigDecimal> checked = new EnumMap<>(AccreditationComponent.class);
        Map<AccreditationComponent, String> texts = new EnumMap<>(AccreditationComponent.class);
        for (AccreditationComponent component : AccreditationComponent.values()) {
            Number raw = scores.get(component);
            BigDecimal score = raw == null ? null : new BigDecimal(raw.toString());
            if (score == null || score.compareTo(AccreditationScore.MIN) < 0
                    || score.compareTo(AccreditationScore.MAX) > 0 || score.scale() > 2) {
                throw new BusinessException("lks.mandiri.error.nilai", component.name(), 0, 100);
            }
            String text = evidence.get(component) == null ? "" : evidence.get(component).strip();
            if (text.length() < MIN_EVIDENCE || text.length() > MAX_EVIDENCE) {
                throw new BusinessException("lks.mandiri.error.bukti", component.name(), MIN_EVIDENCE, MAX_EVIDENCE);
            }
            checked.put(component, score);
            texts.put(component, text);
        }
        store.replace(organisationId, checked, texts, user.username(), LocalDateTime.now(clock));
        audit.record(user.username(), "PENILAIAN_MANDIRI", "LKS", organisation.code(), checked.toString());
    }
}
