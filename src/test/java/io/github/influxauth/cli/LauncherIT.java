package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.influxauth.output.DisplayWidth;
import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.Fixtures;
import io.github.influxauth.testing.Processes;
import io.github.influxauth.testing.Result;
import io.github.influxauth.text.TerminalText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs bin/influx-auth as a user would: a separate process, through a symlink, from another
 * directory, whatever the locale and the working directory hold.
 */
class LauncherIT {

    static final Path LAUNCHER = Processes.PROJECT.resolve("bin/influx-auth");
    static final String DESCRIPTION = "监控 überwachung 🔥";

    static MockWebServer server;
    static String host;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        List<ObjectNode> tokens = Fixtures.authorizations("authorizations-list.json");
        tokens.get(1).put("description", DESCRIPTION);
        server = new FakeInfluxServer(tokens).start();
        host = server.url("/").toString();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private Map<String, String> env(String... more) {
        Map<String, String> env = new HashMap<>();
        env.put("INFLUX_TOKEN", FakeInfluxServer.TOKEN);
        env.put("HOME", dir.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    private Result inProcess(String... args) {
        Result r = new Cli(dir).env("INFLUX_TOKEN", FakeInfluxServer.TOKEN).run(args);
        assertEquals(0, r.exitCode(), r::toString);
        return r;
    }

    @Test
    void launcherThroughSymlinkListsTokensFromAnotherDirectory() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("ia"), LAUNCHER);
        Result r;
        try {
            r = Processes.run(List.of(link.toString(), "list", "--host", host), env());
        } finally {
            Files.delete(link); // JUnit warns about links that leave its temporary directory
        }
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err(), r::toString);
        assertTrue(r.out().startsWith("ID  "), r::toString);
        assertEquals(inProcess("list", "--host", host).out(), r.out());
    }

    /**
     * The launcher splits its option strings on spaces; one holds {@code cds*=off}, a file pattern
     * that, expanded, would hand the JVM an unknown log tag and stop it.
     */
    @Test
    void filesNamedLikeTheJvmOptionsInTheWorkingDirectoryChangeNothing() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        for (String name : List.of(
                "-Xlog:all=warning,cdsX=off:stderr", "-Xlog:all=warning,aotX=off,cdsX=off:stderr", "cds*=off")) {
            Files.writeString(work.resolve(name), "x");
        }
        Result r = Processes.run(List.of(LAUNCHER.toString(), "list", "--host", host), env(), work.toFile());
        assertEquals(new Result(0, inProcess("list", "--host", host).out(), ""), r);
    }

    @Test
    void javaHomeWithoutJavaWarnsOnceThenUsesJavaFromPath() throws Exception {
        Path notAJdk = Files.createDirectories(dir.resolve("not-a-jdk"));
        String path = Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH");
        Result r = Processes.run(
                List.of(LAUNCHER.toString(), "list", "--host", host),
                env("JAVA_HOME", notAJdk.toString(), "PATH", path));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("warning: JAVA_HOME (" + notAJdk + ") has no bin/java; using java from PATH\n", r.err());
        assertEquals(inProcess("list", "--host", host).out(), r.out());
    }

    /** Arguments reach the program as the user typed them, whatever the locale says. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LANG=C", "LC_ALL=POSIX", "LC_CTYPE=C", "no locale", "LANG=C.UTF-8", "LC_ALL=C.UTF-8"})
    void nonAsciiArgumentsWhateverTheLocale(String locale) throws Exception {
        Map<String, String> env = env();
        // The child gets exactly the locale under test: every LANG/LC_* of this machine's is removed.
        List<String> command = new java.util.ArrayList<>(List.of(
                "env", "-u", "LANG", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "LC_MESSAGES", "-u", "LC_COLLATE"));
        if (!locale.equals("no locale")) {
            command.add(locale);
        }
        command.addAll(List.of(LAUNCHER.toString(), "list", "--host", host, "--description", "监控", "--format", "csv"));
        Result r = Processes.run(command, env);
        Result expected = inProcess("list", "--host", host, "--description", "监控", "--format", "csv");
        assertEquals(new Result(0, expected.out(), ""), r);
        assertEquals(
                2, r.out().lines().count(), "the header and the one token described " + DESCRIPTION + ":\n" + r.out());
        assertTrue(r.out().contains(DESCRIPTION), r::toString);
    }

    /** The configs file is found under a HOME whose name is not ASCII, even under LANG=C. */
    @Test
    void nonAsciiHomeUnderLangC() throws Exception {
        Path home = Files.createDirectories(dir.resolve("ĥome-监控"));
        Path configs = Files.createDirectories(home.resolve(".influxdbv2")).resolve("configs");
        Files.writeString(
                configs,
                "[default]\n  url = \"" + host + "\"\n  token = \"" + FakeInfluxServer.TOKEN + "\"\n  active = true\n",
                StandardCharsets.UTF_8);
        Map<String, String> env = env("HOME", home.toString(), "LANG", "C");
        env.remove("INFLUX_TOKEN");
        Result r = Processes.run(List.of("env", "-u", "LC_ALL", "-u", "LC_CTYPE", LAUNCHER.toString(), "list"), env);
        assertEquals(new Result(0, inProcess("list", "--host", host).out(), ""), r);
    }

    /** On a terminal the table fits its width; piped, it never is shortened, whatever the environment says. */
    @Test
    void aTableOnATerminalFitsItsWidthAndPipedOutputIsWhole() throws Exception {
        assumeTrue(
                Processes.onPath("script") && Processes.onPath("stty"), "script and stty give the launcher a terminal");
        String whole = inProcess("list", "--host", host).out();
        Result terminal = Processes.run(
                List.of("script", "-qec", "stty cols 70; " + LAUNCHER + " list --host " + host, "/dev/null"), env());
        assertEquals(0, terminal.exitCode(), terminal::toString);
        List<String> lines = terminal.out().replace("\r", "").lines().toList();
        assertEquals(whole.lines().count(), lines.size(), terminal::toString);
        for (String line : lines) {
            assertTrue(DisplayWidth.of(line) <= 70, "wider than the terminal: " + TerminalText.escape(line));
        }
        assertTrue(terminal.out().contains("…"), terminal::toString);

        Result piped =
                Processes.run(List.of(LAUNCHER.toString(), "list", "--host", host), env("INFLUX_AUTH_COLUMNS", "40"));
        assertEquals(new Result(0, whole, ""), piped);
    }
}
