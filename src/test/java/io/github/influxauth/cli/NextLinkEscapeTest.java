package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Behind a path prefix, a next link that climbs out of it is not followed with the token. */
class NextLinkEscapeTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    @Test
    void aNextLinkClimbingOutOfThePrefixIsRefused() {
        server.fake()
                .prefix("/influx")
                .fault(
                        0,
                        FakeInfluxServer.json(
                                200,
                                "{\"links\":{\"next\":\"/influx/../admin/api/v2/authorizations?offset=1\"},"
                                        + "\"authorizations\":[{\"id\":\"0d47b4f0c2e6a000\",\"status\":\"active\",\"permissions\":[]}]}"));
        String host = server.url("/influx");
        Result r = server.run("list", "--host", host);
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertEquals(
                "error: bad response from " + host + "/api/v2/authorizations: the server's next-page link leads to"
                        + " /admin/api/v2/authorizations, outside the path of --host; not following it with the token\n",
                r.err());
        assertEquals(List.of("/influx/api/v2/authorizations"), server.targets());
    }
}
