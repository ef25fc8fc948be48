package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The script's text as picocli generates it; that bash really completes with it is CompletionIT's job. */
class CompletionCommandTest {

    @TempDir
    Path home;

    @Test
    void bashScriptRegistersTheCompletionFunctionForTheCommandAndListsEverySubcommand() {
        Result r = new Cli(home).run("completion", "bash");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err(), r::toString);
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r::toString);
        assertTrue(r.out().contains("\ncomplete -F _complete_influx-auth -o default influx-auth "), r::toString);
        assertTrue(r.out().contains("local commands=\"list ls find get audit auth completion\""), r::toString);
    }

    @Test
    void enumeratedOptionValuesAreOfferedInLowerCase() {
        String script = new Cli(home).run("completion", "bash").out();
        assertTrue(script.contains("FORMAT_option_args=(\"table\" \"json\" \"ndjson\" \"csv\" \"detail\")"), script);
        assertTrue(script.contains("STATUS_option_args=(\"active\" \"inactive\" \"expired\")"), script);
        assertTrue(
                script.contains("KEY_option_args=(\"id\" \"description\" \"created\" \"updated\" \"user\" \"status\""
                        + " \"expiry\")"),
                script);
        assertTrue(script.contains("API_option_args=(\"auto\" \"v2\" \"v3\")"), script);
        assertTrue(script.contains("SEVERITY_option_args=(\"low\" \"medium\" \"high\" \"critical\")"), script);
        assertTrue(script.contains("NAME_option_args=(\"operator-token\" \"all-access\""), script);
    }

    @Test
    void zshGetsTheSameScriptWhichLoadsBashcompinitItself() {
        Cli cli = new Cli(home);
        Result zsh = cli.run("completion", "zsh");
        assertEquals(0, zsh.exitCode(), zsh::toString);
        assertEquals(cli.run("completion", "bash").out(), zsh.out());
        assertTrue(zsh.out().contains("autoload -U +X bashcompinit && bashcompinit"), zsh::toString);
    }

    @Test
    void withoutAShellItPrintsTheBashScript() {
        Cli cli = new Cli(home);
        Result r = cli.run("completion");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(cli.run("completion", "bash").out(), r.out());
    }

    @Test
    void versionOptionPrintsTheVersionLikeTheTopCommand() {
        Cli cli = new Cli(home);
        Result r = cli.run("completion", "--version");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("influx-auth "), r::toString);
        assertEquals(cli.run("--version").out(), r.out());
    }

    @Test
    void anotherShellIsAUsageErrorOnOneLineWithAHint() {
        Result r = new Cli(home).run("completion", "fish");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertEquals(
                "error: invalid value for positional parameter at index 0 (SHELL): expected one of [bash, zsh]"
                        + " (case-insensitive) but was 'fish'\n"
                        + "hint: see 'influx-auth completion --help'\n",
                r.err(),
                r::toString);
    }
}
