package io.github.influxauth.failure;

/**
 * No token of an InfluxDB 3 server has the ID or name asked for. InfluxDB 3 has no endpoint for one
 * token: the whole table was read from {@code url} and searched, so this is the tool's finding.
 */
public final class TokenNotFound extends Failure {

    private final String idOrName;
    private final String url;

    public TokenNotFound(String idOrName, String url) {
        super("no token " + idOrName + " in " + url, null);
        this.idOrName = idOrName;
        this.url = url;
    }

    public String idOrName() {
        return idOrName;
    }

    public String url() {
        return url;
    }

    @Override
    public int exitCode() {
        return ExitCode.NOT_FOUND;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.tokenNotFound(this);
    }
}
