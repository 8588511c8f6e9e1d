package id.musrenflow.proposal;

import id.musrenflow.proposal.internal.CarryOverStore;
import id.musrenflow.proposal.internal.CarryOverStore.SeasonUsulan;
import id.musrenflow.proposal.internal.ProposalStore;
import id.musrenflow.proposal.process.UsulanProcessClient;
import id.musrenflow.proposal.process.ValidityTimer;
import id.musrenflow.season.SeasonClosed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The usulan's life across seasons (domain.md §1): when Bappeda closes a season, its usulan that are not funded are
 * locked (DIKUNCI) and ended; those still within their validity are carried into the next season as usulan ke-n,
 * a draft its proposer confirms (it re-enters the forum it had reached) or withdraws; when the validity passes
 * without funding, a timer sets KADALUARSA.
 */
@Service
public class CarryOverService {

    static final String SYSTEM = "sistem";
    /** Funded, or on the way to being carried out: the season's close leaves these alone. */
    private static final Set<ProposalStatus> FUNDED = EnumSet.of(ProposalStatus.DIDANAI_DANA_KELURAHAN,
            ProposalStatus.MASUK_RKPD, ProposalStatus.DIANGGARKAN, ProposalStatus.DALAM_PELAKSANAAN,
            ProposalStatus.SELESAI);
    private static final Set<ProposalStatus> FINISHED = EnumSet.of(ProposalStatus.DIKUNCI,
            ProposalStatus.KADALUARSA, ProposalStatus.DIBATALKAN);
    /** Rejected outright, or never submitted: locked, not carried. */
    private static final Set<ProposalStatus> NOT_CARRIED = EnumSet.of(ProposalStatus.DRAFT,
            ProposalStatus.DITOLAK_RW, ProposalStatus.DITOLAK_KELURAHAN, ProposalStatus.DITOLAK_OPD);
    /** Beyond the musrenbang kelurahan: carried back to the kecamatan forum. */
    private static final Set<ProposalStatus> PAST_KELURAHAN = EnumSet.of(ProposalStatus.DITERUSKAN_KECAMATAN,
            ProposalStatus.DISEPAKATI_MUSRENBANGCAM, ProposalStatus.DITOLAK_KECAMATAN, ProposalStatus.VERIFIKASI_OPD,
            ProposalStatus.DITERIMA_OPD, ProposalStatus.DISKUSI, ProposalStatus.DITANGGUHKAN,
            ProposalStatus.MASUK_RENJA, ProposalStatus.TIDAK_MASUK_RKPD, ProposalStatus.TIDAK_DIANGGARKAN);

    private final ProposalStore store;
    private final CarryOverStore carry;
    private final UsulanProcessClient process;
    private final ValidityTimer timers;
    private final Clock clock;

    CarryOverService(ProposalStore store, CarryOverStore carry, @Lazy UsulanProcessClient process,
                     @Lazy ValidityTimer timers, Clock clock) {
        this.store = store;
        this.carry = carry;
        this.process = process;
        this.timers = timers;
        this.clock = clock;
    }

    /** In the transaction that closes the season: every usulan of its year that is not funded is dealt with. */
    @EventListener
    @Transactional
    public void onSeasonClosed(SeasonClosed closed) {
        int next = closed.planningYear() + 1;
        for (SeasonUsulan usulan : carry.ofYear(closed.planningYear())) {
            if (FINISHED.contains(usulan.status()) || FUNDED.contains(usulan.status()) || usulan.fundedByKelurahan()) {
                continue;
            }
            if (usulan.processInstanceId() != null) {
                process.end(usulan.processInstanceId(), "Musim " + closed.planningYear() + " ditutup");
            }
            boolean carried = !NOT_CARRIED.contains(usulan.status()) && usulan.validUntil() != null
                    && usulan.validUntil().getYear() >= next;
            String copyNumber = carried ? carryOver(usulan, next, closed.actor()) : null;
            record(usulan.id(), usulan.status(), ProposalStatus.DIKUNCI, closed.actor(), "MUSIM_DITUTUP", copyNumber);
            if (!carried && usulan.validUntil() != null && !NOT_CARRIED.contains(usulan.status())) {
                timers.start(usulan.id(), usulan.number(), usulan.validUntil());
            }
        }
    }

    private String carryOver(SeasonUsulan usulan, int year, String actor) {
        String level = PAST_KELURAHAN.contains(usulan.status()) ? "KECAMATAN" : "KELURAHAN";
        int sequence = store.nextSequence(year, usulan.kelurahanCode());
        String number = String.format("U-%d-%s-%04d", year, usulan.kelurahanCode().replace(".", ""), sequence);
        long id = carry.copy(usulan.id(), number, year, level, LocalDateTime.now(clock));
        store.addHistory(id, new StatusChange(LocalDateTime.now(clock), actor, null, null, ProposalStatus.DRAFT,
                "DIBAWA_DARI", null, usulan.number()));
        timers.start(id, number, usulan.validUntil());
        return number;
    }

    /** The validity timer fired: an usulan still unfunded (and not withdrawn) expires. */
    @Transactional
    public void expire(long id) {
        ProposalSummary usulan = store.find(id).orElseThrow();
        if (FUNDED.contains(usulan.status()) || usulan.status() == ProposalStatus.KADALUARSA
                || usulan.status() == ProposalStatus.DIBATALKAN) {
            return;
        }
        carry.processInstance(id).ifPresent(instance -> process.end(instance, "Masa berlaku habis"));
        record(id, usulan.status(), ProposalStatus.KADALUARSA, SYSTEM, "MASA_BERLAKU_HABIS", null);
    }

    private void record(long id, ProposalStatus from, ProposalStatus to, String actor, String reasonCode, String note) {
        LocalDateTime now = LocalDateTime.now(clock);
        store.changeStatus(id, from, to, now);
        store.addHistory(id, new StatusChange(now, actor, null, from, to, reasonCode, null, note));
    }
}
