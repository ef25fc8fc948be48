package io.github.influxauth.failure;

import java.nio.file.Path;

/**
 * Where a setting's value came from, as a fact: the command line wording ({@code --token},
 * {@code INFLUX_TOKEN}, {@code config "prod" in PATH}) is made from it in one place, in {@code cli}.
 *
 * @param name the option or environment variable, or the config's name; null for the default
 * @param file the file the value was read from ({@code --token-file PATH}, the configs file), or null
 */
public record Origin(Kind kind, String name, Path file) {

    public enum Kind {
        OPTION,
        ENVIRONMENT,
        CONFIG,
        DEFAULT
    }

    public static final Origin DEFAULT = new Origin(Kind.DEFAULT, null, null);

    public static Origin option(String name) {
        return new Origin(Kind.OPTION, name, null);
    }

    /** An option naming a file the value was read from, such as {@code --token-file PATH}. */
    public static Origin optionFile(String name, Path file) {
        return new Origin(Kind.OPTION, name, file);
    }

    public static Origin environment(String name) {
        return new Origin(Kind.ENVIRONMENT, name, null);
    }

    public static Origin config(String name, Path configsFile) {
        return new Origin(Kind.CONFIG, name, configsFile);
    }

    /**
     * Whether the value came from the environment variable {@code variable}. Every run asks this, so
     * it does not use the record's {@code equals}: its first call links an invokedynamic call site,
     * ~10 ms of a short run on JDK 17.
     */
    public boolean isEnvironment(String variable) {
        return kind == Kind.ENVIRONMENT && variable.equals(name);
    }
}
