package io.github.influxauth.cli;

import io.github.influxauth.api.TokenSource;
import io.github.influxauth.api.TokenSources;
import io.github.influxauth.config.ApiChoice;
import io.github.influxauth.config.ConnectionResolver;
import io.github.influxauth.config.ConnectionSettings;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/** Resolves the connection for a command, warns about insecure choices, opens the token source. */
final class Session {

    private Session() {}

    /** @param now the moment that decides which InfluxDB 3 tokens have expired */
    static TokenSource open(CommandSpec spec, Instant now) {
        ConnectionSettings settings = new ConnectionResolver(RootCommand.of(spec).environment())
                .resolve(ConnectionOptions.merged(spec));
        PrintWriter err = spec.commandLine().getErr();
        if (settings.skipVerify()) {
            err.println("warning: --skip-verify: the server's TLS certificate is not checked");
        }
        warnPlainHttp(err, settings, "");
        return TokenSources.open(settings, settings.httpDebug() ? err : null, now);
    }

    /** @param prefix put before the message: {@code "[NAME] "} for one config of several, else empty */
    static void warnPlainHttp(PrintWriter err, ConnectionSettings settings, String prefix) {
        if (settings.host().getScheme().equals("http") && !isLoopback(settings.host().getHost())) {
            err.println("warning: " + prefix + "the token is sent unencrypted over http:// to "
                    + settings.host().getHost() + "; use https://");
        }
        err.flush();
    }

    /** Which API the command is to speak, known before any file is read or request sent. */
    static ApiChoice api(CommandSpec spec) {
        return new ConnectionResolver(RootCommand.of(spec).environment()).api(ConnectionOptions.merged(spec));
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        // Only literal addresses: a name is never resolved here.
        if (h.matches("\\d{1,3}(\\.\\d{1,3}){3}") || h.contains(":")) {
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
