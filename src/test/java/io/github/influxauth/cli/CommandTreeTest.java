package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.config.Environment;
import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * A run builds only the commands its arguments need ({@link Commands#run}); the tests build the whole
 * tree ({@link Commands#newCommandLine(Environment)}). For each command line here the two print the same and exit alike.
 */
class CommandTreeTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.auditFixture();

    private Environment environment() {
        return new Environment(
                Map.of("INFLUX_TOKEN", FakeInfluxServer.TOKEN),
                server.home(),
                InputStream.nullInputStream(),
                Clock.fixed(Cli.NOW, ZoneOffset.UTC));
    }

    /** {@code HOST} stands for the server's URL. */
    private String[] args(String commandLine) {
        return commandLine.isEmpty()
                ? new String[0]
                : Arrays.stream(commandLine.split(" "))
                        .map(a -> a.replace("HOST", server.url()))
                        .toArray(String[]::new);
    }

    private Result asMainRunsIt(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Commands.run(args, environment(), new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private Result withTheWholeTree(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Commands.newCommandLine(environment());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        cmd.getOut().flush();
        cmd.getErr().flush();
        return new Result(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Listings, which build the root and list only.
                "list --host HOST",
                "ls --host HOST --format csv",
                "find --host=HOST --json",
                "--host HOST list",
                "--host=HOST --timeout 10s list --hide-headers",
                "-t wrong --host HOST list",
                "--api v2 --host HOST list",
                "--host HOST list --user iot_user_1 --status active --permission write",
                "--host HOST list --format ndjson",
                "list --help",
                "list -h",
                "list --version",
                "list -V",
                "--skip-verify --host HOST list",
                // Usage errors in a listing.
                "list --bogus",
                "list --host HOST --limit -1",
                "list --user-id 12",
                "list -host HOST",
                "list --hots HOST",
                "--host HOST list --description -user",
                "--token a --token-file b list",
                "list get",
                "list list",
                "--host HOST list --format yaml",
                "list --sort nope",
                "list --user a --user-id 0000000000000001",
                "--host",
                "--host HOST",
                "list --host",
                // get, which builds the root and get only.
                "get 0d4700000000a001 --host HOST",
                "--host HOST get 0d4700000000a001 --json",
                "get ffffffffffffffff --host HOST",
                "get --host HOST --format csv 0d4700000000a001",
                "get",
                "get not-an-id",
                "get 0d4700000000a001 --bogus",
                "get 0d4700000000a001 --format yaml",
                "get 0d4700000000a001 0d4700000000a002",
                "get --help",
                "get --user x",
                "get --status active",
                "--host HOST get 0d4700000000a001 --api v3",
                "get 0d4700000000a001 -host HOST",
                // Everything else, which builds the whole tree.
                "",
                "--help",
                "-h",
                "--version",
                "--help list",
                "--version list",
                "-- list",
                "--bogus list",
                "-host HOST list",
                "-tx list",
                "list -uiot_user_1 --host HOST",
                "get -user x",
                "lst",
                "gte",
                "create",
                "auth list --host HOST",
                "auth",
                "auth get",
                "completion",
                "completion zsh",
                "--debug list --host http://127.0.0.1:1",
            })
    void printsTheSameAsTheWholeTree(String commandLine) {
        assertEquals(withTheWholeTree(args(commandLine)), asMainRunsIt(args(commandLine)));
    }

    @Test
    void listAndGetBuildTheRootAndTheirOwnCommandOnly() {
        for (String commandLine : List.of("list", "ls --format csv", "--host HOST find", "-c prod --token=x list")) {
            CommandLine cmd = Commands.newCommandLine(environment(), args(commandLine));
            assertEquals(Set.of("list", "ls", "find"), cmd.getSubcommands().keySet(), commandLine);
        }
        CommandLine get = Commands.newCommandLine(environment(), args("--host HOST get 0d4700000000a001 --json"));
        assertEquals(Set.of("get"), get.getSubcommands().keySet());
        CommandLine whole = Commands.newCommandLine(environment(), args("auth list"));
        assertEquals(
                Set.of("list", "ls", "find", "get", "audit", "auth", "completion"),
                whole.getSubcommands().keySet());
    }
}
