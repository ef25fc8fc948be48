package io.github.influxauth.cli;

import io.github.influxauth.api.InfluxClient;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.output.Format;
import io.github.influxauth.output.Renderers;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "get",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.VersionProvider.class,
        sortOptions = false,
        description = "Show one authorization.")
final class GetCommand implements Callable<Integer> {

    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{16}");

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin(name = ConnectionOptions.MIXIN_NAME)
    ConnectionOptions connection;

    @Parameters(paramLabel = "ID", description = "The authorization ID: 16 hexadecimal characters.")
    String id;

    @Override
    public Integer call() {
        if (!ID.matcher(id).matches()) {
            throw new ParameterException(spec.commandLine(),
                    "\"" + id + "\" is not an authorization ID: IDs are 16 hexadecimal characters");
        }
        var env = RootCommand.of(spec).environment();
        Format format = output.format(env, Format.detail, EnumSet.allOf(Format.class));
        var options = output.renderOptions(env);
        Authorization authorization;
        try (InfluxClient client = Session.open(spec)) {
            authorization = client.getAuthorization(id);
        }
        Renderers.one(format, authorization, spec.commandLine().getOut(), options);
        return 0;
    }
}
