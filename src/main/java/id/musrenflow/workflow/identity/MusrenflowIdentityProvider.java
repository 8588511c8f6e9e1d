package id.musrenflow.workflow.identity;

import id.musrenflow.identity.UserService;
import id.musrenflow.identity.UserAccount;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda reads users and groups from Musrenflow: a group is a position in a territory ({@code lurah:33.75.01.1002}),
 * its members are whoever holds that position today. Passwords are never checked here: Spring Security signs in.
 */
class MusrenflowIdentityProvider implements ReadOnlyIdentityProvider {

    private final UserService identity;

    MusrenflowIdentityProvider(UserService identity) {
        this.identity = identity;
    }

    Stream<User> users(UserQueryFilter filter) {
        return identity.users().stream()
                .filter(UserAccount::active)
                .filter(u -> filter.matches(u, () -> UserService.groupsOf(
                        UserService.activeOn(u.positions(), identity.today()))))
                .map(MusrenflowIdentityProvider::toUser)
                .sorted(Comparator.comparing(User::getId));
    }

    Stream<Group> groups(GroupQueryFilter filter) {
        Set<String> candidates = filter.userId() != null ? identity.groupsOf(filter.userId()) : identity.allGroups();
        return candidates.stream().filter(filter::matches).sorted().map(MusrenflowIdentityProvider::toGroup);
    }

    static User toUser(UserAccount account) {
        UserEntity user = new UserEntity(account.username());
        user.setFirstName(account.fullName());
        user.setLastName("");
        user.setEmail(account.email());
        return user;
    }

    static Group toGroup(String groupId) {
        GroupEntity group = new GroupEntity(groupId);
        group.setName(groupId);
        int colon = groupId.indexOf(':');
        group.setType(colon < 0 ? "SYSTEM" : groupId.substring(0, colon));
        return group;
    }

    @Override
    public User findUserById(String userId) {
        return identity.findUser(userId).filter(UserAccount::active).map(MusrenflowIdentityProvider::toUser).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new MusrenflowUserQuery(this);
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new MusrenflowUserQuery(this);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new IdentityProviderException("Native user queries are not supported by the Musrenflow identity provider");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return false;
    }

    @Override
    public Group findGroupById(String groupId) {
        return identity.allGroups().contains(groupId) ? toGroup(groupId) : null;
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new MusrenflowGroupQuery(this);
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new MusrenflowGroupQuery(this);
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery();
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {
        // read-only: nothing to write
    }

    @Override
    public void close() {
        // no resources held
    }
}
