package id.musrenflow.lks;

import id.musrenflow.base.BusinessException;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.identity.PositionType;
import id.musrenflow.lks.internal.AccreditationStore;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessor schedules the site visit (visitasi) of an accreditation: never in the past nor before the
 * application was made; the organisation's officers are told. Called by the engine's listener when the assessor
 * completes Task_JadwalkanKunjungan, in that step's transaction.
 */
@Service
@Transactional(readOnly = true)
public class SiteVisitService {

    private final AccreditationStore store;
    private final AccreditationService accreditations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SiteVisitService(AccreditationStore store, AccreditationService accreditations, ApplicationEventPublisher events,
                     Clock clock) {
        this.store = store;
        this.accreditations = accreditations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void schedule(long id, LocalDateTime at, String actor) {
        AccreditationApplication application = store.find(id).orElseThrow();
        if (at == null) {
            throw new BusinessException("lks.akreditasi.error.jadwal-wajib");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (at.toLocalDate().isBefore(now.toLocalDate())) {
            throw new BusinessException("lks.akreditasi.error.jadwal-lampau",
                    IndonesianDates.shortDate(at.toLocalDate()), IndonesianDates.shortDate(now.toLocalDate()));
        }
        if (at.isBefore(application.submittedAt())) {
            throw new BusinessException("lks.akreditasi.error.jadwal-sebelum-pengajuan",
                    IndonesianDates.shortDate(at.toLocalDate()),
                    IndonesianDates.shortDate(application.submittedAt().toLocalDate()));
        }
        store.setVisitSchedule(id, at);
        String when = IndonesianDates.dateTime(at, IndonesianDates.INDONESIAN);
        accreditations.recordStatus(id, AccreditationStatus.VISITASI_DIJADWALKAN, actor, null, when);
        events.publishEvent(new LksNotice("lks.notifikasi.visitasi-dijadwalkan", List.of(application.number(),
                application.organisationName(), when),
                Set.of(PositionType.PENGURUS_LKS.groupId(null, application.organisationCode())), "lks/saya"));
    }
}
