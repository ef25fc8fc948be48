package io.github.influxauth.cli;

import io.github.influxauth.api.InfluxClient;
import io.github.influxauth.config.ConnectionResolver;
import io.github.influxauth.config.ConnectionSettings;
import io.github.influxauth.config.Environment;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/** Resolves the connection for a command, warns about insecure choices, opens the client. */
final class Session {

    private Session() {}

    static InfluxClient open(CommandSpec spec) {
        RootCommand root = RootCommand.of(spec);
        Environment env = root.environment();
        ConnectionSettings settings = new ConnectionResolver(env).resolve(ConnectionOptions.merged(spec));
        root.tokenSource(settings.tokenSource());
        PrintWriter err = spec.commandLine().getErr();
        if (settings.skipVerify()) {
            err.println("warning: --skip-verify: the server's TLS certificate is not checked");
        }
        if (settings.host().getScheme().equals("http") && !isLoopback(settings.host().getHost())) {
            err.println("warning: the token is sent unencrypted over http:// to " + settings.host().getHost()
                    + "; use https://");
        }
        err.flush();
        return new InfluxClient(settings, settings.httpDebug() ? err : null);
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
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
