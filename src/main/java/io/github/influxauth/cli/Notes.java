package io.github.influxauth.cli;

import io.github.influxauth.filter.CanNote;
import io.github.influxauth.filter.CanQuery;
import io.github.influxauth.filter.MissingBuckets;
import io.github.influxauth.text.TerminalText;
import java.io.PrintWriter;

/** The {@code note:} and {@code hint:} lines a command prints beside its output, on stderr. */
final class Notes {

    private Notes() {}

    /** What {@code --can} assumed about its resource. */
    static void print(PrintWriter err, CanNote note) {
        print(err, "", note);
    }

    /** @param prefix put before the note: {@code "[NAME] "} for one config of several, else empty */
    static void print(PrintWriter err, String prefix, CanNote note) {
        if (note == null) {
            return;
        }
        CanQuery query = note.query();
        String given = query.byId() ? "that ID" : "that name";
        String narrowed = "--can " + query.action() + ":orgs/ORG/" + query.type() + "/" + query.nameOrId();
        String orgs = query.org() != null
                ? ", and org-wide permissions of org " + query.org()
                : ", and org-wide permissions of every org (name the org to narrow: " + narrowed + ")";
        String text = switch (note.kind()) {
            case AMBIGUOUS ->
                "buckets named \"" + query.nameOrId() + "\" exist in "
                        + note.orgs().size() + " orgs ("
                        + String.join(", ", note.orgs()) + "); listing tokens that can " + query.action()
                        + " any of them; narrow with " + narrowed;
            case LOOKUP_FAILED ->
                "could not look up " + query.type() + "/" + query.nameOrId() + " (HTTP " + note.status()
                        + "); matching permissions by " + given + orgs;
            case NOT_LOOKED_UP -> query.type() + " are not looked up; matching permissions by " + given + orgs;
        };
        err.println("note: " + TerminalText.escape(prefix + text));
        err.flush();
    }

    /** Bucket look-ups of the missing-resource rule that failed otherwise than "not found". */
    static void bucketsUnchecked(PrintWriter err, String prefix, MissingBuckets.Result buckets) {
        if (buckets.unchecked() == 0) {
            return;
        }
        err.println("note: "
                + TerminalText.escape(prefix + "missing-resource could not check "
                        + Words.count(buckets.unchecked(), "bucket", "buckets") + ": "
                        + ErrorHandler.lowerFirst(
                                FailureMessages.of(buckets.failure()).error())));
        err.flush();
    }

    /** An InfluxDB 3 server that lists its tokens without their hashes: it checks none. */
    static void withoutAuthentication(PrintWriter err) {
        withoutAuthentication(err, "");
    }

    static void withoutAuthentication(PrintWriter err, String prefix) {
        err.println("note: " + TerminalText.escape(prefix) + "this InfluxDB 3 server runs without authentication"
                + " (--without-auth): it checks no token, and lists no hashes");
        err.flush();
    }

    /** An empty listing that no filter explains: the token may not see the tokens. */
    static void emptyListing(PrintWriter err) {
        emptyListing(err, "");
    }

    static void emptyListing(PrintWriter err, String prefix) {
        err.println("hint: " + TerminalText.escape(prefix) + "the server returned no authorizations; the token may"
                + " lack the read:authorizations permission in this org");
        err.flush();
    }
}
