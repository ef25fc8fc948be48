package io.github.influxauth.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.cli.Commands;
import io.github.influxauth.config.Environment;
import io.github.influxauth.testing.Processes;
import io.github.influxauth.testing.Result;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The roff pages built from the command model: one per command, each naming every option that --help names. */
class ManPageIT {

    static final Path MAN1 = Processes.PROJECT.resolve("target/man/man1");

    /** Every command of the tree, once each (aliases are not commands of their own). */
    static List<CommandSpec> commands() {
        List<CommandSpec> all = new ArrayList<>();
        collect(
                Commands.newCommandLine(new Environment(Map.of(), Path.of("."), InputStream.nullInputStream()))
                        .getCommandSpec(),
                all);
        return all;
    }

    private static void collect(CommandSpec spec, List<CommandSpec> into) {
        into.add(spec);
        spec.subcommands().values().stream()
                .map(CommandLine::getCommandSpec)
                .distinct()
                .forEach(s -> collect(s, into));
    }

    @Test
    void everyCommandHasANonEmptyPageNamingEachOfItsOptions() throws Exception {
        List<CommandSpec> commands = commands();
        assertEquals(8, commands.size(), "influx-auth, list, get, audit, auth, auth list, auth get, completion");
        for (CommandSpec spec : commands) {
            String page = spec.qualifiedName("-");
            Path file = MAN1.resolve(page + ".1");
            assertTrue(Files.size(file) > 0, file + " is empty");
            String roff = Files.readString(file, StandardCharsets.UTF_8);
            String title = roff(page.toUpperCase(java.util.Locale.ROOT));
            assertTrue(roff.contains(".TH \"" + title + "\" \"1\" "), file + " has no title line for " + title);
            assertTrue(
                    roff.contains("\"" + roff("influx-auth " + System.getProperty("project.version")) + "\""),
                    file + " does not name the version");
            for (OptionSpec option : spec.options()) {
                assertTrue(
                        roff.contains(roff(option.longestName())), file + " does not mention " + option.longestName());
            }
        }
    }

    @Test
    void mainPageGivesTheExitCodesOfTheUsageFooter() throws Exception {
        CommandSpec root = commands().get(0);
        String footer = String.join(" ", root.usageMessage().footer())
                .replaceAll("\\s+", " ")
                .strip();
        assertTrue(footer.startsWith("Exit codes: "), footer);
        String section =
                section(Files.readString(MAN1.resolve("influx-auth.1"), StandardCharsets.UTF_8), "EXIT STATUS");
        int codes = 0;
        for (String item :
                footer.substring("Exit codes: ".length()).replaceAll("\\.$", "").split(", ")) {
            String code = item.substring(0, item.indexOf(' '));
            String meaning = item.substring(item.indexOf(' ') + 1);
            Matcher m =
                    Pattern.compile("\\\\fB" + code + "\\\\fP\n\\.RS 4\n(.*)\n").matcher(section);
            assertTrue(m.find(), "no exit status " + code + " in\n" + section);
            assertTrue(
                    m.group(1).toLowerCase(Locale.ROOT).startsWith(roff(meaning)),
                    "exit status " + code + ": --help says \"" + meaning + "\", the man page \"" + m.group(1) + "\"");
            codes++;
        }
        assertEquals(6, codes, footer);
        assertEquals(
                codes, section.split("\\.RS 4").length - 1, "the man page has exit codes --help lacks:\n" + section);
    }

    @Test
    void mainPageListsExactlyTheEnvironmentVariablesTheOptionsName() throws Exception {
        Set<String> fromOptions = new TreeSet<>();
        Pattern variable = Pattern.compile("INFLUX_[A-Z_]+");
        for (CommandSpec spec : commands()) {
            for (OptionSpec option : spec.options()) {
                Matcher m = variable.matcher(String.join(" ", option.description()));
                while (m.find()) {
                    fromOptions.add(m.group());
                }
            }
        }
        Set<String> fromPage = new TreeSet<>();
        Matcher m = Pattern.compile("\\\\fB(INFLUX_[A-Z_]+)\\\\fP")
                .matcher(section(
                        Files.readString(MAN1.resolve("influx-auth.1"), StandardCharsets.UTF_8), "ENVIRONMENT"));
        while (m.find()) {
            fromPage.add(m.group(1));
        }
        assertEquals(11, fromOptions.size(), fromOptions::toString);
        assertEquals(fromOptions, fromPage);
    }

    /** The roff text of one {@code .SH} section. */
    private static String section(String roff, String name) {
        int start = roff.indexOf(".SH \"" + name + "\"\n");
        assertTrue(start >= 0, "no section " + name);
        int end = roff.indexOf("\n.SH ", start + 1);
        return roff.substring(start, end < 0 ? roff.length() : end + 1);
    }

    @Test
    void manRendersTheMainPage() throws Exception {
        Assumptions.assumeTrue(
                Processes.onPath("man"), "man is not installed (apt-get install man-db to run this check)");
        Result r = Processes.run(
                List.of(
                        "man",
                        "-l",
                        MAN1.resolve("influx-auth.1").toAbsolutePath().toString()),
                Map.of("MANWIDTH", "80", "MANPAGER", "cat", "PAGER", "cat", "LC_ALL", "C.UTF-8"));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("INFLUX-AUTH\\(1\\) +influx-auth Manual +INFLUX-AUTH\\(1\\)"), r::toString);
        assertTrue(r.out().contains("\nNAME\n       influx-auth - List and show InfluxDB API tokens"), r::toString);
        assertTrue(
                r.out().contains("\n       completion\n           Print a shell completion script (bash or zsh).\n"),
                r::toString);
        assertTrue(r.out().contains("\nEXIT STATUS\n       0\n           Success"), r::toString);
        assertTrue(
                lines.get(lines.size() - 1).startsWith("influx-auth " + System.getProperty("project.version") + " "),
                r::toString);
    }

    /** How Asciidoctor's manpage backend writes a plain string: hyphens escaped. */
    private static String roff(String text) {
        return text.replace("-", "\\-");
    }
}
