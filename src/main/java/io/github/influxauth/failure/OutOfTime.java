package io.github.influxauth.failure;

/**
 * The command's time limit passed while it worked on what the server had sent (filtering, sorting,
 * rendering): the limit bounds the whole command, not only its requests.
 */
public final class OutOfTime extends Failure {

    private final Timeout timeout;

    public OutOfTime(Timeout timeout) {
        super("did not finish within " + timeout.limit(), null);
        this.timeout = timeout;
    }

    public Timeout timeout() {
        return timeout;
    }

    @Override
    public int exitCode() {
        return ExitCode.FAILURE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.outOfTime(this);
    }
}
