package io.github.influxauth.cli;

import io.github.influxauth.audit.AuditSettings;
import io.github.influxauth.audit.Finding;
import io.github.influxauth.config.Environment;
import io.github.influxauth.failure.ExitCode;
import io.github.influxauth.fleet.Fleet;
import io.github.influxauth.output.AuditRenderers;
import io.github.influxauth.output.Format;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.VersionProvider.class,
        sortOptions = false,
        description = {
            "List the tokens a security review should look at: one row per finding, most severe first.",
            "With --fail-on, exit 5 when a finding is at or above that severity (for CI jobs)."
        })
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AuditOptions audit;

    @Mixin
    ListFilterOptions filters;

    @Mixin
    OutputOptions output;

    @Mixin(name = ConnectionOptions.MIXIN_NAME)
    ConnectionOptions connection;

    @Override
    public Integer call() {
        filters.validate();
        Environment env = RootCommand.of(spec).environment();
        Instant now = env.clock().instant();
        AuditSettings settings = audit.settings(now);
        Format format = output.format(env, Format.table);
        if (format == Format.detail) {
            throw new ParameterException(spec.commandLine(), "audit prints table, csv, json or ndjson, not detail");
        }
        boolean several = ConnectionOptions.several(spec);
        List<Fleet.Member> members = several
                ? SeveralServers.members(spec, now)
                : List.of(new Fleet.Member(null, null, () -> Session.open(spec, now), null));
        AuditRun.Outcome outcome =
                AuditRun.run(members, filters, settings, spec.commandLine().getErr());
        AuditRenderers.write(
                format,
                outcome.findings(),
                several,
                f -> AuditWords.why(f, now),
                spec.commandLine().getOut(),
                output.renderOptions(env));
        if (outcome.exitCode() != ExitCode.OK) {
            return outcome.exitCode(); // an audit that missed a server is no pass, whatever it found
        }
        boolean failing = audit.failOn() != null
                && outcome.findings().stream().map(Finding::severity).anyMatch(s -> s.atLeast(audit.failOn()));
        return failing ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
