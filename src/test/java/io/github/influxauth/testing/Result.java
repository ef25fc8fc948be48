package io.github.influxauth.testing;

/** What a run of the tool printed and how it ended, in process ({@link Cli}) or as a process ({@link Processes}). */
public record Result(int exitCode, String out, String err) {

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
