package io.github.influxauth.config;

import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.Origin;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations the way influx users write them: {@code 10s}, {@code 2m}, {@code 1m30s},
 * {@code 500ms}, and for expiries and ages {@code 7d} and {@code 2w}.
 */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|w|d|h|m|s)");

    private Durations() {}

    /** @throws ConfigFailure naming {@code origin} when the text is not a duration */
    public static Duration parse(String text, Origin origin) {
        String s = text.trim();
        try {
            if (s.matches("\\d+")) {
                return Duration.ofSeconds(Long.parseLong(s));
            }
            Matcher m = PART.matcher(s);
            Duration total = Duration.ZERO;
            int end = 0;
            while (m.find() && m.start() == end) {
                long n = Long.parseLong(m.group(1));
                total = total.plus(
                        switch (m.group(2)) {
                            case "w" -> Duration.ofDays(Math.multiplyExact(n, 7));
                            case "d" -> Duration.ofDays(n);
                            case "h" -> Duration.ofHours(n);
                            case "m" -> Duration.ofMinutes(n);
                            case "s" -> Duration.ofSeconds(n);
                            default -> Duration.ofMillis(n);
                        });
                end = m.end();
            }
            if (end != 0 && end == s.length()) {
                return total;
            }
        } catch (NumberFormatException | ArithmeticException tooLong) {
            // Digits beyond a long, or a sum beyond a Duration: not a duration anyone means.
        }
        throw ConfigFailure.of(ConfigFailure.Problem.NOT_A_DURATION, origin, text);
    }
}
