package io.github.influxauth.failure;

/**
 * Something the command was asked about does not exist, as the server's answers show: a bucket
 * named in {@code --can}, say.
 *
 * @param kind what it is ({@code "bucket"})
 * @param name its name or ID as given
 * @param org  the org it was looked for in, as given, or null
 */
public final class NotFound extends Failure {

    private final String kind;
    private final String name;
    private final String org;

    public NotFound(String kind, String name, String org) {
        super(kind + " " + name + " not found" + (org != null ? " in " + org : ""), null);
        this.kind = kind;
        this.name = name;
        this.org = org;
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

    @Override
    public int exitCode() {
        return ExitCode.NOT_FOUND;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.notFound(this);
    }
}
