package io.github.influxauth.config;

import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.ConfigFailure.Problem;
import io.github.influxauth.failure.Origin;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks a server URL as given and brings it to one form: scheme in lower case, no trailing slash. */
final class HostUrl {

    private HostUrl() {}

    static URI parse(String host, Origin origin) {
        URI uri;
        try {
            uri = new URI(host.strip());
        } catch (URISyntaxException e) {
            throw new ConfigFailure(Problem.HOST_NOT_URL, origin, null, host, e.getReason(), null);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw ConfigFailure.of(Problem.HOST_SCHEME, origin, host);
        }
        if (uri.getHost() == null) {
            throw ConfigFailure.of(Problem.HOST_NO_NAME, origin, host);
        }
        if (uri.getRawUserInfo() != null) {
            // It would be shown in every error message that names the URL; InfluxDB wants a token anyway.
            throw ConfigFailure.of(Problem.HOST_USER_INFO, origin, null);
        }
        if (uri.getPort() > 65535 || uri.getPort() == 0) {
            throw ConfigFailure.of(Problem.HOST_PORT, origin, host);
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw ConfigFailure.of(Problem.HOST_QUERY, origin, host);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        try {
            return new URI(scheme + "://" + uri.getRawAuthority() + path);
        } catch (URISyntaxException e) {
            throw new ConfigFailure(Problem.HOST_NOT_URL, origin, null, host, e.getReason(), null);
        }
    }
}
