package io.github.influxauth.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rows of cells (already escaped) aligned by display width, two spaces apart, no trailing spaces.
 * On a terminal of known width, the columns of free text are shortened with {@code …}, the widest
 * first, until the table fits; the others (IDs, statuses, tokens, times) never are.
 */
final class TextTable {

    private static final String GAP = "  ";
    /** The columns that may be shortened: text of any length, where the start says enough. */
    private static final Set<String> FREE = Set.of("DESCRIPTION", "NAME", "USER", "ORG", "OWNER", "PERMISSIONS", "WHY");
    /** Narrower than this, a shortened column says too little to be worth it. */
    private static final int NARROWEST = 6;

    private final String[] header;
    private final boolean headers;
    private final int terminalColumns;
    private List<String[]> rows = new ArrayList<>();
    private final int[] widths;

    /** @param terminalColumns the width to fit, or 0 to keep every cell whole */
    TextTable(String[] header, boolean headers, int terminalColumns) {
        this.header = header;
        this.headers = headers;
        this.terminalColumns = terminalColumns;
        this.widths = new int[header.length];
        if (headers) {
            measure(header);
        }
    }

    void add(String[] row) {
        measure(row);
        rows.add(row);
    }

    /** Drops what is held, so that memory that ran out can be had back. */
    void discard() {
        rows = List.of();
    }

    void print(PrintWriter out) {
        int[] fitted = fit();
        if (headers) {
            print(header, fitted, out);
        }
        for (String[] row : rows) {
            print(row, fitted, out);
        }
        out.flush();
    }

    private void measure(String[] row) {
        for (int i = 0; i < row.length; i++) {
            widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
        }
    }

    /** The widest of the free columns loses a column at a time until the table fits or all are at their narrowest. */
    private int[] fit() {
        int[] fitted = widths.clone();
        if (terminalColumns <= 0) {
            return fitted;
        }
        int total = -GAP.length();
        for (int width : fitted) {
            total += width + GAP.length();
        }
        while (total > terminalColumns) {
            int widest = -1;
            for (int i = 0; i < header.length; i++) {
                if (FREE.contains(header[i]) && (widest < 0 || fitted[i] > fitted[widest])) {
                    widest = i;
                }
            }
            if (widest < 0 || fitted[widest] <= NARROWEST) {
                break;
            }
            fitted[widest]--;
            total--;
        }
        return fitted;
    }

    private static void print(String[] row, int[] fitted, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            String cell = DisplayWidth.truncate(row[i], fitted[i]);
            line.append(cell)
                    .append(" ".repeat(fitted[i] - DisplayWidth.of(cell)))
                    .append(GAP);
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        line.setLength(end);
        out.print(line.append('\n'));
    }
}
