package io.github.influxauth.cli;

import io.github.influxauth.api.TokenSource;
import io.github.influxauth.config.ApiChoice;
import io.github.influxauth.config.Environment;
import io.github.influxauth.failure.ExitCode;
import io.github.influxauth.filter.MissingBuckets;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Ids;
import io.github.influxauth.output.Format;
import io.github.influxauth.output.Renderers;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "get",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.VersionProvider.class,
        sortOptions = false,
        description = "Show one authorization.")
final class GetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin(name = ConnectionOptions.MIXIN_NAME)
    ConnectionOptions connection;

    @Parameters(
            paramLabel = "ID",
            description = {
                "The authorization ID: 16 hexadecimal characters.",
                "InfluxDB 3 (--api v3, or a host from INFLUXDB3_HOST_URL): the token's ID or name."
            })
    String id;

    @Override
    public Integer call() {
        if (ConnectionOptions.several(spec)) {
            throw new ParameterException(
                    spec.commandLine(), "get shows one token of one server: give one config to -c");
        }
        // Unless InfluxDB 3 is known, the argument must be a v2 ID: checked before any request, as always.
        if (Session.api(spec).kind() != ApiChoice.Kind.V3 && !Ids.isId(id)) {
            throw new ParameterException(
                    spec.commandLine(), "\"" + id + "\" is not an authorization ID: IDs are 16 hexadecimal characters");
        }
        Environment env = RootCommand.of(spec).environment();
        Format format = output.format(env, Format.detail);
        Authorization authorization;
        Set<String> missing = Set.of();
        try (TokenSource source = Session.open(spec, env.clock().instant())) {
            authorization = source.get(id);
            source.checkDeadline();
            if (source.withoutAuthentication()) {
                Notes.withoutAuthentication(spec.commandLine().getErr());
            }
            if (format == Format.detail && source.api() == Api.V2) {
                // One request per distinct unnamed bucket; a look-up that fails only leaves the mark out.
                missing = MissingBuckets.check(
                                source.buckets(), MissingBuckets.toCheck(List.of(authorization)), Runnable::run)
                        .missing();
            }
        }
        Renderers.one(format, authorization, spec.commandLine().getOut(), output.renderOptions(env), missing);
        return ExitCode.OK;
    }
}
