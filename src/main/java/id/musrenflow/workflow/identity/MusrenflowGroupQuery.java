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
        if (page != null) {
            groups = groups.skip(page.getFirstResult()).limit(page.getMaxResults());
        }
        return groups.toList();
    }
}
