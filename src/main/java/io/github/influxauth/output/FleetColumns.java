package io.github.influxauth.output;

import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.text.TerminalText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a several-server table and csv, each after a first CONFIG column. A table whose
 * servers all speak one API has that API's usual columns; a mixed one has columns both fill: the
 * v2 description or the v3 name, the v2 owner ({@code user@org}) or the v3 kind, and an expiry
 * ({@code never} for v2 tokens, which have none). The csv always has the same columns whichever
 * servers answered: the v2 ones, then InfluxDB 3's own.
 */
final class FleetColumns {

    /** One column: its header and its (escaped) cell. */
    record Column(String header, Function<Authorization, String> cell) {}

    static final String CSV_HEADER = "config," + CsvRenderer.HEADER + ",name,kind,expires,hash";
    /** Where the token is among the csv fields after the config. */
    static final int CSV_TOKEN = 7;

    private FleetColumns() {}

    /**
     * @param api           the one API of every server that answered, or null for several
     * @param tokenColumn   for a mixed table: whether some token has a value to show
     */
    static List<Column> table(Api api, RenderOptions options, boolean tokenColumn) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("ID", a -> esc(a.id())));
        if (api == Api.V3) {
            columns.add(new Column("NAME", a -> esc(a.name())));
            columns.add(new Column("KIND", FleetColumns::kind));
            columns.add(new Column("STATUS", a -> esc(a.status())));
        } else if (api == Api.V2) {
            columns.add(new Column("DESCRIPTION", a -> esc(a.description())));
            columns.add(new Column("STATUS", a -> esc(a.status())));
            columns.add(new Column("USER", a -> esc(a.user() != null ? a.user() : a.userID())));
            columns.add(new Column("ORG", a -> esc(a.org() != null ? a.org() : a.orgID())));
            columns.add(new Column("TOKEN", a -> Tokens.display(a.token(), options.showTokens())));
        } else {
            columns.add(new Column("DESCRIPTION", a -> esc(a.api() == Api.V3 ? a.name() : a.description())));
            columns.add(new Column("STATUS", a -> esc(a.status())));
            columns.add(new Column("OWNER", a -> a.api() == Api.V3 ? kind(a) : owner(a)));
            if (tokenColumn) {
                columns.add(new Column("TOKEN", a -> Tokens.display(a.token(), options.showTokens())));
            }
        }
        if (api != Api.V2) {
            columns.add(new Column("EXPIRES", a -> a.api() == Api.V3 ? V3Text.expires(a) : "never"));
        }
        columns.add(new Column(
                "PERMISSIONS",
                a -> esc(a.api() == Api.V3 ? PermissionText.v3Summary(a) : PermissionText.summary(a.permissions()))));
        return columns;
    }

    /** The csv fields after the config, raw (the token masked unless {@code showTokens}): the caller escapes and quotes them. */
    static String[] csv(Authorization a, boolean showTokens) {
        if (a.api() == Api.V3) {
            return new String[] {
                a.id(),
                a.description(),
                a.status(),
                null,
                null,
                null,
                null,
                null,
                a.createdAt(),
                a.updatedAt(),
                PermissionText.v3Strings(a),
                a.name(),
                a.kind() == null ? null : a.kind().name(),
                V3Text.expires(a),
                a.hash(),
            };
        }
        // The single-server row, then InfluxDB 3's four columns, which a v2 token leaves empty.
        return Arrays.copyOf(CsvRenderer.v2Fields(a, showTokens), CsvRenderer.HEADER.split(",").length + 4);
    }

    /** {@code user@org}, each by name when the server sent it, else by ID. */
    private static String owner(Authorization a) {
        String user = a.user() != null ? a.user() : a.userID();
        String org = a.org() != null ? a.org() : a.orgID();
        if (user == null || org == null) {
            return esc(user != null ? user : org);
        }
        return esc(user + "@" + org);
    }

    private static String kind(Authorization a) {
        return a.kind() == null ? "" : a.kind().name();
    }

    private static String esc(String text) {
        return TerminalText.escape(text);
    }
}
