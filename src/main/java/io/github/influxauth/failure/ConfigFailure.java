package io.github.influxauth.failure;

import java.nio.file.Path;
import java.util.List;

/**
 * A usage or configuration problem, found before any request is sent, or, for what depends on the
 * API the server turns out to speak, right after its first answer (exit 2). The facts that
 * matter depend on the problem: which setting ({@link #origin}), which file, the value as given
 * (never a token), a detail from the parser, the names to choose from.
 */
public final class ConfigFailure extends Failure {

    public enum Problem {
        /** No token from any source; {@code file} is the configs file looked in. */
        NO_TOKEN,
        TOKEN_FILE_EMPTY,
        /** A device, a FIFO, a directory: reading it may never end. */
        TOKEN_FILE_NOT_REGULAR,
        TOKEN_FILE_TOO_LARGE,
        /** {@code detail}: why, e.g. "no such file". */
        TOKEN_FILE_UNREADABLE,
        /** The token holds a space, a control or a non-ASCII character: it cannot go into a header. */
        TOKEN_UNUSABLE,
        /** {@code detail}: the URL parser's reason. */
        HOST_NOT_URL,
        HOST_SCHEME,
        HOST_NO_NAME,
        HOST_USER_INFO,
        HOST_PORT,
        HOST_QUERY,
        CA_UNREADABLE,
        /** {@code detail}: the first line of Java's reason, or null. */
        CA_NOT_PEM,
        CA_EMPTY,
        CA_NOT_REGULAR,
        CA_TOO_LARGE,
        CONFIGS_UNREADABLE,
        CONFIGS_MALFORMED,
        CONFIGS_NOT_REGULAR,
        CONFIGS_TOO_LARGE,
        /** {@code value}: the config's name. */
        CONFIG_NOT_A_TABLE,
        /** {@code value}: the config's name; {@code detail}: the field. */
        CONFIG_FIELD_NOT_TEXT,
        /** {@code value}: the name asked for; {@code choices}: the configs there are. */
        NO_SUCH_CONFIG,
        /** {@code choices}: the configs there are, none marked active. */
        NO_ACTIVE_CONFIG,
        /** A configs file named by {@code origin} that is not there. */
        CONFIGS_MISSING,
        NOT_A_DURATION,
        /** {@code value}: the duration as given, longer than the longest time limit there is. */
        TIMEOUT_TOO_LONG,
        NOT_A_BOOLEAN,
        /** {@code value}: what {@code --api} or {@code INFLUX_AUTH_API} said instead of auto, v2 or v3. */
        NOT_AN_API,
        /**
         * User or org filters for a server that speaks InfluxDB 3, whose tokens have neither: found
         * before any request when the API was given, else once the server's first answer told.
         */
        NO_USER_OR_ORG_IN_V3,
        /** {@code origin}: the proxy variable; its value is not quoted, as it may hold a password. */
        PROXY_NOT_URL,
        /** {@code origin}: the proxy variable; {@code value}: the scheme it gives, which is not http. */
        PROXY_SCHEME,
        /** {@code --all-configs}, and the configs file has none. */
        NO_CONFIGS,
        /** {@code value}: a config asked for among several, which has no token. */
        CONFIG_WITHOUT_TOKEN,
    }

    private final Problem problem;
    private final Origin origin;
    private final Path file;
    private final String value;
    private final String detail;
    private final List<String> choices;

    public ConfigFailure(Problem problem, Origin origin, Path file, String value, String detail, List<String> choices) {
        super(problem + (file != null ? " in " + file : ""), null);
        this.problem = problem;
        this.origin = origin;
        this.file = file;
        this.value = value;
        this.detail = detail;
        this.choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A problem with the value of one setting. */
    public static ConfigFailure of(Problem problem, Origin origin, String value) {
        return new ConfigFailure(problem, origin, null, value, null, null);
    }

    /** A problem with a file. */
    public static ConfigFailure inFile(Problem problem, Path file, String detail) {
        return new ConfigFailure(problem, null, file, null, detail, null);
    }

    public Problem problem() {
        return problem;
    }

    public Origin origin() {
        return origin;
    }

    public Path file() {
        return file;
    }

    public String value() {
        return value;
    }

    public String detail() {
        return detail;
    }

    public List<String> choices() {
        return choices;
    }

    @Override
    public int exitCode() {
        return ExitCode.USAGE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.config(this);
    }
}
