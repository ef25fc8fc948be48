package io.github.influxauth.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.influxauth.api.AuthorizationQuery;
import io.github.influxauth.api.TokenSource;
import io.github.influxauth.failure.Failure;
import io.github.influxauth.failure.NotFound;
import io.github.influxauth.filter.BucketLookup;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FleetTest {

    /** A server's listing: what it does when asked. */
    interface Listing {
        void list(TokenSource.Sink sink) throws Exception;
    }

    static Authorization token(String id) {
        return new Authorization(id, null, "active", null, null, null, null, null, null, null, List.of(), null);
    }

    static Fleet.Member member(String config, Listing listing) {
        return new Fleet.Member(
                config,
                "http://" + config,
                () -> new TokenSource() {
                    @Override
                    public void list(AuthorizationQuery query, Sink sink) {
                        try {
                            listing.list(sink);
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }

                    @Override
                    public Authorization get(String idOrName) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public BucketLookup buckets() {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public Api api() {
                        return Api.V2;
                    }

                    @Override
                    public void close() {}
                },
                null);
    }

    /** Records, in order, what the caller's thread received: "config:id" for a token, "config." for an end. */
    static class Recorder implements Fleet.Receiver<String> {
        final List<String> seen = new ArrayList<>();
        final List<Fleet.End<String>> ends = new ArrayList<>();

        @Override
        public boolean token(Fleet.Member member, Authorization token) {
            seen.add(member.config() + ":" + token.id());
            return true;
        }

        @Override
        public void end(Fleet.End<String> end) {
            seen.add(end.member().config() + ".");
            ends.add(end);
        }
    }

    static final Fleet.Work<String> LIST = (source, sink) -> {
        source.list(AuthorizationQuery.ALL, sink);
        return "done";
    };

    @Test
    void atMostEightServersAreAskedAtOnce() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        // Eight must be running together for the barrier to open: fewer at a time would never get past it.
        CyclicBarrier eight = new CyclicBarrier(Fleet.AT_ONCE);
        List<Fleet.Member> members = new ArrayList<>();
        for (int i = 0; i < 2 * Fleet.AT_ONCE; i++) {
            members.add(member("s" + i, sink -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                eight.await(10, TimeUnit.SECONDS);
                sink.accept(token("1"));
                running.decrementAndGet();
            }));
        }
        Recorder recorder = new Recorder();
        Fleet.run(members, LIST, recorder);
        assertEquals(Fleet.AT_ONCE, most.get());
        assertEquals(2 * Fleet.AT_ONCE, recorder.ends.size());
        recorder.ends.forEach(e -> assertNull(e.failure(), e.member().config()));
    }

    @Test
    void theServersComeInTheOrderGivenWhicheverAnswersFirst() {
        CountDownLatch secondDone = new CountDownLatch(1);
        Recorder recorder = new Recorder();
        Fleet.run(
                List.of(
                        member("first", sink -> {
                            secondDone.await(10, TimeUnit.SECONDS);
                            sink.accept(token("1"));
                            sink.accept(token("2"));
                        }),
                        member("second", sink -> {
                            sink.accept(token("3"));
                            secondDone.countDown();
                        })),
                LIST,
                recorder);
        assertEquals(List.of("first:1", "first:2", "first.", "second:3", "second."), recorder.seen);
        assertEquals("done", recorder.ends.get(0).result());
        assertEquals(Api.V2, recorder.ends.get(0).api());
    }

    @Test
    void aFailingServerEndsWithItsFailureAndTheOthersGoOn() {
        Failure notFound = new NotFound("bucket", "x", null);
        Failure unusable = new NotFound("config", "y", null);
        Recorder recorder = new Recorder();
        Fleet.run(
                List.of(
                        member("a", sink -> {
                            sink.accept(token("1"));
                            throw notFound;
                        }),
                        new Fleet.Member("b", null, null, unusable),
                        member("c", sink -> sink.accept(token("2")))),
                LIST,
                recorder);
        assertEquals(List.of("a:1", "a.", "b.", "c:2", "c."), recorder.seen);
        assertSame(notFound, recorder.ends.get(0).failure());
        assertNull(recorder.ends.get(0).result());
        assertSame(unusable, recorder.ends.get(1).failure());
        assertNull(recorder.ends.get(2).failure());
    }

    @Test
    void enoughTokensStopTheServers() {
        CountDownLatch firstTaken = new CountDownLatch(1);
        boolean[] toldToStop = {false};
        Recorder recorder = new Recorder() {
            @Override
            public boolean token(Fleet.Member member, Authorization token) {
                firstTaken.countDown();
                return false; // one is enough
            }
        };
        Fleet.run(
                List.of(member("a", sink -> {
                    sink.accept(token("0"));
                    firstTaken.await(10, TimeUnit.SECONDS);
                    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (System.nanoTime() < end) {
                        if (!sink.accept(token("more"))) {
                            toldToStop[0] = true;
                            return;
                        }
                        Thread.onSpinWait();
                    }
                })),
                LIST,
                recorder);
        assertEquals(true, toldToStop[0], "the server's listing was not told to stop");
        assertEquals(List.of("a."), recorder.seen, "no token after the one that was enough");
    }

    @Test
    void aBugOnAServerThreadIsRethrownOnTheCallersThread() {
        IllegalStateException bug = new IllegalStateException("bug");
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> Fleet.run(
                        List.of(member("a", sink -> {
                            throw bug;
                        })),
                        LIST,
                        new Recorder()));
        assertSame(bug, thrown);
    }
}
