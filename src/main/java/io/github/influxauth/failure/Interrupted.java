package io.github.influxauth.failure;

/**
 * The JVM is being stopped by a signal while the command runs.
 *
 * @param signal        {@code INT} (Ctrl-C), {@code TERM}, another signal's name, or null when unknown
 * @param outputWritten whether part of the output had gone out: it is then incomplete
 */
public final class Interrupted extends Failure {

    private final String signal;
    private final boolean outputWritten;

    public Interrupted(String signal, boolean outputWritten) {
        super("stopped by SIG" + signal, null);
        this.signal = signal;
        this.outputWritten = outputWritten;
    }

    public String signal() {
        return signal;
    }

    public boolean outputWritten() {
        return outputWritten;
    }

    /** What the JVM exits with after a signal: 128 + its number. */
    @Override
    public int exitCode() {
        if ("INT".equals(signal)) {
            return ExitCode.INTERRUPTED;
        }
        return "TERM".equals(signal) ? ExitCode.TERMINATED : ExitCode.FAILURE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.interrupted(this);
    }
}
