package id.musrenflow.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

class MusrenflowGroupQuery extends GroupQueryImpl {

    private final transient MusrenflowIdentityProvider provider;

    MusrenflowGroupQuery(MusrenflowIdentityProvider provider) {
        this.provider = provider;
    }

    private GroupQueryFilter filter() {
        return new GroupQueryFilter(id, ids, name, nameLike, type, userId);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return provider.groups(filter()).count();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        var groups = provider.groups(filter());
        // the engine passes paging either as a Page or in the query's own first/max result fields
        int first = page != null ? page.getFirstResult() : getFirstResult();
        int max = page != null ? page.getMaxResults() : getMaxResults();
        groups = groups.skip(Math.max(first, 0)).limit(max < 0 ? Long.MAX_VALUE : max);
        return groups.toList();
    }
}
