package io.github.influxauth.cli;

/** Nobody reads the output any more ({@code influx-auth list | head -1}): stop quietly, with success. */
final class OutputClosedException extends RuntimeException {
    OutputClosedException() {
        super("standard output was closed", null, false, false);
    }
}
