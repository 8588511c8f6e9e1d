package id.musrenflow.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

class MusrenflowUserQuery extends UserQueryImpl {

    private final transient MusrenflowIdentityProvider provider;

    MusrenflowUserQuery(MusrenflowIdentityProvider provider) {
        this.provider = provider;
    }

    private UserQueryFilter filter() {
        return new UserQueryFilter(id, ids, firstName, firstNameLike, email, emailLike, groupId);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return provider.users(filter()).count();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        var users = provider.users(filter());
        // the engine passes paging either as a Page or in the query's own first/max result fields
        int first = page != null ? page.getFirstResult() : getFirstResult();
        int max = page != null ? page.getMaxResults() : getMaxResults();
        users = users.skip(Math.max(first, 0)).limit(max < 0 ? Long.MAX_VALUE : max);
        return users.toList();
    }
}
