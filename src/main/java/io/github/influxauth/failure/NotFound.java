package io.github.influxauth.failure;

/**
 * Something the command was asked about does not exist, as the server's answers show: a bucket
 * named in {@code --can}, or an InfluxDB 3 token asked for by ID or name (InfluxDB 3 has no endpoint
 * for one token: its whole table was read and searched).
 */
public final class NotFound extends Failure {

    private final String kind;
    private final String name;
    private final String org;
    private final String url;

    /**
     * @param kind what it is ({@code "bucket"}, {@code "token"})
     * @param name its name or ID as given
     * @param org  the org it was looked for in, as given, or null
     * @param url  where it was looked for, when that is worth saying, or null
     */
    public NotFound(String kind, String name, String org, String url) {
        super(kind + " " + name + " not found" + (org != null ? " in " + org : ""), null);
        this.kind = kind;
        this.name = name;
        this.org = org;
        this.url = url;
    }

    public NotFound(String kind, String name, String org) {
        this(kind, name, org, null);
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String org() {
        return org;
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
        return visitor.notFound(this);
    }
}
