package io.github.influxauth.failure;

/**
 * A response this tool cannot use: not the JSON the API promises (empty, malformed, truncated,
 * of the wrong shape), a redirect, or a paging link it will not follow.
 */
public final class BadResponse extends Failure {

    public enum Kind {
        EMPTY_BODY,
        /** {@code detail}: what was expected at the top ("a JSON object"). */
        WRONG_TOP_LEVEL,
        TRAILING_TEXT,
        /** {@code line}, {@code column}: where the JSON ended early (0 when unknown). */
        TRUNCATED,
        /** {@code line}, {@code column}; {@code detail}: the one unexpected character, or null. */
        MALFORMED,
        /** {@code line}, {@code column}; {@code detail}: the most characters a string may have. */
        STRING_TOO_LONG,
        /** {@code line}, {@code column}: nested too deep, or a number or a field name too long. */
        BEYOND_LIMITS,
        /** {@code detail}: what is wrong with the data, in the parser's words. */
        SHAPE,
        /** {@code detail}: the path of the repeated page. */
        PAGING_REPEATS,
        NEXT_LINK_NOT_URL,
        /** {@code detail}: the scheme, host and port it points to. */
        NEXT_LINK_FOREIGN,
        /** {@code detail}: the path it leads to, outside the host's path prefix. */
        NEXT_LINK_OUTSIDE,
        /** {@code status}; {@code detail}: the Location, token values removed. */
        REDIRECT,
        BAD_GZIP,
        /** {@code detail}: what broke the protocol (a status line, a chunk header), token values removed. */
        NOT_HTTP,
        /** {@code status}, {@code contentType}; {@code detail}: the start of the body, or null. */
        NOT_JSON,
        /** {@code status}; {@code detail}: the Content-Length header, which is negative. */
        BAD_CONTENT_LENGTH,
    }

    private final Kind kind;
    private final String url;
    private final String detail;
    private final int status;
    private final String contentType;
    private final long line;
    private final long column;

    public BadResponse(Kind kind, String url, String detail, int status, String contentType, long line, long column) {
        super(kind + " from " + url, null);
        this.kind = kind;
        this.url = url;
        this.detail = detail;
        this.status = status;
        this.contentType = contentType;
        this.line = line;
        this.column = column;
    }

    public static BadResponse of(Kind kind, String url, String detail) {
        return new BadResponse(kind, url, detail, 0, null, 0, 0);
    }

    public Kind kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    public String detail() {
        return detail;
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    @Override
    public int exitCode() {
        return ExitCode.FAILURE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.badResponse(this);
    }
}
