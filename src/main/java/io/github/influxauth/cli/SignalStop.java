package io.github.influxauth.cli;

import io.github.influxauth.failure.Interrupted;
import java.io.PrintWriter;

/**
 * Ctrl-C or SIGTERM in the middle of a listing: the JVM runs its shutdown hooks, then exits with
 * 130 or 143. The hook ends standard output on a whole record (a cut last line would read as a
 * record in a file of ndjson or csv) and says on stderr that the output is incomplete.
 */
final class SignalStop {

    /** How long the hook waits for the record being written; a reader that does not read must not hold the JVM. */
    private static final long WAIT_FOR_RECORD_MILLIS = 2_000;

    private final Thread hook;

    private SignalStop(Stdout out, PrintWriter err) {
        this.hook = new Thread(
                () -> {
                    out.stop(WAIT_FOR_RECORD_MILLIS);
                    ErrorHandler.report(err, FailureMessages.of(new Interrupted(signal(), out.written())));
                },
                "influx-auth-signal-stop");
    }

    /** Registered until {@link #disarm}. */
    static SignalStop arm(Stdout out, PrintWriter err) {
        SignalStop stop = new SignalStop(out, err);
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** The command has ended by itself: the exit that follows is its own. */
    void disarm() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // A signal came as the command ended: the hook reports it, and the JVM exits as the signal asks.
        }
    }

    /**
     * The signal being handled: the JVM runs the shutdown in a thread it names after the signal
     * ({@code SIGINT handler}). Null when the name is not found, and the message is then neutral.
     */
    private static String signal() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (name.startsWith("SIG") && name.endsWith(" handler")) {
                return name.substring("SIG".length(), name.length() - " handler".length());
            }
        }
        return null;
    }
}
