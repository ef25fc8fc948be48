package io.github.influxauth.failure;

/** A listing that streams failed after {@code written} tokens were already printed. */
public final class IncompleteListing extends Failure {

    private final Failure failure;
    private final int written;

    public IncompleteListing(Failure failure, int written) {
        super("incomplete listing after " + written, failure);
        this.failure = failure;
        this.written = written;
    }

    /** What stopped the listing. */
    public Failure failure() {
        return failure;
    }

    public int written() {
        return written;
    }

    @Override
    public int exitCode() {
        return failure.exitCode();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.incomplete(this);
    }
}
