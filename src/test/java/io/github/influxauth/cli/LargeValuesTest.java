package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Fixtures;
import io.github.influxauth.testing.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Valid JSON that is merely large is read, or said to be too large; never called invalid. */
class LargeValuesTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    @Test
    void aDescriptionOf25MillionCharactersIsRead() {
        var big = Fixtures.generated(1).get(0);
        String description = "x".repeat(25_000_000);
        big.put("description", description);
        server.serve(new FakeInfluxServer(List.of(big)));
        Result r = server.run("list", "--format", "csv", "--hide-headers");
        assertEquals(0, r.exitCode(), () -> r.err());
        assertEquals("", r.err());
        assertTrue(
                r.out().startsWith(big.get("id").asText() + "," + description + ",active,"),
                "not the whole description");
    }

    @Test
    void jsonNestedBeyondTheParsersDepthIsSaidToBeSo() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        server.fake().fault(0, FakeInfluxServer.json(200, "{\"links\":{},\"authorizations\":[],\"x\":" + deep + "}"));
        Result r = server.run("list");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "error: bad response from " + server.url() + "api/v2/authorizations: the response is"
                        + " nested too deep, or holds a number or a field name too long to read\n",
                r.err());
    }
}
