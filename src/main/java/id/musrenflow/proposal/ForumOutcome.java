package id.musrenflow.proposal;

import java.util.Arrays;
import java.util.List;

/** A forum's decision on one usulan; the names are the values of the process variable keputusanForum. */
public enum ForumOutcome {
    DANA_KELURAHAN(ForumLevel.KELURAHAN),
    KECAMATAN(ForumLevel.KELURAHAN),
    KEDUANYA(ForumLevel.KELURAHAN),
    DISEPAKATI(ForumLevel.KECAMATAN),
    /** Not agreed: stays on record with a reason code and text. */
    TIDAK_DISEPAKATI(null);

    private final ForumLevel level;

    ForumOutcome(ForumLevel level) {
        this.level = level;
    }

    public boolean agreed() {
        return this != TIDAK_DISEPAKATI;
    }

    public boolean allowedAt(ForumLevel forum) {
        return level == null || level == forum;
    }

    /** Paid from the kelurahan's own fund (possibly also sent on to the kecamatan). */
    public boolean fundedByKelurahan() {
        return this == DANA_KELURAHAN || this == KEDUANYA;
    }

    public static List<ForumOutcome> at(ForumLevel forum) {
        return Arrays.stream(values()).filter(o -> o.allowedAt(forum)).toList();
    }
}
