package io.github.influxauth.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as the commands write it: UTF-8 whatever the locale (JSON and CSV consumers
 * expect it), buffered, through a {@link PrintWriter} (picocli's writers are PrintWriters). A
 * PrintWriter swallows write errors; underneath it, the first one is kept here, so that a full
 * disk is reported instead of leaving a silently cut file, while a reader that closed its pipe
 * ({@code | head -1}) ends the output quietly.
 *
 * <p>Renderers write each record with one call; the PrintWriter holds its lock for the call. So
 * {@link #stop} (when the JVM is stopped by a signal) can wait for the record being written, flush
 * up to there and let nothing more through: the output ends on a whole record.
 */
final class Stdout {

    private final Guard guard;
    /** The PrintWriter's lock: a PrintWriter made on a Writer locks on that Writer. */
    private final BufferedWriter buffer;

    private final PrintWriter writer;

    Stdout(OutputStream out) {
        this.guard = new Guard(out);
        this.buffer = new BufferedWriter(new OutputStreamWriter(guard, StandardCharsets.UTF_8), 1 << 16);
        this.writer = new PrintWriter(buffer);
    }

    PrintWriter writer() {
        return writer;
    }

    /** Whether any byte has gone out. */
    boolean written() {
        return guard.written;
    }

    /**
     * Ends the output where it stands: waits (at most {@code waitMillis}) for the record being
     * written, flushes what is whole, and lets nothing more through. The wait is bounded because a
     * write blocked on a reader that does not read would otherwise hold the JVM forever.
     */
    void stop(long waitMillis) {
        Thread flusher = new Thread(
                () -> {
                    synchronized (buffer) {
                        writer.flush();
                        guard.stopped = true;
                    }
                },
                "influx-auth-stop-output");
        flusher.setDaemon(true);
        flusher.start();
        try {
            flusher.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        guard.stopped = true;
    }

    /** The first write error that was not a closed pipe, or null. */
    IOException failure() {
        IOException first = guard.first;
        return first == null || closedByReader(first) ? null : first;
    }

    /** A pipe whose reader has gone: EPIPE, in the words of Linux and macOS, and of Windows. */
    static boolean closedByReader(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("Broken pipe")
                || message.contains("pipe is being closed")
                || message.contains("pipe has been ended");
    }

    /** Passes bytes on until the first failure, which it keeps; after that every write fails at once. */
    private static final class Guard extends OutputStream {
        private final OutputStream out;
        private volatile IOException first;
        private volatile boolean written;
        private volatile boolean stopped;

        Guard(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check();
            try {
                out.write(b, off, len);
                written |= len > 0;
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void flush() throws IOException {
            check();
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        private void check() throws IOException {
            if (first != null) {
                throw first;
            }
            if (stopped) {
                // Not a failure to report: the run is ending, and the writer only needs to stop writing.
                throw new IOException("output stopped");
            }
        }

        private IOException failed(IOException e) {
            if (first == null) {
                first = e;
            }
            return e;
        }
    }
}
