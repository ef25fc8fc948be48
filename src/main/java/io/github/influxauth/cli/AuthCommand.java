package io.github.influxauth.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code influx-auth auth list|get}: the same commands grouped as in {@code influx auth}. */
@Command(
        name = "auth",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.VersionProvider.class,
        description = "The list and get commands, grouped as in `influx auth`.",
        subcommands = {ListCommand.class, GetCommand.class})
final class AuthCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin(name = ConnectionOptions.MIXIN_NAME)
    ConnectionOptions connection;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is missing: auth list or auth get");
    }
}
