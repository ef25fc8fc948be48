package io.github.influxauth.cli;

import io.github.influxauth.config.Environment;
import java.util.ArrayList;
import java.util.List;

/** Keeps the caller's token out of what picocli and the JVM say: usage errors may quote any argument. */
final class Secrets {

    private Secrets() {}

    /**
     * {@code text} with the value of {@code --token}/{@code -t}, of {@code INFLUX_TOKEN} and of
     * {@code INFLUXDB3_AUTH_TOKEN} replaced by {@code <redacted>}.
     */
    static String redact(String text, String[] args, Environment env) {
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("-t") || a.equals("--token")) && i + 1 < args.length) {
                secrets.add(args[i + 1]);
            } else if (a.startsWith("--token=")) {
                secrets.add(a.substring("--token=".length()));
            } else if (a.startsWith("-t") && !a.startsWith("--") && a.length() > 2) {
                secrets.add(a.substring(a.charAt(2) == '=' ? 3 : 2));
            }
        }
        for (String variable : new String[] {"INFLUX_TOKEN", "INFLUXDB3_AUTH_TOKEN"}) {
            String envToken = env.get(variable);
            if (envToken != null) {
                secrets.add(envToken);
            }
        }
        String result = text;
        for (String secret : secrets) {
            if (secret.length() >= 4) {
                result = result.replace(secret, "<redacted>");
            }
        }
        return result;
    }
}
