package io.github.influxauth.filter;

import java.util.List;

/**
 * What {@code --can} had to assume about its resource, for the command to say in one note.
 *
 * @param orgs       the orgs of the buckets found ({@code AMBIGUOUS}); else empty
 * @param status     the HTTP status of the failed look-up ({@code LOOKUP_FAILED}); else 0
 * @param assumedOrg the org whose org-wide permissions count (a name or an ID), or null for every org
 */
public record CanNote(Kind kind, CanQuery query, List<String> orgs, int status, String assumedOrg) {

    public enum Kind {
        /** Buckets of that name exist in several orgs: tokens that can act on any of them are listed. */
        AMBIGUOUS,
        /** No bucket has that name: permissions are matched by name. */
        NO_SUCH_NAME,
        /** The bucket look-up failed: permissions are matched by what was given. */
        LOOKUP_FAILED,
        /** Resources of this type are not looked up: permissions are matched by what was given. */
        NOT_LOOKED_UP,
    }

    public CanNote {
        orgs = List.copyOf(orgs);
    }
}
