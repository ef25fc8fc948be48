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
 */
final class Stdout {

    private final Guard guard;
    private final PrintWriter writer;

    Stdout(OutputStream out) {
        this.guard = new Guard(out);
        this.writer = new PrintWriter(new BufferedWriter(new OutputStreamWriter(guard, StandardCharsets.UTF_8), 1 << 16));
    }

    PrintWriter writer() {
        return writer;
    }

    /** The first write error that was not a closed pipe, or null. */
    IOException failure() {
        IOException first = guard.first;
        return first == null || closedByReader(first) ? null : first;
    }

    /** A pipe whose reader has gone: EPIPE, in the words of Linux and macOS, and of Windows. */
    static boolean closedByReader(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("Broken pipe") || message.contains("pipe is being closed")
                || message.contains("pipe has been ended");
    }

    /** Passes bytes on until the first failure, which it keeps; after that every write fails at once. */
    private static final class Guard extends OutputStream {
        private final OutputStream out;
        private volatile IOException first;

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
        }

        private IOException failed(IOException e) {
            if (first == null) {
                first = e;
            }
            return e;
        }
    }
}
