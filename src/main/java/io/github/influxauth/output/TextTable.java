package io.github.influxauth.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows of cells (already escaped) aligned by display width, two spaces apart, no trailing spaces. */
final class TextTable {

    private static final String GAP = "  ";

    private final String[] header;
    private final boolean headers;
    private final List<String[]> rows = new ArrayList<>();
    private final int[] widths;

    TextTable(String[] header, boolean headers) {
        this.header = header;
        this.headers = headers;
        this.widths = new int[header.length];
        if (headers) {
            measure(header);
        }
    }

    void add(String[] row) {
        measure(row);
        rows.add(row);
    }

    void print(PrintWriter out) {
        if (headers) {
            print(header, out);
        }
        for (String[] row : rows) {
            print(row, out);
        }
        out.flush();
    }

    private void measure(String[] row) {
        for (int i = 0; i < row.length; i++) {
            widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
        }
    }

    private void print(String[] row, PrintWriter out) {
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
