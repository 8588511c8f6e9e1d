package id.musrenflow.proposal;

import id.musrenflow.base.BusinessException;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.Rupiah;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.proposal.internal.PhotoRules;
import id.musrenflow.proposal.internal.ProposalStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An usulan's life after the RKPD: the final OPD's budget (DPA), start and completion with realisation and photos
 * of the result, or its carry-over when it is left unfunded. The process calls the record methods inside the
 * engine's step, before the status moves, so a refused value rolls the step back.
 */
@Service
@Transactional(readOnly = true)
public class ProposalExecutionService {

    private final ProposalStore store;
    private final PhotoRules photos;
    private final UserService users;
    private final ProposalLimits limits;
    private final Clock clock;

    ProposalExecutionService(ProposalStore store, PhotoRules photos, UserService users, ProposalLimits limits,
                             Clock clock) {
        this.store = store;
        this.photos = photos;
        this.users = users;
        this.limits = limits;
        this.clock = clock;
    }

    /** The budget document, its date and amount; the usulan must be waiting for its budget (MASUK_RKPD). */
    @Transactional
    public void recordBudget(long id, String reference, LocalDate documentDate, BigDecimal amount) {
        requireStatus(id, ProposalStatus.MASUK_RKPD);
        if (reference == null || reference.isBlank()) {
            throw new BusinessException("usulan.pelaksanaan.error.nomor-dpa-wajib");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new BusinessException("usulan.pelaksanaan.error.anggaran-positif");
        }
        wholeRupiah(amount);
        notInTheFuture(documentDate, "usulan.pelaksanaan.error.tanggal-dpa-wajib");
        store.setBudget(id, reference.strip(), documentDate, amount);
    }

    /** The day the work started: not before the budget document. */
    @Transactional
    public void recordStart(long id, LocalDate start) {
        requireStatus(id, ProposalStatus.DIANGGARKAN);
        notInTheFuture(start, "usulan.pelaksanaan.error.tanggal-mulai-wajib");
        ProposalExecution execution = store.execution(id);
        if (start.isBefore(execution.budgetDate())) {
            throw new BusinessException("usulan.pelaksanaan.error.mulai-sebelum-anggaran",
                    IndonesianDates.shortDate(execution.budgetDate()));
        }
        store.setStart(id, start);
    }

    /**
     * The day the work was finished and what it cost, once a photo of the result is attached. Spending above the
     * budget needs a reason (a budget change, DPPA, is the usual one) that the proposer will read.
     */
    @Transactional
    public void recordCompletion(long id, LocalDate completed, BigDecimal realisation, String reason) {
        requireStatus(id, ProposalStatus.DALAM_PELAKSANAAN);
        notInTheFuture(completed, "usulan.pelaksanaan.error.tanggal-selesai-wajib");
        ProposalExecution execution = store.execution(id);
        if (completed.isBefore(execution.startDate())) {
            throw new BusinessException("usulan.pelaksanaan.error.selesai-sebelum-mulai",
                    IndonesianDates.shortDate(execution.startDate()));
        }
        if (realisation == null || realisation.signum() < 0) {
            throw new BusinessException("usulan.pelaksanaan.error.realisasi-negatif");
        }
        wholeRupiah(realisation);
        if (realisation.compareTo(execution.budgetAmount()) > 0 && (reason == null || reason.isBlank())) {
            throw new BusinessException("usulan.pelaksanaan.error.realisasi-melebihi-anggaran",
                    Rupiah.format(realisation), Rupiah.format(execution.budgetAmount()));
        }
        if (store.photoCount(id, AttachmentType.HASIL.name()) == 0) {
            throw new BusinessException("usulan.pelaksanaan.error.foto-hasil-wajib");
        }
        store.setCompletion(id, completed, realisation);
    }

    /**
     * Left out of the RKPD or of the budget: it stays valid (masa berlaku, set when it was submitted) and is carried
     * into the next season when this one closes. An usulan submitted before validity was recorded gets it now.
     */
    @Transactional
    public void carryOver(long id) {
        ProposalSummary usulan = store.find(id).orElseThrow();
        if (store.execution(id).validUntil() == null) {
            store.setValidUntil(id, limits.validUntil(usulan.year()));
        }
    }

    /** Whether this user may add photos of the result now: a verifier of the usulan's final OPD, while it runs. */
    public boolean mayAddResultPhoto(long id, AuthenticatedUser user) {
        return store.find(id).filter(u -> u.status() == ProposalStatus.DALAM_PELAKSANAAN)
                .filter(u -> verifiesFor(user.username(), u.targetOpd())).isPresent();
    }

    /** A photo of the finished work (JPEG/PNG, checked like every usulan photo), by the final OPD's verifier. */
    @Transactional
    public void addResultPhoto(long id, String fileName, byte[] content, String actor) {
        ProposalSummary usulan = store.find(id).orElseThrow(() -> new BusinessException("usulan.error.tidak-ditemukan"));
        if (!verifiesFor(actor, usulan.targetOpd())) {
            throw new BusinessException("usulan.pelaksanaan.error.bukan-opd-akhir");
        }
        if (usulan.status() != ProposalStatus.DALAM_PELAKSANAAN) {
            throw new BusinessException("usulan.pelaksanaan.error.belum-dilaksanakan");
        }
        PhotoRules.Photo photo = photos.check(fileName, content);
        store.addAttachment(id, AttachmentType.HASIL.name(), photo.fileName(), photo.contentType(), photo.content(),
                photo.thumbnail(), actor, LocalDateTime.now(clock));
    }

    private boolean verifiesFor(String actor, String opdCode) {
        return opdCode != null && users.activePositions(actor).stream()
                .anyMatch(p -> p.type() == PositionType.VERIFIKATOR_OPD && opdCode.equals(p.organisationCode()));
    }

    private void requireStatus(long id, ProposalStatus expected) {
        ProposalSummary usulan = store.find(id).orElseThrow(() -> new BusinessException("usulan.error.tidak-ditemukan"));
        if (usulan.status() != expected) {
            throw new BusinessException("usulan.pelaksanaan.error.status-tidak-sesuai", usulan.number());
        }
    }

    private static void wholeRupiah(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 0) {
            throw new BusinessException("usulan.pelaksanaan.error.rupiah-bulat");
        }
    }

    private void notInTheFuture(LocalDate date, String missingKey) {
        if (date == null) {
            throw new BusinessException(missingKey);
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new BusinessException("usulan.pelaksanaan.error.tanggal-masa-depan",
                    IndonesianDates.shortDate(date));
        }
    }
}
