package id.musrenflow.calendar;

import id.musrenflow.base.AuditTrail;
import id.musrenflow.base.AuditTrail.AuditEntry;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.calendar.internal.HolidayStore;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Bappeda admin's list of public holidays per year (the SKB 3 Menteri each autumn, regional days off when the
 * city declares them). Every change names a reason and goes to the audit trail under the year it belongs to.
 */
@Service
public class HolidayService {

    static final String AUDIT_OBJECT = "HARI_LIBUR";
    static final int MAX_NAME = 150;
    static final int MAX_REASON = 500;

    private final HolidayStore store;
    private final WorkingCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    HolidayService(HolidayStore store, WorkingCalendar calendar, AuditTrail audit, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Holiday> holidays(int year) {
        return calendar.holidays(year);
    }

    public Map<Month, Integer> workingDaysPerMonth(int year) {
        return calendar.workingDaysPerMonth(year);
    }

    /** Who changed the year's holidays, when, what and why. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(int year) {
        return audit.of(AUDIT_OBJECT, String.valueOf(year));
    }

    /** Adds a holiday to the list of {@code year}, the year the admin is editing. */
    @Transactional
    public Holiday add(int year, HolidayDraft draft, String reason, AuthenticatedUser user) {
        allowed(user);
        HolidayDraft holiday = checked(year, draft, null);
        String why = reason(reason);
        try {
            store.insert(holiday, user.username(), LocalDateTime.now(clock));
        } catch (DuplicateKeyException sameDateMeanwhile) {
            throw duplicate(holiday);
        }
        changed(year, user, "TAMBAH", describe(holiday), why);
        return store.findByDate(holiday.date()).orElseThrow();
    }

    /** Changes a holiday within its year; refused when someone else changed or removed it since it was read. */
    @Transactional
    public Holiday update(Holiday existing, HolidayDraft changes, String reason, AuthenticatedUser user) {
        allowed(user);
        int year = existing.date().getYear();
        HolidayDraft holiday = checked(year, changes, existing.id());
        String why = reason(reason);
        boolean updated;
        try {
            updated = store.update(existing.id(), existing.version(), holiday, user.username(),
                    LocalDateTime.now(clock));
        } catch (DuplicateKeyException sameDateMeanwhile) {
            throw duplicate(holiday);
        }
        if (!updated) {
            throw new BusinessException("umum.error.konflik");
        }
        changed(year, user, "UBAH", describe(draftOf(existing)) + " menjadi " + describe(holiday), why);
        return store.find(existing.id()).orElseThrow();
    }

    @Transactional
    public void remove(Holiday existing, String reason, AuthenticatedUser user) {
        allowed(user);
        String why = reason(reason);
        if (!store.delete(existing.id(), existing.version())) {
            throw new BusinessException("umum.error.konflik");
        }
        changed(existing.date().getYear(), user, "HAPUS", describe(draftOf(existing)), why);
    }

    private static void allowed(AuthenticatedUser user) {
        if (!user.hasRole(PositionType.BAPPEDA_ADMIN) && !user.hasRole(PositionType.ADMIN_SISTEM)) {
            throw new BusinessException("kalender.error.bukan-untuk-anda");
        }
    }

    private HolidayDraft checked(int year, HolidayDraft draft, Long editedId) {
        if (draft.date() == null) {
            throw new BusinessException("kalender.error.tanggal-wajib");
        }
        if (draft.date().getYear() != year) {
            throw new BusinessException("kalender.error.di-luar-tahun", String.valueOf(year));
        }
        store.findByDate(draft.date()).filter(other -> !other.id().equals(editedId)).ifPresent(other -> {
            throw new BusinessException("kalender.error.tanggal-sudah-ada",
                    IndonesianDates.shortDate(other.date()), other.name());
        });
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            throw new BusinessException("kalender.error.nama-wajib");
        }
        if (name.length() > MAX_NAME) {
            throw new BusinessException("kalender.error.nama-terlalu-panjang", String.valueOf(MAX_NAME));
        }
        if (draft.kind() == null) {
            throw new BusinessException("kalender.error.jenis-wajib");
        }
        return new HolidayDraft(draft.date(), name, draft.kind());
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessException("umum.error.alasan-wajib");
        }
        if (why.length() > MAX_REASON) {
            throw new BusinessException("kalender.error.alasan-terlalu-panjang", String.valueOf(MAX_REASON));
        }
        return why;
    }

    /** Another admin stored the same date after our check; PostgreSQL has aborted the transaction, so no lookup. */
    private static BusinessException duplicate(HolidayDraft holiday) {
        return new BusinessException("kalender.error.tanggal-baru-ditambahkan",
                IndonesianDates.shortDate(holiday.date()));
    }

    private void changed(int year, AuthenticatedUser user, String action, String what, String why) {
        audit.record(user.username(), action, AUDIT_OBJECT, String.valueOf(year), what + ". Alasan: " + why);
        forgetAfterTransaction(year);
    }

    /** The calendar must not keep what this transaction wrote before it commits, nor after it rolled back. */
    private void forgetAfterTransaction(int year) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            calendar.forget(year);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                calendar.forget(year);
            }
        });
    }

    private static HolidayDraft draftOf(Holiday holiday) {
        return new HolidayDraft(holiday.date(), holiday.name(), holiday.kind());
    }

    private static String describe(HolidayDraft holiday) {
        return IndonesianDates.shortDate(holiday.date()) + " " + holiday.name() + " (" + holiday.kind() + ")";
    }
}
