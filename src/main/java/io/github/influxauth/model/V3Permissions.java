package io.github.influxauth.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code permissions} column of InfluxDB 3's {@code system.tokens}: one
 * {@code TYPE:NAMES:ACTIONS} string ({@code db:sensors,metrics:read,write}, {@code system:health:read},
 * {@code *:*:*}), or, as some Enterprise versions store several, a JSON array of them inside the
 * string. Each becomes one permission per name and action; {@code *} names mean every resource of
 * the type (no {@code id}). What does not read so is kept as text: shown as it is, never matched.
 */
public final class V3Permissions {

    /** The permissions read, and the pieces of text that could not be. */
    public record Parsed(List<Permission> permissions, List<String> unreadable) {}

    private V3Permissions() {}

    public static Parsed parse(String text) {
        List<Permission> permissions = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new Parsed(permissions, unreadable);
        }
        String s = text.strip();
        List<String> pieces = s.startsWith("[") ? arrayOfStrings(s) : List.of(s);
        if (pieces == null) {
            unreadable.add(text);
            return new Parsed(permissions, unreadable);
        }
        for (String piece : pieces) {
            if (!parseOne(piece, permissions)) {
                unreadable.add(piece);
            }
        }
        return new Parsed(permissions, unreadable);
    }

    /** Adds the permissions of one {@code TYPE:NAMES:ACTIONS}; false (adding nothing) when it is not one. */
    private static boolean parseOne(String piece, List<Permission> into) {
        String[] parts = piece.split(":", -1);
        if (parts.length != 3) {
            return false;
        }
        String type = parts[0];
        List<String> names = list(parts[1]);
        List<String> actions = list(parts[2]);
        if (!word(type)
                || names == null
                || actions == null
                // influxdb3 refuses "*" beside names; a row holding one was not written by it.
                || (names.size() > 1 && names.contains(Permission.ANY))
                || (actions.size() > 1 && actions.contains(Permission.ANY))) {
            return false;
        }
        for (String name : names) {
            // Databases are named, not numbered, in the permission: the name serves as the ID.
            String id = name.equals(Permission.ANY) ? null : name;
            for (String action : actions) {
                into.add(new Permission(action, new Resource(type, id, null, id, null)));
            }
        }
        return true;
    }

    /** The comma-separated words of {@code text}, or null when one is empty or not a word. */
    private static List<String> list(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split(",", -1)) {
            if (!word(w)) {
                return null;
            }
            words.add(w);
        }
        return words;
    }

    private static boolean word(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '"' || c == '[' || c == ']') {
                return false;
            }
        }
        return true;
    }

    /** The strings of a JSON array; null when the text is not an array of strings. */
    private static List<String> arrayOfStrings(String text) {
        try (JsonParser p = Factory.JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            List<String> strings = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.VALUE_STRING) {
                    return null;
                }
                strings.add(p.getText().strip());
            }
            return p.nextToken() == null ? strings : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Made on first use: most servers write no array. */
    private static final class Factory {
        static final JsonFactory JSON = new JsonFactory();
    }
}
