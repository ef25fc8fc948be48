package io.github.influxauth.filter;

import java.util.List;

/**
 * What {@code --can} had to assume about its resource, for the command to say in one note.
 *
 * @param orgs   the orgs of the buckets found, by name where it could be learnt ({@code AMBIGUOUS}); else empty
 * @param status the HTTP status of the failed look-up ({@code LOOKUP_FAILED}); else 0
 */
public record CanNote(Kind kind, CanQuery query, List<String> orgs, int status) {

    public enum Kind {
        /** Buckets of that name exist in several orgs: tokens that can act on any of them are listed. */
        AMBIGUOUS,
        /** The bucket look-up failed: permissions are matched by what was given. */
        LOOKUP_FAILED,
        /** Resources of this type are not looked up: permissions are matched by what was given. */
        NOT_LOOKED_UP,
    }

    public CanNote {
        orgs = List.copyOf(orgs);
    }
}
