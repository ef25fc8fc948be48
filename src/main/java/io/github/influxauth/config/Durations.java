package io.github.influxauth.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations the way influx users write them: {@code 10s}, {@code 2m}, {@code 1m30s}, {@code 500ms}. */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

    private Durations() {}

    /** @throws ConfigException naming {@code source} when the text is not a duration */
    public static Duration parse(String text, String source) {
        String s = text.trim();
        if (s.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(s));
        }
        Matcher m = PART.matcher(s);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long n;
            try {
                n = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                break;
            }
            try {
                total = total.plus(switch (m.group(2)) {
                    case "h" -> Duration.ofHours(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "s" -> Duration.ofSeconds(n);
                    default -> Duration.ofMillis(n);
                });
            } catch (ArithmeticException tooLong) {
                break;
            }
            end = m.end();
        }
        if (end == 0 || end != s.length()) {
            throw new ConfigException(source + " must be a duration such as 30s, 2m or 1m30s, not \"" + text + "\"");
        }
        return total;
    }
}
