package id.musrenflow.proposal.internal;

import id.musrenflow.base.BusinessException;
import id.musrenflow.proposal.ForumDecision;
import id.musrenflow.proposal.ForumItem;
import id.musrenflow.proposal.ForumLevel;
import id.musrenflow.proposal.ForumLimits;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a forum's list before anything moves: it covers exactly the agenda, agreed usulan are ranked 1..n without
 * gaps or ties and within the cap, and every non-agreement carries a reason code and a readable reason.
 */
@Component
public class ForumRules {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>|javascript:", Pattern.CASE_INSENSITIVE);
    private static final int MIN_REASON = 10;
    private static final int MAX_REASON = 1000;

    private final ForumLimits limits;

    ForumRules(ForumLimits limits) {
        this.limits = limits;
    }

    public void check(ForumLevel level, List<ForumItem> agenda, List<ForumDecision> decisions) {
        if (agenda.isEmpty()) {
            throw new BusinessException("forum.error.agenda-kosong");
        }
        Set<String> waiting = new HashSet<>(agenda.stream().map(ForumItem::number).toList());
        Set<String> decided = new HashSet<>();
        for (ForumDecision decision : decisions) {
            if (!waiting.contains(decision.number())) {
                throw new BusinessException("forum.error.tidak-menunggu", decision.number());
            }
            if (!decided.add(decision.number())) {
                throw new BusinessException("forum.error.diputuskan-dua-kali", decision.number());
            }
            checkOne(level, decision);
        }
        agenda.stream().map(ForumItem::number).filter(n -> !decided.contains(n)).findFirst().ifPresent(n -> {
            throw new BusinessException("forum.error.belum-diputuskan", n);
        });
        checkRanks(level, decisions);
    }

    private static void checkOne(ForumLevel level, ForumDecision d) {
        if (d.outcome() == null) {
            throw new BusinessException("forum.error.keputusan-wajib", d.number());
        }
        if (!d.outcome().allowedAt(level)) {
            throw new BusinessException("forum.error.keputusan-tidak-sah", d.number());
        }
        if (d.outcome().agreed()) {
            if (d.rank() == null || d.rank() < 1) {
                throw new BusinessException("forum.error.peringkat-wajib", d.number());
            }
            return;
        }
        if (d.reasonCode() == null) {
            throw new BusinessException("forum.error.kode-alasan-wajib", d.number());
        }
        String reason = d.reason() == null ? "" : d.reason().strip();
        if (reason.length() < MIN_REASON) {
            throw new BusinessException("forum.error.alasan-wajib", d.number(), MIN_REASON);
        }
        if (reason.length() > MAX_REASON) {
            throw new BusinessException("forum.error.alasan-panjang", d.number(), MAX_REASON);
        }
        if (MARKUP.matcher(reason).find()) {
            throw new BusinessException("forum.error.html", d.number());
        }
    }

    private void checkRanks(ForumLevel level, List<ForumDecision> decisions) {
        List<ForumDecision> agreed = decisions.stream().filter(d -> d.outcome().agreed()).toList();
        int cap = limits.cap(level);
        if (cap > 0 && agreed.size() > cap) {
            throw new BusinessException("forum.error.melebihi-batas", agreed.size(), cap);
        }
        Set<Integer> ranks = new HashSet<>();
        for (ForumDecision d : agreed) {
            if (!ranks.add(d.rank())) {
                throw new BusinessException("forum.error.peringkat-ganda", d.rank(), d.number());
            }
        }
        for (int rank = 1; rank <= agreed.size(); rank++) {
            if (!ranks.contains(rank)) {
                throw new BusinessException("forum.error.peringkat-berurutan", agreed.size(), rank);
            }
        }
    }
}
