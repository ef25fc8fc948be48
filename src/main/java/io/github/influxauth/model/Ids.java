package io.github.influxauth.model;

import java.util.regex.Pattern;

/** InfluxDB v2 IDs: 16 hexadecimal characters (authorizations, users, orgs, buckets). */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{16}");

    private Ids() {}

    public static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }
}
