package io.github.influxauth.output;

import static io.github.influxauth.output.AuthorizationBuilder.TOKEN;
import static io.github.influxauth.output.AuthorizationBuilder.authorization;
import static io.github.influxauth.output.Render.HEADERS;
import static io.github.influxauth.output.Render.NO_HEADERS;
import static io.github.influxauth.output.Render.SHOW_TOKENS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.model.Api;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** RFC 4180 csv, whole: CRLF after every row, quotes only where needed, every field on one line. */
class CsvRendererTest {

    private static final String HEADER =
            "id,description,status,user,userID,org,orgID,token,createdAt,updatedAt,permissions\r\n";

    @Test
    void everyFieldInHeaderOrderWithCrlf() {
        String csv = Render.list(
                Format.csv,
                SHOW_TOKENS,
                authorization("0d47c0000000a001")
                        .description("telegraf read/write")
                        .token(TOKEN)
                        .permission("read", "buckets", "8f3e2d1c0b4a5967", "5f1c2d3e4a6b7c80", "telegraf", "my-org")
                        .permission("write", "buckets", "8f3e2d1c0b4a5967", "5f1c2d3e4a6b7c80", "telegraf", "my-org")
                        .build(),
                authorization("0d47c0000000a002")
                        .status("inactive")
                        .permission("read", "dashboards", null, "5f1c2d3e4a6b7c80", null, null)
                        .permission("write", "users", "0d47b3a6d4b6a000", null, "admin", null)
                        .permission("read", "authorizations", null, null, null, null)
                        .build());
        assertEquals(
                HEADER
                        + "0d47c0000000a001,telegraf read/write,active,admin,0d47b3a6d4b6a000,my-org,5f1c2d3e4a6b7c80,"
                        + TOKEN
                        + ",2024-03-14T16:02:11Z,2024-04-02T08:45:00.5Z,read:orgs/5f1c2d3e4a6b7c80/buckets/8f3e2d1c0b4a5967"
                        + " write:orgs/5f1c2d3e4a6b7c80/buckets/8f3e2d1c0b4a5967\r\n"
                        + "0d47c0000000a002,,inactive,admin,0d47b3a6d4b6a000,my-org,5f1c2d3e4a6b7c80,,2024-03-14T16:02:11Z,"
                        + "2024-04-02T08:45:00.5Z,read:orgs/5f1c2d3e4a6b7c80/dashboards write:users/0d47b3a6d4b6a000"
                        + " read:/authorizations\r\n",
                csv);
    }

    @Test
    void fieldsWithACommaOrAQuoteAreQuotedAndOthersNot() {
        String csv = Render.list(
                Format.csv,
                NO_HEADERS,
                authorization("0d47c0000000a001")
                        .description("say \"hi\", then go")
                        .build(),
                authorization("0d47c0000000a002")
                        .description("a,b")
                        .user("o'brien", null)
                        .build(),
                authorization("0d47c0000000a003")
                        .description("\"")
                        .dates(null, null)
                        .build(),
                authorization("0d47c0000000a004")
                        .description(" padded ; semi ")
                        .user(null, null)
                        .org(null, null)
                        .build());
        assertEquals(
                "0d47c0000000a001,\"say \"\"hi\"\", then go\",active,admin,0d47b3a6d4b6a000,my-org,5f1c2d3e4a6b7c80,,"
                        + "2024-03-14T16:02:11Z,2024-04-02T08:45:00.5Z,\r\n"
                        + "0d47c0000000a002,\"a,b\",active,o'brien,,my-org,5f1c2d3e4a6b7c80,,"
                        + "2024-03-14T16:02:11Z,2024-04-02T08:45:00.5Z,\r\n"
                        + "0d47c0000000a003,\"\"\"\",active,admin,0d47b3a6d4b6a000,my-org,5f1c2d3e4a6b7c80,,,,\r\n"
                        + "0d47c0000000a004, padded ; semi ,active,,,,,,2024-03-14T16:02:11Z,2024-04-02T08:45:00.5Z,\r\n",
                csv);
    }

    @Test
    void controlCharactersAreEscapedSoThatARowIsOneLine() {
        String csv = Render.list(
                Format.csv,
                NO_HEADERS,
                authorization("0d47c0000000a001")
                        .description("line 1\r\nline 2,\u001b[2J\u0085end")
                        .user("\u202Eevil", null)
                        .permission("read", "buckets", "8f3e2d1c0b4a5967", "5f1c2d3e4a6b7c80", "telegraf", null)
                        .build());
        assertEquals(
                "0d47c0000000a001,\"line 1\\r\\nline 2,\\e[2J\\u0085end\",active,\\u202eevil,,my-org,5f1c2d3e4a6b7c80,,"
                        + "2024-03-14T16:02:11Z,2024-04-02T08:45:00.5Z,read:orgs/5f1c2d3e4a6b7c80/buckets/8f3e2d1c0b4a5967\r\n",
                csv);
    }

    @Test
    void wideTextIsWrittenAsItIs() {
        String csv = Render.list(
                Format.csv,
                NO_HEADERS,
                authorization("0d47c0000000a001")
                        .description("センサー 🚀")
                        .user("Jose\u0301", null)
                        .build());
        assertEquals(
                "0d47c0000000a001,センサー 🚀,active,Jose\u0301,,my-org,5f1c2d3e4a6b7c80,,"
                        + "2024-03-14T16:02:11Z,2024-04-02T08:45:00.5Z,\r\n",
                csv);
    }

    @Test
    void tokensAreMaskedUnlessAskedFor() {
        var a = authorization("0d47c0000000a001").token(TOKEN).build();
        var redacted = authorization("0d47c0000000a002").token("redacted").build();
        String rows = "0d47c0000000a001,,active,admin,0d47b3a6d4b6a000,my-org,5f1c2d3e4a6b7c80,%s"
                + ",2024-03-14T16:02:11Z,2024-04-02T08:45:00.5Z,\r\n"
                + "0d47c0000000a002,,active,admin,0d47b3a6d4b6a000,my-org,5f1c2d3e4a6b7c80,redacted"
                + ",2024-03-14T16:02:11Z,2024-04-02T08:45:00.5Z,\r\n";
        String masked = TOKEN.substring(0, 4) + "…" + TOKEN.substring(TOKEN.length() - 4);
        assertEquals(HEADER + String.format(rows, masked), Render.list(Format.csv, HEADERS, a, redacted));
        assertEquals(HEADER + String.format(rows, TOKEN), Render.list(Format.csv, SHOW_TOKENS, a, redacted));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        var a = authorization("0d47c0000000a001")
                .description("=HYPERLINK(\"http://x\",\"y\")")
                .user("+1", "0d47b3a6d4b6a000")
                .org("@org", "5f1c2d3e4a6b7c80")
                .build();
        String line = Render.list(Format.csv, NO_HEADERS, a);
        assertEquals(
                "0d47c0000000a001,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",active,'+1,0d47b3a6d4b6a000,'@org,"
                        + "5f1c2d3e4a6b7c80,,2024-03-14T16:02:11Z,2024-04-02T08:45:00.5Z,\r\n",
                line);
    }

    @Test
    void anEmptyListingIsTheHeaderAloneOrNothing() {
        assertEquals(HEADER, Render.list(Format.csv, HEADERS));
        assertEquals("", Render.list(Format.csv, NO_HEADERS));
    }

    @Test
    void oneAuthorizationIsTheHeaderAndOneRow() {
        assertEquals(
                HEADER + "0d47c0000000a001,,active,admin,0d47b3a6d4b6a000,my-org,5f1c2d3e4a6b7c80,,"
                        + "2024-03-14T16:02:11Z,2024-04-02T08:45:00.5Z,\r\n",
                Render.one(
                        Format.csv, HEADERS, authorization("0d47c0000000a001").build()));
    }

    @Test
    void rowsAreWrittenAsTheyArriveAndTheHeaderWithTheFirst() {
        StringWriter out = new StringWriter();
        ListRenderer csv = Renderers.list(Format.csv, Api.V2, new PrintWriter(out), HEADERS);
        assertEquals(true, csv.streams());
        assertEquals("", out.toString(), "nothing before the first row: a listing that fails at once prints nothing");
        csv.add(authorization("0d47c0000000a001").dates(null, null).build());
        assertEquals(
                HEADER + "0d47c0000000a001,,active,admin,0d47b3a6d4b6a000,my-org,5f1c2d3e4a6b7c80,,,,\r\n",
                out.toString());
    }
}
