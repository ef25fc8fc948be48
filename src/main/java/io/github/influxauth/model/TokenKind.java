package io.github.influxauth.model;

/**
 * What an InfluxDB 3 token is, as its name and permissions tell: the server has no kind column.
 * Lower-case constants: they are printed as they are.
 */
public enum TokenKind {
    /** {@code _admin}: the one operator token, which never expires and cannot be deleted. */
    operator,
    /** Any other token holding {@code *:*:*}. */
    admin,
    /** An Enterprise token limited to some databases or system resources. */
    resource
}
