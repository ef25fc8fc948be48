package io.github.influxauth.output;

import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import io.github.influxauth.text.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma or a quote), one
 * authorization a row as it arrives. Control characters are escaped like in the table, so a row is
 * always one line. InfluxDB 3 tokens get the table's columns, then their hash and times. Token
 * values are masked unless asked for. A cell that a spreadsheet would run as a formula (it starts
 * with {@code = + - @}) gets a leading apostrophe, as spreadsheets themselves write such text.
 */
final class CsvRenderer implements ListRenderer {

    static final String HEADER = "id,description,status,user,userID,org,orgID,token,createdAt,updatedAt,permissions";
    static final String V3_HEADER = "id,name,kind,status,expires,permissions,hash,created_at,updated_at";

    /** Where the token column is among the v2 fields: a token is never taken for a formula. */
    private static final int TOKEN_FIELD = 7;

    private final PrintWriter out;
    private final Api api;
    private final boolean showTokens;
    private boolean headerDue;

    CsvRenderer(PrintWriter out, RenderOptions options, Api api) {
        this.out = out;
        this.api = api;
        this.showTokens = options.showTokens();
        this.headerDue = options.headers();
    }

    /** The header waits for the first row or the end, so that a listing that fails at once prints nothing. */
    private void header() {
        if (headerDue) {
            out.print((api == Api.V3 ? V3_HEADER : HEADER) + "\r\n");
            headerDue = false;
        }
    }

    @Override
    public void add(Authorization a) {
        header();
        String[] fields = api == Api.V3 ? v3Fields(a) : v2Fields(a, showTokens);
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(fields[i], api != Api.V3 && i == TOKEN_FIELD));
        }
        out.print(line.append("\r\n"));
    }

    /** A v2 token's fields in {@link #HEADER}'s order, raw, the token masked unless {@code showTokens}. */
    static String[] v2Fields(Authorization a, boolean showTokens) {
        List<String> perms = new ArrayList<>(a.permissions().size());
        for (Permission p : a.permissions()) {
            perms.add(p.influxString());
        }
        return new String[] {
            a.id(),
            a.description(),
            a.status(),
            a.user(),
            a.userID(),
            a.org(),
            a.orgID(),
            showTokens || !Tokens.isDisclosed(a.token()) ? a.token() : Tokens.mask(a.token()),
            a.createdAt(),
            a.updatedAt(),
            String.join(" ", perms),
        };
    }

    /** Permissions in influxdb3's own form, as the v2 columns have the influx CLI's. */
    private static String[] v3Fields(Authorization a) {
        return new String[] {
            a.id(),
            a.name(),
            a.kind() == null ? null : a.kind().name(),
            a.status(),
            V3Text.expires(a),
            PermissionText.v3Strings(a),
            a.hash(),
            a.createdAt(),
            a.updatedAt(),
        };
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

    /** A field as a cell: escaped, never a formula (but a token, which is never one), quoted as needed. */
    static String cell(String field, boolean token) {
        String cell = TerminalText.escape(field);
        return quote(token ? cell : notAFormula(cell));
    }

    private static String notAFormula(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
