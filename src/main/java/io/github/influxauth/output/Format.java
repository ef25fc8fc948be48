package io.github.influxauth.output;

/** Output formats. Lower-case constants: they are what users type and what completion offers. */
public enum Format {
    table,
    json,
    ndjson,
    csv,
    detail
}
