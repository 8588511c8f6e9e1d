package id.musrenflow.proposal;

import java.math.BigDecimal;
import java.util.List;

/**
 * An usulan awaiting a forum's decision. {@code rank} is its rank at this forum if one was stored before,
 * {@code previousRank} its rank one level down (RW for the kelurahan forum, kelurahan for the kecamatan forum).
 */
public record ForumItem(long id, String number, int year, String title, String kelurahanCode, String kelurahanName,
                        String rwCode, List<String> rtCodes, String opdCode, BigDecimal cost, ProposalStatus status,
                        Integer rank, Integer previousRank) {
}
