package io.github.influxauth.filter;

import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** {@code --sort}: lower-case constants, as users type them. Missing values sort last. */
public enum SortKey {
    /** InfluxDB 3's token IDs are numbers: 9 before 10. */
    id(a -> a.api() == Api.V3 ? leftPadded(a.id()) : a.id()),
    /** An InfluxDB 3 token's name is its description. */
    description(a -> lowerCase(a.name() != null ? a.name() : a.description())),
    created(a -> instant(a.createdAt())),
    updated(a -> instant(a.updatedAt())),
    user(a -> a.user() != null ? a.user() : a.userID()),
    status(Authorization::status),
    /** Soonest first; tokens that never expire last. */
    expiry(Authorization::expiresAt);

    private final Comparator<Authorization> comparator;

    <T extends Comparable<? super T>> SortKey(Function<Authorization, T> key) {
        this.comparator = Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    public Comparator<Authorization> comparator() {
        return comparator;
    }

    /** A decimal ID (UInt64: at most 20 digits) padded so that text order is number order. */
    private static String leftPadded(String id) {
        return id.length() >= 20 ? id : "0".repeat(20 - id.length()) + id;
    }

    private static String lowerCase(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** RFC 3339 times compare as instants, not as text ("...11.9Z" is after "...11.90412Z"); unreadable ones sort last. */
    private static Instant instant(String time) {
        if (time == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
