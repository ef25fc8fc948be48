package io.github.influxauth.cli;

/** A streamed listing failed after some authorizations were already written. */
final class IncompleteListingException extends RuntimeException {

    private final int written;

    IncompleteListingException(RuntimeException cause, int written) {
        super(cause.getMessage(), cause);
        this.written = written;
    }

    int written() {
        return written;
    }
}
