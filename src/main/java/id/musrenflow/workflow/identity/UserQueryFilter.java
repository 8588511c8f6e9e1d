package id.musrenflow.workflow.identity;

import id.musrenflow.identity.UserAccount;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/** The criteria of a Camunda user query, applied to Musrenflow accounts. */
record UserQueryFilter(String id, String[] ids, String firstName, String firstNameLike, String email,
                       String emailLike, String groupId) {

    boolean matches(UserAccount user, Supplier<Set<String>> groups) {
        return (id == null || id.equals(user.username()))
                && (ids == null || Arrays.asList(ids).contains(user.username()))
                && (firstName == null || firstName.equals(user.fullName()))
                && like(firstNameLike, user.fullName())
                && (email == null || email.equals(user.email()))
                && like(emailLike, user.email())
                && (groupId == null || groups.get().contains(groupId));
    }

    /** Camunda's LIKE with % wildcards, case-insensitive. */
    static boolean like(String pattern, String value) {
        if (pattern == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        String regex = Arrays.stream(pattern.toLowerCase(Locale.ROOT).split("%", -1))
                .map(java.util.regex.Pattern::quote).reduce((a, b) -> a + ".*" + b).orElse("");
        return value.toLowerCase(Locale.ROOT).matches(regex);
    }
}
