package io.github.influxauth.failure;

import java.time.Duration;

/** The time limit of a command and where it was set; {@link Duration#ZERO} means none. */
public record Timeout(Duration limit, Origin origin) {}
