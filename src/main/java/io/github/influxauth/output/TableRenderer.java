package io.github.influxauth.output;

import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.text.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Columns aligned by display width, every cell escaped, tokens masked, fitted to the terminal (see
 * {@link TextTable}). The columns are those of the server's API: an InfluxDB 3 token has a name,
 * kind and expiry where a v2 one has a user and org. TOKEN is left out when no token listed has a
 * value to show (hashed tokens, Cloud).
 */
final class TableRenderer implements ListRenderer {

    private static final String[] V2_HEADER = {"ID", "DESCRIPTION", "STATUS", "USER", "ORG", "TOKEN", "PERMISSIONS"};
    private static final String[] V3_HEADER = {"ID", "NAME", "KIND", "STATUS", "EXPIRES", "PERMISSIONS"};
    private static final int V2_TOKEN = 5;

    private final PrintWriter out;
    private final RenderOptions options;
    private final Api api;
    private List<String[]> rows = new ArrayList<>();
    private boolean anyToken;

    TableRenderer(PrintWriter out, RenderOptions options, Api api) {
        this.out = out;
        this.options = options;
        this.api = api;
    }

    @Override
    public void add(Authorization a) {
        anyToken |= Tokens.isDisclosed(a.token());
        rows.add(api == Api.V3 ? v3Row(a) : v2Row(a));
    }

    private String[] v2Row(Authorization a) {
        return new String[] {
            TerminalText.escape(a.id()),
            TerminalText.escape(a.description()),
            TerminalText.escape(a.status()),
            TerminalText.escape(a.user() != null ? a.user() : a.userID()),
            TerminalText.escape(a.org() != null ? a.org() : a.orgID()),
            Tokens.display(a.token(), options.showTokens()),
            TerminalText.escape(PermissionText.summary(a.permissions())),
        };
    }

    private static String[] v3Row(Authorization a) {
        return new String[] {
            TerminalText.escape(a.id()),
            TerminalText.escape(a.name()),
            a.kind() == null ? "" : a.kind().name(),
            TerminalText.escape(a.status()),
            V3Text.expires(a),
            TerminalText.escape(PermissionText.v3Summary(a)),
        };
    }

    @Override
    public void finish() {
        boolean dropToken = api != Api.V3 && !anyToken;
        TextTable table = new TextTable(
                shown(api == Api.V3 ? V3_HEADER : V2_HEADER, dropToken), options.headers(), options.columns());
        for (String[] row : rows) {
            table.add(shown(row, dropToken));
        }
        table.print(out);
    }

    @Override
    public void discard() {
        rows = List.of();
    }

    private static String[] shown(String[] cells, boolean dropToken) {
        if (!dropToken) {
            return cells;
        }
        String[] shown = Arrays.copyOf(cells, cells.length - 1);
        System.arraycopy(cells, V2_TOKEN + 1, shown, V2_TOKEN, cells.length - V2_TOKEN - 1);
        return shown;
    }
}
