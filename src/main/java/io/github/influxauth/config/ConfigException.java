package io.github.influxauth.config;

/** A usage or configuration problem found before any request is sent (exit code 2). */
public class ConfigException extends RuntimeException {

    private final String hint;

    public ConfigException(String message) {
        this(message, null);
    }

    public ConfigException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
