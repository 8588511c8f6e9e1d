package id.musrenflow.proposal;

import id.musrenflow.proposal.internal.RegisterStore;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planners' read side of usulan: paged register rows, counts and costs per stage and group, map points, stage
 * durations from the status history, and a bounded-memory export. Every call is limited to a {@link ProposalReach}
 * that the caller derives from the reader's positions; nothing is read whole.
 */
@Service
@Transactional(readOnly = true)
public class ProposalRegister {

    private final RegisterStore store;
    private final Clock clock;

    ProposalRegister(RegisterStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<RegisterRow> page(RegisterFilter filter, ProposalReach reach, RegisterSort sort, boolean descending,
                                  int offset, int limit) {
        return store.page(filter, reach, sort == null ? RegisterSort.NUMBER : sort, descending, offset, limit, now());
    }

    public long count(RegisterFilter filter, ProposalReach reach) {
        return store.count(filter, reach, now());
    }

    /** The usulan is one the reader may see in planners' views (never a draft). */
    public boolean visible(long id, ProposalReach reach) {
        return store.visible(id, reach, now());
    }

    /** Drafts in the selection: counted for the funnel, never listed (they are the proposer's until submitted). */
    public long drafts(RegisterFilter filter, ProposalReach reach) {
        return store.drafts(filter, reach, now());
    }

    /** Count and cost per stage, and per group when {@code breakdown} is given (null: one group, key null). */
    public List<StageFigure> figures(RegisterFilter filter, ProposalReach reach, Breakdown breakdown) {
        return store.figures(filter, reach, breakdown, now());
    }

    public List<MapPoint> points(RegisterFilter filter, ProposalReach reach, int limit) {
        return store.points(filter, reach, limit, now());
    }

    /** Median and 90th percentile time per open stage (and group); the filter's stages are ignored. */
    public List<StageDuration> durations(RegisterFilter filter, ProposalReach reach, Breakdown breakdown) {
        return store.durations(filter, reach, breakdown, now());
    }

    /** Streams every selected usulan in number order to {@code sink}; returns how many. */
    public long export(RegisterFilter filter, ProposalReach reach, Consumer<ExportRow> sink) {
        return store.export(filter, reach, now(), sink);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
