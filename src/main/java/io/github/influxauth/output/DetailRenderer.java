package io.github.influxauth.output;

import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import io.github.influxauth.text.TerminalText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The {@code get} view: one labelled line a field, then the permissions one a line. */
final class DetailRenderer implements ListRenderer {

    private final PrintWriter out;
    private final RenderOptions options;
    private final Set<String> missingBuckets;
    private boolean first = true;

    DetailRenderer(PrintWriter out, RenderOptions options) {
        this(out, options, Set.of());
    }

    /** @param missingBuckets buckets the server says no longer exist: their permissions say so */
    DetailRenderer(PrintWriter out, RenderOptions options, Set<String> missingBuckets) {
        this.out = out;
        this.options = options;
        this.missingBuckets = missingBuckets;
    }

    /** Each token is written as it comes, like ndjson and csv: a reader that stops reading stops the listing. */
    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public void add(Authorization a) {
        // Built whole, then written at once: output stopped between writes (by a signal) ends on a whole record.
        StringBuilder record = new StringBuilder(512);
        if (!first) {
            record.append('\n');
        }
        first = false;
        if (a.api() == Api.V3) {
            v3(a, record);
        } else {
            v2(a, record);
        }
        out.print(record);
    }

    private void v2(Authorization a, StringBuilder record) {
        field(record, "ID", TerminalText.escape(a.id()));
        field(record, "Description", TerminalText.escape(a.description()));
        field(record, "Status", TerminalText.escape(a.status()));
        field(record, "User", nameAndId(a.user(), a.userID()));
        field(record, "Org", nameAndId(a.org(), a.orgID()));
        field(record, "Token", Tokens.display(a.token(), options.showTokens()));
        field(record, "Created", TerminalText.escape(a.createdAt()));
        field(record, "Updated", TerminalText.escape(a.updatedAt()));
        String label = PermissionText.label(a.permissions());
        record.append(label == null ? "Permissions:\n" : "Permissions:  " + label + "\n");
        int actionWidth = 0;
        int typeWidth = 0;
        for (Permission p : a.permissions()) {
            actionWidth =
                    Math.max(actionWidth, DisplayWidth.of(TerminalText.escape(Objects.toString(p.action(), "?"))));
            typeWidth = Math.max(
                    typeWidth, DisplayWidth.of(TerminalText.escape(p.resource().type())));
        }
        for (Permission p : a.permissions()) {
            String action = TerminalText.escape(Objects.toString(p.action(), "?"));
            String type = TerminalText.escape(p.resource().type());
            record.append("  " + action + " ".repeat(actionWidth - DisplayWidth.of(action)) + "  "
                    + type + " ".repeat(typeWidth - DisplayWidth.of(type)) + "  "
                    + TerminalText.escape(PermissionText.describe(
                            p.resource(),
                            p.resource().type().equals("buckets")
                                    && p.resource().id() != null
                                    && missingBuckets.contains(p.resource().id())))
                    + "\n");
        }
    }

    /** An InfluxDB 3 token: its hash, who last changed it, when it expires, its permissions grouped by type. */
    private static void v3(Authorization a, StringBuilder record) {
        field(record, "ID", TerminalText.escape(a.id()));
        field(record, "Name", TerminalText.escape(a.name()));
        field(record, "Description", TerminalText.escape(a.description()));
        field(record, "Kind", a.kind() == null ? "" : a.kind().name());
        field(record, "Status", TerminalText.escape(a.status()));
        field(record, "Hash", TerminalText.escape(a.hash()));
        field(record, "Created", V3Text.timeBy(a.createdAt(), a.createdBy()));
        field(record, "Updated", V3Text.timeBy(a.updatedAt(), a.updatedBy()));
        field(record, "Expires", V3Text.expires(a));
        if (V3Grants.isAdmin(a.permissions())) {
            record.append("Permissions:  " + PermissionText.ADMIN + "\n");
            return;
        }
        record.append("Permissions:\n");
        List<V3Grants.Grant> grants = V3Grants.of(a.permissions());
        int actionWidth = 0;
        int typeWidth = 0;
        for (V3Grants.Grant g : grants) {
            actionWidth = Math.max(actionWidth, DisplayWidth.of(TerminalText.escape(String.join(",", g.actions()))));
            typeWidth = Math.max(typeWidth, DisplayWidth.of(TerminalText.escape(g.type())));
        }
        for (V3Grants.Grant g : grants) {
            String actions = TerminalText.escape(String.join(",", g.actions()));
            String type = TerminalText.escape(g.type());
            record.append("  " + actions + " ".repeat(actionWidth - DisplayWidth.of(actions)) + "  "
                    + type + " ".repeat(typeWidth - DisplayWidth.of(type)) + "  "
                    + TerminalText.escape(String.join(", ", g.names())) + "\n");
        }
        for (String text : a.unreadablePermissions()) {
            record.append("  " + TerminalText.escape(text) + "  (not understood: matches no filter)\n");
        }
    }

    @Override
    public void finish() {
        out.flush();
    }

    private static void field(StringBuilder record, String label, String value) {
        String line = String.format("%-14s%s", label + ":", value);
        record.append(line.stripTrailing()).append('\n');
    }

    private static String nameAndId(String name, String id) {
        if (name != null && id != null) {
            return TerminalText.escape(name) + " (" + TerminalText.escape(id) + ")";
        }
        return TerminalText.escape(name != null ? name : id);
    }
}
