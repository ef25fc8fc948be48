package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.FakeInfluxDb3;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * --created-before and --created-after with "now" at 2026-09-01. The v2 audit fixture's tokens were
 * created at 10:00Z on: a009 2024-05-01, a001 and a00a 05-02, a002 05-03, a003 05-04, a004 05-05,
 * a005 05-06, a006 05-07, a007 05-08, a008 05-09. InfluxDB 3 Enterprise's: _admin (0) 2026-04-01T08:00,
 * sensors-rw (4) 04-02T10:11:12, health-probe (5) 04-02T10:15, pipeline (6) 04-03T07:00.
 */
class AgeFiltersTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> v2 = FakeServer.auditFixture();

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> v3 = FakeServer.of(FakeInfluxDb3::enterprise);

    /** The IDs listed, in order: the last four hex digits of a v2 ID, a v3 ID whole. */
    private static String ids(FakeServer<?> server, String args) {
        List<String> all = new ArrayList<>(List.of("list", "--format", "csv", "--hide-headers"));
        all.addAll(Arrays.asList(args.split(" ")));
        Result r = server.run(all.toArray(new String[0]));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err(), r::toString);
        return r.out()
                .lines()
                .map(l -> l.substring(0, l.indexOf(',')))
                .map(id -> id.length() == 16 ? id.substring(12) : id)
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--created-before 2024-05-03                              | a001 a009 a00a",
                "--created-after 2024-05-08                               | a007 a008",
                "--created-after 2024-05-08T10:00:00Z                     | a007 a008",
                "--created-before 2024-05-08T10:00:00Z --created-after 2024-05-07 | a006",
                "--created-after 2024-05-08T12:00:00+02:00                | a007 a008",
                "--created-after 2024-05-08T10:00:00.001Z                 | a008",
                "--created-after 2024-05-03 --created-before 2024-05-05   | a002 a003",
                "--created-before 851d                                    | a001 a009 a00a",
                "--created-before 852d                                    | a009",
                "--created-before 853d                                    | ''",
                "--created-after 130w                                     | a001 a002 a003 a004 a005 a006 a007 a008 a009 a00a",
                "--created-after 2w                                       | ''",
            })
    void v2(String args, String expected) {
        assertEquals(expected, ids(v2, args));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--created-before 2026-04-02                              | 0",
                "--created-after 2026-04-02T10:15:00Z                     | 5 6",
                "--created-after 2026-04-02T10:15:00.001Z                 | 6",
                "--created-after 152d                                     | 4 5 6",
                "--created-before 153d                                    | ''",
                "--created-before 152d                                    | 0",
                "--created-after 2026-04-02 --created-before 2026-04-03   | 4 5",
            })
    void v3(String args, String expected) {
        assertEquals(expected, ids(v3, args));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "90", "2026-13-01", "2026-01-31T12:00:00"})
    void aMistakeIsAUsageErrorBeforeAnyRequest(String when) {
        Result r = v2.run("list", "--created-before", when);
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(
                "error: --created-before takes an RFC 3339 time (2026-01-31T12:00:00Z), a date (2026-01-31)"
                        + " or an age (90d, 12h, 2w), not \"" + when + "\"\n",
                r.err().lines().findFirst().orElse("") + "\n");
        assertTrue(r.out().isEmpty(), r::toString);
        assertEquals(0, v2.requestCount());
    }
}
