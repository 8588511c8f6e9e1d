package id.musrenflow.workflow.identity;

import java.util.Arrays;

/** The criteria of a Camunda group query; group names equal their ids. */
record GroupQueryFilter(String id, String[] ids, String name, String nameLike, String type, String userId) {

    boolean matches(String groupId) {
        return (id == null || id.equals(groupId))
                && (ids == null || Arrays.asList(ids).contains(groupId))
                && (name == null || name.equals(groupId))
                && UserQueryFilter.like(nameLike, groupId)
                && (type == null || groupId.startsWith(type + ":") || groupId.equals(type));
    }
}
