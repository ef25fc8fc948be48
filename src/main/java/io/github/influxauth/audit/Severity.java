package io.github.influxauth.audit;

/** How much a finding matters, least first. Lower-case constants: they are what users type ({@code --fail-on high}). */
public enum Severity {
    low,
    medium,
    high,
    critical;

    /** Whether this is {@code other} or more severe. */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
