package io.github.influxauth.fleet;

import io.github.influxauth.api.TokenSource;
import io.github.influxauth.failure.Failure;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Several servers asked at once: at most {@link #AT_ONCE} at a time, each on a thread of its own
 * with its own source (so its own deadline, which starts when its turn comes), so that a run costs
 * about as much as its slowest server. The caller receives, on its own thread, the tokens of each
 * server in the server's order and the servers in the order given (the configs file's): the first
 * server's tokens as they arrive, the others' held until those before them are done.
 */
public final class Fleet {

    /** Servers asked at a time: enough for a fleet, few enough for the machine and the servers. */
    public static final int AT_ONCE = 8;

    /**
     * One config: one server. {@code open} makes its source; when the config cannot be used at all,
     * it is null and {@code unusable} says why.
     *
     * @param host the server's URL, for output and messages; null when the config has none usable
     */
    public record Member(String config, String host, Supplier<TokenSource> open, Failure unusable) {}

    /** What is done with one server, on its thread, its source open: lists into {@code sink}. */
    @FunctionalInterface
    public interface Work<R> {
        /** @return what the caller learns with the end of this server's tokens */
        R run(TokenSource source, TokenSource.Sink sink);
    }

    /**
     * How one server's part ended: {@code failure} is null when it went well, and {@code result}
     * null when it did not; {@code api} is null when the server never told.
     */
    public record End<R>(Member member, Api api, R result, Failure failure, boolean withoutAuthentication) {}

    /** The caller's side, called on the calling thread. */
    public interface Receiver<R> {
        /** @return false when no more tokens are wanted, from any server */
        boolean token(Member member, Authorization token);

        void end(End<R> end);

        /** True once nobody reads the output: the run returns at once, without waiting for the others. */
        default boolean abandoned() {
            return false;
        }
    }

    /** What broke a server's thread that is not one of the tool's failures: a bug, rethrown on the caller's thread. */
    private record Crash(Throwable thrown) {}

    private Fleet() {}

    public static <R> void run(List<Member> members, Work<R> work, Receiver<R> receiver) {
        if (members.isEmpty()) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        List<BlockingQueue<Object>> queues = new ArrayList<>();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(AT_ONCE, members.size()), r -> {
            Thread t = new Thread(r, "influx-auth-config-" + threads.incrementAndGet());
            t.setDaemon(true); // a run that ends early must not wait for a slow server
            return t;
        });
        try {
            for (Member member : members) {
                BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
                queues.add(queue);
                pool.execute(() -> queue.add(ask(member, work, queue, stop)));
            }
            for (int i = 0; i < members.size(); i++) {
                if (!deliver(members.get(i), queues.get(i), receiver, stop)) {
                    return;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One server's part, on its thread: its tokens go to {@code queue}; what is returned ends it. */
    private static <R> Object ask(Member member, Work<R> work, BlockingQueue<Object> queue, AtomicBoolean stop) {
        if (member.unusable() != null) {
            return new End<R>(member, null, null, member.unusable(), false);
        }
        TokenSource opened = null;
        try (TokenSource source = member.open().get()) {
            opened = source;
            R result = work.run(source, token -> {
                if (!stop.get()) {
                    queue.add(token);
                }
                return !stop.get();
            });
            return new End<>(member, source.api(), result, null, source.withoutAuthentication());
        } catch (Failure f) {
            return new End<R>(member, opened == null ? null : opened.api(), null, f, false);
        } catch (RuntimeException | Error e) {
            return new Crash(e);
        }
    }

    /** Hands over one server's tokens and end; false when the run is to end now. */
    @SuppressWarnings("unchecked")
    private static <R> boolean deliver(
            Member member, BlockingQueue<Object> queue, Receiver<R> receiver, AtomicBoolean stop) {
        while (true) {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (item instanceof Authorization token) {
                if (!stop.get() && !receiver.token(member, token)) {
                    stop.set(true);
                }
            } else if (item instanceof Crash crash) {
                if (crash.thrown() instanceof RuntimeException e) {
                    throw e;
                }
                throw (Error) crash.thrown();
            } else {
                receiver.end((End<R>) item);
                return !receiver.abandoned();
            }
            if (receiver.abandoned()) {
                stop.set(true);
                return false;
            }
        }
    }
}
