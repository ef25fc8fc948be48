package io.github.influxauth.failure;

/**
 * Standard output could not be written (a full disk, {@code /dev/full}, an I/O error); not a
 * reader that closed a pipe, which is a normal end.
 *
 * @param reason the system's words for it, e.g. "No space left on device"
 */
public final class OutputFailure extends Failure {

    private final String reason;

    public OutputFailure(String reason) {
        super("cannot write output: " + reason, null);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    @Override
    public int exitCode() {
        return ExitCode.FAILURE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.output(this);
    }
}
