package io.github.influxauth.output;

import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import io.github.influxauth.text.TerminalText;

/**
 * RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma or a quote), one
 * authorization a row as it arrives. Control characters are escaped like in the table, so a row is
 * always one line.
 */
final class CsvRenderer implements ListRenderer {

    static final String HEADER = "id,description,status,user,userID,org,orgID,token,createdAt,updatedAt,permissions";

    private final PrintWriter out;
    private boolean headerDue;

    CsvRenderer(PrintWriter out, RenderOptions options) {
        this.out = out;
        this.headerDue = options.headers();
    }

    /** The header waits for the first row or the end, so that a listing that fails at once prints nothing. */
    private void header() {
        if (headerDue) {
            out.print(HEADER + "\r\n");
            headerDue = false;
        }
    }

    @Override
    public void add(Authorization a) {
        header();
        List<String> perms = new ArrayList<>(a.permissions().size());
        for (Permission p : a.permissions()) {
            perms.add(p.influxString());
        }
        String[] fields = {
            a.id(), a.description(), a.status(), a.user(), a.userID(), a.org(), a.orgID(), a.token(),
            a.createdAt(), a.updatedAt(), String.join(" ", perms),
        };
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(TerminalText.escape(fields[i])));
        }
        out.print(line.append("\r\n"));
    }

    @Override
    public void finish() {
        header();
        out.flush();
    }

    @Override
    public boolean streams() {
        return true;
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
