package io.github.influxauth.api;

import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.Dns;

/**
 * Name resolution within the deadline. OkHttp's call timeout cancels a call by closing its socket,
 * which cannot stop a lookup blocked in the system resolver (seconds per try when a DNS server
 * does not answer): so the lookup runs aside and is given up on when the time is over.
 */
final class BoundedDns implements Dns {

    private final Dns delegate;
    private final Deadline deadline;

    BoundedDns(Dns delegate, Deadline deadline) {
        this.delegate = delegate;
        this.deadline = deadline;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        long remaining = deadline.remainingNanos();
        // localhost comes from the hosts file: not worth a thread at start-up, where every millisecond shows.
        if (remaining == Long.MAX_VALUE || hostname.equalsIgnoreCase("localhost")) {
            return delegate.lookup(hostname);
        }
        CompletableFuture<List<InetAddress>> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return delegate.lookup(hostname);
            } catch (UnknownHostException e) {
                throw new CompletionException(e);
            }
        });
        try {
            return lookup.get(Math.max(remaining, 0), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownHostException unknown) {
                throw unknown;
            }
            throw (UnknownHostException) new UnknownHostException(hostname).initCause(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw (UnknownHostException)
                    new UnknownHostException(hostname).initCause(new InterruptedIOException("interrupted"));
        } catch (TimeoutException e) {
            lookup.cancel(true);
            // Dns may only throw UnknownHostException; the cause tells execute() it was the deadline.
            throw (UnknownHostException)
                    new UnknownHostException(hostname).initCause(new InterruptedIOException("timeout"));
        }
    }
}
