package io.github.influxauth.config;

import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.Origin;
import java.util.Locale;

/**
 * Which API to speak to the server: find out ({@code auto}: the v2 request first, the InfluxDB 3
 * query when the answer is InfluxDB 3's), or only one of them.
 *
 * @param origin where the choice came from: an option, a variable, {@code INFLUXDB3_HOST_URL} (which
 *               implies v3), or the default
 */
public record ApiChoice(Kind kind, Origin origin) {

    public enum Kind {
        AUTO,
        V2,
        V3
    }

    public static final ApiChoice DEFAULT = new ApiChoice(Kind.AUTO, Origin.DEFAULT);

    /** {@code auto}, {@code v2} or {@code v3}, in any case. */
    static ApiChoice parse(String text, Origin origin) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> new ApiChoice(Kind.AUTO, origin);
            case "v2" -> new ApiChoice(Kind.V2, origin);
            case "v3" -> new ApiChoice(Kind.V3, origin);
            default -> throw ConfigFailure.of(ConfigFailure.Problem.NOT_AN_API, origin, text);
        };
    }
}
