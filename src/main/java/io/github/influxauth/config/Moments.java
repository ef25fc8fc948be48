package io.github.influxauth.config;

import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.Origin;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * A moment as {@code --created-before} and {@code --created-after} take it: an RFC 3339 time
 * ({@code 2026-01-31T12:00:00Z}), a date ({@code 2026-01-31}, midnight UTC), or an age ({@code 90d},
 * {@code 12h}, {@code 2w}) meaning that long before now.
 */
public final class Moments {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Moments() {}

    /** @throws IllegalArgumentException when the text is none of the three */
    public static Instant parse(String text, Instant now) {
        String s = text.strip();
        try {
            if (DATE.matcher(s).matches()) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (s.length() > 10 && DATE.matcher(s.substring(0, 10)).matches()) {
                // RFC 3339 allows a space for the T; a time without its offset would be a guess.
                return OffsetDateTime.parse(s.substring(0, 10) + "T" + s.substring(11))
                        .toInstant();
            }
            // A bare number is seconds to Durations: as an age it is more likely days meant without the unit.
            if (!s.matches("\\d+")) {
                Duration age = Durations.parse(s, Origin.DEFAULT);
                return now.minus(age);
            }
        } catch (DateTimeException | ArithmeticException | ConfigFailure e) {
            // Reported below, as one kind of mistake.
        }
        throw new IllegalArgumentException("not a time, a date or an age");
    }
}
