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
        if (page != null) {
            users = users.skip(page.getFirstResult()).limit(page.getMaxResults());
        }
        return users.toList();
    }
}
