package io.github.influxauth.cli;

import io.github.influxauth.api.TokenSource;
import io.github.influxauth.api.TokenSources;
import io.github.influxauth.config.ApiChoice;
import io.github.influxauth.config.ConnectionResolver;
import io.github.influxauth.config.ConnectionSettings;
import io.github.influxauth.config.Hosts;
import java.io.PrintWriter;
import java.time.Instant;
import picocli.CommandLine.Model.CommandSpec;

/** Resolves the connection for a command, warns about insecure choices, opens the token source. */
final class Session {

    private Session() {}

    /** @param now the moment that decides which InfluxDB 3 tokens have expired */
    static TokenSource open(CommandSpec spec, Instant now) {
        ConnectionSettings settings =
                new ConnectionResolver(RootCommand.of(spec).environment()).resolve(ConnectionOptions.merged(spec));
        PrintWriter err = spec.commandLine().getErr();
        if (settings.skipVerify()) {
            err.println("warning: --skip-verify: the server's TLS certificate is not checked");
        }
        warnPlainHttp(err, settings, "");
        return TokenSources.open(settings, settings.httpDebug() ? err : null, now);
    }

    /** @param prefix put before the message: {@code "[NAME] "} for one config of several, else empty */
    static void warnPlainHttp(PrintWriter err, ConnectionSettings settings, String prefix) {
        if (settings.host().getScheme().equals("http")
                && !isLoopback(settings.host().getHost())) {
            err.println("warning: " + prefix + "the token is sent unencrypted over http:// to "
                    + settings.host().getHost() + "; use https://");
        }
        if (settings.httpDebug()) {
            err.println(ProxyMessages.debugLine(settings.proxy()));
        }
        err.flush();
    }

    /** Which API the command is to speak, known before any file is read or request sent. */
    static ApiChoice api(CommandSpec spec) {
        return new ConnectionResolver(RootCommand.of(spec).environment()).api(ConnectionOptions.merged(spec));
    }

    /** Only literal addresses count: a name is never resolved here. */
    static boolean isLoopback(String host) {
        return Hosts.isLoopback(host);
    }
}
