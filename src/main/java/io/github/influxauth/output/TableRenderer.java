package io.github.influxauth.output;

import io.github.influxauth.model.Authorization;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import io.github.influxauth.text.TerminalText;

/** Columns aligned by display width, every cell escaped, tokens masked. */
final class TableRenderer implements ListRenderer {

    private static final String[] HEADER = {"ID", "DESCRIPTION", "STATUS", "USER", "ORG", "TOKEN", "PERMISSIONS"};
    private static final String GAP = "  ";

    private final PrintWriter out;
    private final RenderOptions options;
    private List<String[]> rows = new ArrayList<>();
    private final int[] widths = new int[HEADER.length];

    TableRenderer(PrintWriter out, RenderOptions options) {
        this.out = out;
        this.options = options;
        if (options.headers()) {
            measure(HEADER);
        }
    }

    @Override
    public void add(Authorization a) {
        String[] row = {
            TerminalText.escape(a.id()),
            TerminalText.escape(a.description()),
            TerminalText.escape(a.status()),
            TerminalText.escape(a.user() != null ? a.user() : a.userID()),
            TerminalText.escape(a.org() != null ? a.org() : a.orgID()),
            Tokens.display(a.token(), options.showTokens()),
            TerminalText.escape(PermissionText.summary(a.permissions())),
        };
        measure(row);
        rows.add(row);
    }

    @Override
    public void finish() {
        if (options.headers()) {
            print(HEADER);
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
