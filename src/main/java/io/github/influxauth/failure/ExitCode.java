package io.github.influxauth.failure;

/** The exit codes scripts rely on; the README's "Exit codes" table lists them. */
public final class ExitCode {

    public static final int OK = 0;
    /** Server error, network failure, timeout, a response that is not the expected JSON, a failed write. */
    public static final int FAILURE = 1;
    /** Usage or configuration error, found before any request. */
    public static final int USAGE = 2;
    /** The server rejected the token (401, 403). */
    public static final int REJECTED = 3;
    /** The server said the thing asked for does not exist. */
    public static final int NOT_FOUND = 4;
    /** {@code audit --fail-on}: a finding at or above the given severity. */
    public static final int FINDINGS = 5;
    /** Ctrl-C (128 + SIGINT). */
    public static final int INTERRUPTED = 130;
    /** SIGTERM (128 + SIGTERM). */
    public static final int TERMINATED = 143;

    private ExitCode() {}
}
