package io.github.influxauth.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The leak guard that every {@link Cli} run goes through: it must fail when a token shows. */
class SecretsTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    @Test
    void findsATokenInText() {
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> Secrets.assertAbsent(
                        "stderr", "error: bad " + FakeInfluxServer.TOKEN, List.of(FakeInfluxServer.TOKEN)));
        assertEquals(
                true,
                e.getMessage().startsWith("a token value appears in stderr (token starting fake…)"),
                e.getMessage());
    }

    @Test
    void findsATokenInACause() {
        Exception e = new IllegalStateException("outer", new RuntimeException("inner " + FakeInfluxServer.TOKEN));
        assertEquals(true, Secrets.messages(e).stream().anyMatch(m -> m.contains(FakeInfluxServer.TOKEN)));
    }

    @Test
    void contractTokensAreKnownOnceAServerServesThem() {
        FakeInfluxServer.withContractExamples();
        assertEquals(
                true,
                Secrets.serverTokens()
                        .contains(
                                "HfFTpcR9AWUTWkX29ijXLjCKC_swwf1RK-3FIzxXrZPsAg9X1kZVIqrcBjGXYewoUWbpnuT7S_8QW87l0Sdszg=="));
    }

    @Test
    void showTokensInTableIsAllowedButTheTableWithoutItIsChecked() {
        Result shown = server.run("list", "--show-tokens");
        assertEquals(0, shown.exitCode(), shown::toString);
        assertEquals(true, shown.out().contains("HfFTpcR9AWUTWkX29ijXLjCKC"), shown::toString);
        assertEquals("", shown.err());
        Result masked = server.run("list");
        assertEquals(0, masked.exitCode(), masked::toString);
        assertEquals(false, masked.out().contains("HfFTpcR9AWUTWkX29ijXLjCKC"), masked::toString);
        assertEquals("", masked.err());
    }
}
