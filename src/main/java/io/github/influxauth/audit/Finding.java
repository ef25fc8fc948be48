package io.github.influxauth.audit;

import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import java.time.Instant;
import java.util.List;

/**
 * One rule that one token breaks, with the facts that make it so, for the words of the why
 * column (which {@code cli} writes).
 *
 * @param config      the config the token came from; null for a single server
 * @param permissions the permissions that break the rule (can-create-tokens, write-all-buckets); else empty
 * @param ids         the org of an all-access token, the buckets missing; else empty
 * @param when        the expiry (expiring-soon, expired) or the creation time (older-than); else null
 */
public record Finding(
        Rule rule, String config, Authorization token, List<Permission> permissions, List<String> ids, Instant when) {

    public Finding {
        permissions = List.copyOf(permissions);
        ids = List.copyOf(ids);
    }

    public Severity severity() {
        return rule.severity();
    }
}
