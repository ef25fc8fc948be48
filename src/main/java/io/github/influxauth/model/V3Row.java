package io.github.influxauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.influxauth.JsonTrees;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A row of InfluxDB 3's {@code system.tokens}, as its JSON query output has it, made into the token
 * record the filters and renderers use. Null columns are left out of a row; timestamps carry no zone
 * (they are UTC) and a fraction only when it is not zero: {@code "2026-03-02T09:20:00"}.
 */
public final class V3Row {

    /** The operator token's name: one per server, never expires. */
    public static final String OPERATOR_NAME = "_admin";

    private V3Row() {}

    /**
     * @param now the moment that decides whether a token has expired
     * @throws IllegalArgumentException when the row is not a token row at all
     */
    public static Authorization toToken(JsonNode node, Instant now) {
        if (!(node instanceof ObjectNode row)) {
            throw new IllegalArgumentException("a row of system.tokens is not a JSON object");
        }
        String id = integer(row, "token_id", "a row of system.tokens");
        if (id == null) {
            throw new IllegalArgumentException("a row of system.tokens has no \"token_id\"");
        }
        String who = "token " + id;
        String name = text(row, "name", who);
        if (name == null) {
            throw new IllegalArgumentException(who + " has no \"name\"");
        }
        Instant created = time(row, "created_at", who);
        Instant updated = time(row, "updated_at", who);
        Instant expires = time(row, "expiry", who);
        V3Permissions.Parsed permissions = V3Permissions.parse(text(row, "permissions", who));
        TokenKind kind = name.equals(OPERATOR_NAME)
                ? TokenKind.operator
                : permissions.permissions().stream().anyMatch(Permission::isEverything)
                        ? TokenKind.admin
                        : TokenKind.resource;
        String status = expires != null && !expires.isAfter(now) ? "expired" : "active";
        return new Authorization(
                id,
                null,
                status,
                text(row, "description", who),
                null,
                null,
                null,
                null,
                created == null ? null : created.toString(),
                updated == null ? null : updated.toString(),
                permissions.permissions(),
                row,
                Api.V3,
                name,
                kind,
                integer(row, "created_by_token_id", who),
                integer(row, "updated_by_token_id", who),
                expires,
                text(row, "hash", who),
                permissions.unreadable());
    }

    /** A string column, or null when left out. Anything but a string means the row is not what the table holds. */
    private static String text(ObjectNode row, String column, String who) {
        JsonNode value = row.get(column);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(who + " has a \"" + column + "\" that is not a string");
        }
        return value.asText();
    }

    /** A UInt64 column as its decimal text (it may exceed a long), or null when left out. */
    private static String integer(ObjectNode row, String column, String who) {
        JsonNode value = row.get(column);
        if (value == null || value.isNull()) {
            return null;
        }
        String digits = value.isTextual() ? value.asText() : JsonTrees.numberText(value);
        if (digits == null || !digits.matches("\\d{1,20}")) {
            throw new IllegalArgumentException(who + " has a \"" + column + "\" that is not a whole number");
        }
        return digits;
    }

    /** A timestamp column: without a zone it is UTC (the server's way); with one, it is converted. */
    private static Instant time(ObjectNode row, String column, String who) {
        String text = text(row, column, who);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException noZoneless) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(who + " has a \"" + column + "\" that is not a time");
            }
        }
    }
}
