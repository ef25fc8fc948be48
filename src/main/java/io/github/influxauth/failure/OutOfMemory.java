package io.github.influxauth.failure;

/**
 * The Java heap ran out. {@code holdingListing}: while a listing held every token, as table and
 * json output and {@code --sort} must, which a streamed format would not have needed.
 */
public final class OutOfMemory extends Failure {

    private final boolean holdingListing;

    public OutOfMemory(boolean holdingListing) {
        super(holdingListing ? "out of memory holding a listing" : "out of memory", null);
        this.holdingListing = holdingListing;
    }

    public boolean holdingListing() {
        return holdingListing;
    }

    @Override
    public int exitCode() {
        return ExitCode.FAILURE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.outOfMemory(this);
    }
}
