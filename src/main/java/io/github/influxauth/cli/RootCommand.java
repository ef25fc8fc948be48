package io.github.influxauth.cli;

import io.github.influxauth.Version;
import io.github.influxauth.config.Environment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "influx-auth",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.VersionProvider.class,
        description = "List and show InfluxDB API tokens: v2 authorizations and InfluxDB 3 tokens.",
        sortOptions = false,
        footer = {
            "",
            "Exit codes: 0 success, 1 server or network failure, 2 usage or configuration",
            "error, 3 token rejected (401/403), 4 not found (404), 5 findings at or above",
            "--fail-on (audit)."
        })
public class RootCommand implements Runnable {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Mixin(name = ConnectionOptions.MIXIN_NAME)
    ConnectionOptions connection;

    public RootCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is missing: list, get or audit");
    }

    Environment environment() {
        return environment;
    }

    static RootCommand of(CommandSpec spec) {
        return (RootCommand) spec.root().userObject();
    }

    /**
     * The whole command tree, as help, completion and the man pages show it. The subcommands are
     * declared here rather than on the root so that a listing can build the root with {@code list}
     * alone ({@link Commands}): picocli builds a model of every declared subcommand.
     */
    @Command(
            subcommands = {
                ListCommand.class,
                GetCommand.class,
                AuditCommand.class,
                AuthCommand.class,
                CompletionCommand.class
            })
    public static final class WithSubcommands extends RootCommand {
        public WithSubcommands(Environment environment) {
            super(environment);
        }
    }

    /** Public, as picocli makes it by reflection: a package-private class costs it a failed attempt first. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "influx-auth " + Version.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                        + System.getProperty("java.vendor") + ")",
            };
        }
    }
}
