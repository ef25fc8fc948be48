package io.github.influxauth.api;

import io.github.influxauth.failure.BadResponse;
import io.github.influxauth.failure.BadResponse.Kind;
import okhttp3.HttpUrl;

/** Where a listing's {@code links.next} leads, and whether the token may be sent there. */
final class NextLinks {

    private NextLinks() {}

    /**
     * Resolves a {@code links.next} against the base URL. Servers write it from their own root
     * ({@code /api/v2/...}), so behind a path prefix the prefix is put back. A link to another
     * origin is refused: following it would send the token there. So is one that leads out of the
     * path prefix once resolved ({@code /influx/../admin}): behind a reverse proxy, another path
     * may be another server.
     */
    static HttpUrl resolve(HttpUrl base, HttpUrl current, String link) {
        HttpUrl resolved;
        if (link.startsWith("/") && !link.startsWith("//")) {
            String prefix = base.encodedPath().equals("/") ? "" : base.encodedPath();
            String path = !prefix.isEmpty() && link.startsWith(prefix + "/") ? link : prefix + link;
            resolved = base.resolve(path);
        } else {
            resolved = current.resolve(link);
        }
        if (resolved == null) {
            throw BadResponse.of(Kind.NEXT_LINK_NOT_URL, current.toString(), null);
        }
        if (!resolved.scheme().equals(base.scheme())
                || !resolved.host().equals(base.host())
                || resolved.port() != base.port()) {
            throw BadResponse.of(
                    Kind.NEXT_LINK_FOREIGN,
                    current.toString(),
                    resolved.scheme() + "://" + resolved.host() + ":" + resolved.port());
        }
        String prefix = base.encodedPath().endsWith("/")
                ? base.encodedPath().substring(0, base.encodedPath().length() - 1)
                : base.encodedPath();
        String path = resolved.encodedPath();
        if (!prefix.isEmpty() && !path.equals(prefix) && !path.startsWith(prefix + "/")) {
            throw BadResponse.of(Kind.NEXT_LINK_OUTSIDE, current.toString(), path);
        }
        return resolved;
    }
}
