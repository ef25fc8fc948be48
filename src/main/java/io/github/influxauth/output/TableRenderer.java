package io.github.influxauth.output;

import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import io.github.influxauth.text.TerminalText;

/**
 * Columns aligned by display width, every cell escaped, tokens masked. The columns are those of the
 * server's API: an InfluxDB 3 token has a name, kind and expiry where a v2 one has a user and org.
 * TOKEN is left out when no token listed has a value to show (hashed tokens, Cloud). On a terminal
 * of known width, the columns of free text (description or name, user, org, permissions) are
 * shortened with {@code …}, the widest first, until the table fits; ID, status, the token and the
 * other short fixed columns never are.
 */
final class TableRenderer implements ListRenderer {

    private static final String[] V2_HEADER = {"ID", "DESCRIPTION", "STATUS", "USER", "ORG", "TOKEN", "PERMISSIONS"};
    private static final String[] V3_HEADER = {"ID", "NAME", "KIND", "STATUS", "EXPIRES", "PERMISSIONS"};
    private static final String GAP = "  ";
    private static final int V2_TOKEN = 5;
    /** The columns that may be shortened, by index: free text of any length. */
    private static final int[] V2_FREE = {1, 3, 4, 6};
    private static final int[] V3_FREE = {1, 5};
    /** Narrower than this, a shortened column says too little to be worth it. */
    private static final int NARROWEST = 6;

    private final PrintWriter out;
    private final RenderOptions options;
    private final Api api;
    private final String[] header;
    private List<String[]> rows = new ArrayList<>();
    private final int[] widths;
    private boolean anyToken;

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
        anyToken |= Tokens.isDisclosed(a.token());
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
        boolean[] shown = new boolean[header.length];
        Arrays.fill(shown, true);
        if (api != Api.V3 && !anyToken) {
            shown[V2_TOKEN] = false;
        }
        int[] fitted = fit(shown);
        if (options.headers()) {
            print(header, shown, fitted);
        }
        for (String[] row : rows) {
            print(row, shown, fitted);
        }
        out.flush();
    }

    /**
     * The width of each column on the terminal: the widest of the free-text columns loses a column
     * at a time until the table fits or all of them are at their narrowest.
     */
    private int[] fit(boolean[] shown) {
        int[] fitted = widths.clone();
        if (options.columns() <= 0) {
            return fitted;
        }
        int total = -GAP.length();
        for (int i = 0; i < fitted.length; i++) {
            total += shown[i] ? fitted[i] + GAP.length() : 0;
        }
        int[] free = api == Api.V3 ? V3_FREE : V2_FREE;
        while (total > options.columns()) {
            int widest = free[0];
            for (int column : free) {
                widest = fitted[column] > fitted[widest] ? column : widest;
            }
            if (fitted[widest] <= NARROWEST) {
                break;
            }
            fitted[widest]--;
            total--;
        }
        return fitted;
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

    private void print(String[] row, boolean[] shown, int[] fitted) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            if (!shown[i]) {
                continue;
            }
            String cell = DisplayWidth.truncate(row[i], fitted[i]);
            line.append(cell).append(" ".repeat(fitted[i] - DisplayWidth.of(cell))).append(GAP);
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        line.setLength(end);
        out.print(line.append('\n'));
    }
}
