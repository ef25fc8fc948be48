package io.github.influxauth.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every token value the tests know, and the check that none leaks. Server tokens (those a fake
 * server lists) may appear on stdout only in the formats that print them; a caller's token (the one
 * sent to the server) and any token on stderr or in an exception message never may.
 */
public final class Secrets {

    /** Shorter strings would match by chance ("T", "abc"); the tests use no real tokens that short. */
    static final int SHORTEST_CHECKED = 8;

    private static final Set<String> SERVER_TOKENS = ConcurrentHashMap.newKeySet();

    private Secrets() {}

    /** Registers a token value that a fake server hands out. */
    public static void serverToken(String token) {
        if (token != null && token.length() >= SHORTEST_CHECKED && !token.equalsIgnoreCase("redacted")) {
            SERVER_TOKENS.add(token);
        }
    }

    public static Set<String> serverTokens() {
        return Set.copyOf(SERVER_TOKENS);
    }

    /** Throws an AssertionError naming where the first of {@code secrets} found in {@code text} was. */
    public static void assertAbsent(String where, String text, Iterable<String> secrets) {
        if (text == null) {
            return;
        }
        for (String secret : secrets) {
            if (secret != null && secret.length() >= SHORTEST_CHECKED && text.contains(secret)) {
                throw new AssertionError("a token value appears in " + where + " (token starting "
                        + secret.substring(0, 4) + "…):\n" + text);
            }
        }
    }

    /** The messages of an exception and of all its causes and suppressed exceptions. */
    public static List<String> messages(Throwable e) {
        List<String> all = new ArrayList<>();
        collect(e, all, 0);
        return all;
    }

    private static void collect(Throwable e, List<String> all, int depth) {
        if (e == null || depth > 20) {
            return;
        }
        all.add(String.valueOf(e.getMessage()));
        all.add(String.valueOf(e));
        for (Throwable s : e.getSuppressed()) {
            collect(s, all, depth + 1);
        }
        collect(e.getCause(), all, depth + 1);
    }
}
