package id.musrenflow.proposal;

import id.musrenflow.proposal.internal.DuplicateFinder;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duplicate detection for verifiers (domain guide §1, pra-musrenbang): same catalogue item within
 * musrenflow.usulan.duplikat-radius-meter in this or an earlier year, or an earlier usulan of the same item in the
 * same RT still within its validity.
 */
@Service
@Transactional(readOnly = true)
public class DuplicateService {

    private final DuplicateFinder finder;

    DuplicateService(DuplicateFinder finder) {
        this.finder = finder;
    }

    /** Other usulan that may be the same as this one, nearest first; empty for usulan langsung (no catalogue). */
    public List<PossibleDuplicate> possibleDuplicates(long proposalId) {
        return finder.find(proposalId);
    }
}
