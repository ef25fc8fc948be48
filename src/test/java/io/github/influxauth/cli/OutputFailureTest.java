package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.config.Environment;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Fixtures;
import io.github.influxauth.testing.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code main} does when standard output cannot be written: a full disk is an error (exit 1,
 * one line), never a silently cut file with exit 0; a reader that closed the pipe is a quiet end.
 * Runs {@link Commands#run} with an output stream that fails as the system's would.
 */
class OutputFailureTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.of(() -> new FakeInfluxServer(Fixtures.generated(2_000)));

    /** Takes {@code room} bytes, then fails every write with {@code reason}, as a disk that fills up. */
    private static final class FillingStream extends OutputStream {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        final int room;
        final String reason;

        FillingStream(int room, String reason) {
            this.room = room;
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written.size() + len > room) {
                throw new IOException(reason);
            }
            written.write(b, off, len);
        }
    }

    private Result run(OutputStream stdout, String... args) {
        StringWriter err = new StringWriter();
        Environment env = new Environment(
                Map.of("INFLUX_HOST", server.url(), "INFLUX_TOKEN", FakeInfluxServer.TOKEN),
                server.home(),
                InputStream.nullInputStream());
        int code = Commands.run(args, env, stdout, new PrintWriter(err, true));
        return new Result(code, "", err.toString());
    }

    @ParameterizedTest
    @CsvSource({
        "table, 0",
        "json, 0",
        "ndjson, 0",
        "csv, 0",
        "detail, 0",
        "table, 100000",
        "json, 100000",
        "ndjson, 100000",
        "csv, 100000",
        "detail, 100000"
    })
    void aFullDiskIsAnError(String format, int room) {
        Result r = run(new FillingStream(room, "No space left on device"), "list", "--format", format);
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("error: cannot write output: No space left on device\n", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"detail", "json", "csv"})
    void getToAFullDiskIsAnError(String format) {
        Result r = run(new FillingStream(0, "No space left on device"), "get", "0d4700000000a000", "--format", format);
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("error: cannot write output: No space left on device\n", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Broken pipe", "The pipe is being closed"})
    void aClosedPipeIsAQuietEnd(String reason) {
        Result r = run(new FillingStream(100_000, reason), "list", "--format", "ndjson");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ndjson", "table"})
    void writtenWholeItIsASuccess(String format) {
        FillingStream enough = new FillingStream(Integer.MAX_VALUE, "unused");
        Result r = run(enough, "list", "--format", format);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
        assertEquals(
                format.equals("table") ? 2_001 : 2_000,
                enough.written.toString().lines().count());
    }

    @org.junit.jupiter.api.Test
    void aFailedCommandKeepsItsOwnErrorAndExitCode() {
        Result r = run(new FillingStream(0, "No space left on device"), "get", "0d47ffffffffffff");
        assertEquals(4, r.exitCode(), r::toString);
        assertEquals("error: authorization \"0d47ffffffffffff\" not found (HTTP 404)\n", r.err());
    }
}
