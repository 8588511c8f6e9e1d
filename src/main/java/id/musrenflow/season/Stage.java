package id.musrenflow.season;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The windows of a season in the order the stages follow each other (domain.md §1). The default calendar is the one
 * domain.md describes (RW forums in January, kelurahan January–February, kecamatan February, forum perangkat daerah
 * and musrenbang kota by March/April); Bappeda sets the real dates every year.
 */
public enum Stage {
    USULAN(MonthDay.of(1, 2), MonthDay.of(1, 15)),
    REMBUK_RW(MonthDay.of(1, 5), MonthDay.of(1, 24)),
    PRA_MUSRENBANG_KELURAHAN(MonthDay.of(1, 12), MonthDay.of(1, 31)),
    MUSRENBANG_KELURAHAN(MonthDay.of(1, 19), MonthDay.of(2, 7)),
    VERIFIKASI_LAPANGAN(MonthDay.of(2, 2), MonthDay.of(2, 14)),
    MUSRENBANG_KECAMATAN(MonthDay.of(2, 9), MonthDay.of(2, 28)),
    FORUM_PERANGKAT_DAERAH(MonthDay.of(3, 2), MonthDay.of(3, 31)),
    MUSRENBANG_KOTA(MonthDay.of(4, 1), MonthDay.of(4, 30));

    private final MonthDay defaultStart;
    private final MonthDay defaultEnd;

    Stage(MonthDay defaultStart, MonthDay defaultEnd) {
        this.defaultStart = defaultStart;
        this.defaultEnd = defaultEnd;
    }

    /** The default window of this stage in the season of {@code planningYear} (held in the year before it). */
    public WindowDraft defaultWindow(int planningYear) {
        int year = planningYear - 1;
        return new WindowDraft(this, defaultStart.atYear(year), defaultEnd.atYear(year));
    }

    public String messageKey() {
        return "musim.tahap." + name();
    }

    /** The stage whose window must not close after this one's (the previous stage), or null for the first. */
    public Stage previous() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    static LocalDate firstDay(int planningYear) {
        return LocalDate.of(planningYear - 1, 1, 1);
    }

    static LocalDate lastDay(int planningYear) {
        return LocalDate.of(planningYear - 1, 12, 31);
    }
}
