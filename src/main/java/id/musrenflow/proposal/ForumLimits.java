package id.musrenflow.proposal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Caps on the priorities a forum may agree (musrenflow.forum.*), configurable per city and year; 0 = no cap.
 * Without configuration: at most 15 priorities per kelurahan (the example of domain guide §1), none per kecamatan.
 */
@ConfigurationProperties("musrenflow.forum")
public record ForumLimits(Integer maksPrioritasKelurahan, Integer maksPrioritasKecamatan) {

    public ForumLimits {
        maksPrioritasKelurahan = maksPrioritasKelurahan == null ? 15 : maksPrioritasKelurahan;
        maksPrioritasKecamatan = maksPrioritasKecamatan == null ? 0 : maksPrioritasKecamatan;
    }

    /** The cap on agreed priorities at this forum, 0 when unlimited. */
    public int cap(ForumLevel level) {
        return level == ForumLevel.KELURAHAN ? maksPrioritasKelurahan : maksPrioritasKecamatan;
    }
}
