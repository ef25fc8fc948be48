package io.github.influxauth.cli;

/** What the user is told about a failure: one {@code error:} line, maybe one {@code hint:} line, and the exit code. */
record Report(String error, String hint, int exitCode) {

    Report withHint(String other) {
        return new Report(error, other, exitCode);
    }
}
