package io.github.influxauth.cli;

import io.github.influxauth.failure.ExitCode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code influx-auth completion [bash|zsh]}: picocli's generated completion script for the whole command tree.
 * One script serves both shells: under zsh it loads bashcompinit itself.
 */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.VersionProvider.class,
        description = {
            "Print a shell completion script (bash or zsh).",
            "It completes subcommands, options and the values of --format, --status and --sort.",
            "The script is the same for both shells: under zsh it loads bashcompinit."
        },
        // A footer heading, so that picocli's man page generator keeps the set-up lines too.
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(influx-auth completion bash)    # in ~/.bashrc",
            "  source <(influx-auth completion zsh)     # in ~/.zshrc"
        })
final class CompletionCommand implements Callable<Integer> {

    enum Shell {
        bash,
        zsh
    }

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "SHELL",
            defaultValue = "bash",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Shell shell;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash(root.getCommandName(), root));
        out.flush();
        return ExitCode.OK;
    }
}
