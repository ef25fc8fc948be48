package io.github.influxauth.model;

/**
 * Which API a server lists its tokens through: InfluxDB v2's {@code /api/v2/authorizations}, or
 * InfluxDB 3's {@code system.tokens} table, read with SQL.
 */
public enum Api {
    V2,
    V3
}
