package io.github.influxauth.output;

import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import io.github.influxauth.text.TerminalText;

/**
 * Columns aligned by display width, every cell escaped, tokens masked. The columns are those of the
 * server's API: an InfluxDB 3 token has a name, kind and expiry where a v2 one has a user and org.
 */
final class TableRenderer implements ListRenderer {

    private static final String[] V2_HEADER = {"ID", "DESCRIPTION", "STATUS", "USER", "ORG", "TOKEN", "PERMISSIONS"};
    private static final String[] V3_HEADER = {"ID", "NAME", "KIND", "STATUS", "EXPIRES", "PERMISSIONS"};
    private static final String GAP = "  ";

    private final PrintWriter out;
    private final RenderOptions options;
    private final Api api;
    private final String[] header;
    private List<String[]> rows = new ArrayList<>();
    private final int[] widths;

    TableRenderer(PrintWriter out, RenderOptions options, Api api) {
        this.out = out;
        this.options = options;
        this.api = api;
        this.header = api == Api.V3 ? V3_HEADER : V2_HEADER;
        this.widths = new int[header.length];
        if (options.headers()) {
            measure(header);
        }
    }

    @Override
    public void add(Authorization a) {
        String[] row = api == Api.V3 ? v3Row(a) : v2Row(a);
        measure(row);
        rows.add(row);
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
        if (options.headers()) {
            print(header);
        }
        for (String[] row : rows) {
            print(row);
        }
        out.flush();
    }

    @Override
    public void discard() {
        rows = List.of();
    }

    private void measure(String[] row) {
        for (int i = 0; i < row.length; i++) {
            widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
        }
    }

    private void print(String[] row) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            line.append(row[i]);
            if (i < row.length - 1) {
                line.append(" ".repeat(widths[i] - DisplayWidth.of(row[i]))).append(GAP);
            }
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        line.setLength(end);
        out.print(line.append('\n'));
    }
}
