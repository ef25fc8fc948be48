package io.github.influxauth.output;

import static io.github.influxauth.output.AuthorizationBuilder.TOKEN;
import static io.github.influxauth.output.AuthorizationBuilder.authorization;
import static io.github.influxauth.output.Render.HEADERS;
import static io.github.influxauth.output.Render.NO_HEADERS;
import static io.github.influxauth.output.Render.SHOW_TOKENS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import io.github.influxauth.model.PermissionSets;
import io.github.influxauth.model.Resource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table, whole: columns padded to the widest cell in terminal columns, trailing blanks cut. */
class TableRendererTest {

    @Test
    void columnsAreAlignedByDisplayWidth() {
        String table = Render.list(
                Format.table,
                HEADERS,
                authorization("0d47c0000000a001")
                        .description("センサー")
                        .token(TOKEN)
                        .permission("read", "buckets", "8f3e2d1c0b4a5967", "5f1c2d3e4a6b7c80", "telegraf", "my-org")
                        .build(),
                authorization("0d47c0000000a002")
                        .description("🚀 deploy")
                        .status("inactive")
                        .user("iot", null)
                        .build(),
                // e + COMBINING ACUTE ACCENT: two chars, one column.
                authorization("0d47c0000000a003")
                        .description("plain")
                        .user("Jose\u0301", null)
                        .build());
        assertEquals("""
                ID                DESCRIPTION  STATUS    USER   ORG     TOKEN          PERMISSIONS
                0d47c0000000a001  センサー     active    admin  my-org  HfFT…zg==      read buckets/telegraf
                0d47c0000000a002  🚀 deploy    inactive  iot    my-org  (unavailable)  (none)
                0d47c0000000a003  plain        active    Jose\u0301   my-org  (unavailable)  (none)
                """, table);
    }

    @Test
    void controlCharactersAreShownEscapedAndCountedAsWritten() {
        String table = Render.list(
                Format.table,
                HEADERS,
                authorization("0d47c0000000a001")
                        .description("\u001b[31mred\u0007\r\nInjected: line")
                        .build(),
                authorization("0d47c0000000a002").description("a\u202Eb\tc").build());
        assertEquals("""
                ID                DESCRIPTION                    STATUS  USER   ORG     PERMISSIONS
                0d47c0000000a001  \\e[31mred\\a\\r\\nInjected: line  active  admin  my-org  (none)
                0d47c0000000a002  a\\u202eb\\tc                    active  admin  my-org  (none)
                """, table);
    }

    @Test
    void userAndOrgFallBackToTheirIds() {
        String table = Render.list(
                Format.table,
                HEADERS,
                authorization("0d47c0000000a001")
                        .user(null, "0d47b3a6d4b6a000")
                        .org(null, "5f1c2d3e4a6b7c80")
                        .build(),
                authorization("0d47c0000000a002")
                        .user(null, null)
                        .org(null, null)
                        .build());
        assertEquals("""
                ID                DESCRIPTION  STATUS  USER              ORG               PERMISSIONS
                0d47c0000000a001               active  0d47b3a6d4b6a000  5f1c2d3e4a6b7c80  (none)
                0d47c0000000a002               active                                      (none)
                """, table);
    }

    @Test
    void tokensAreMaskedUnlessShownAndUndisclosedOnesAreUnavailable() {
        var whole = authorization("0d47c0000000a001").token(TOKEN).build();
        var shortOne = authorization("0d47c0000000a002").token("abcdefgh12").build();
        var redacted = authorization("0d47c0000000a003").token("redacted").build();
        var empty = authorization("0d47c0000000a004").token("").build();
        assertEquals("""
                ID                DESCRIPTION  STATUS  USER   ORG     TOKEN          PERMISSIONS
                0d47c0000000a001               active  admin  my-org  HfFT…zg==      (none)
                0d47c0000000a002               active  admin  my-org  …              (none)
                0d47c0000000a003               active  admin  my-org  (unavailable)  (none)
                0d47c0000000a004               active  admin  my-org  (unavailable)  (none)
                """, Render.list(Format.table, HEADERS, whole, shortOne, redacted, empty));
        assertEquals(
                """
                ID                DESCRIPTION  STATUS  USER   ORG     TOKEN%s  PERMISSIONS
                0d47c0000000a001               active  admin  my-org  %s  (none)
                0d47c0000000a002               active  admin  my-org  abcdefgh12%s  (none)
                0d47c0000000a003               active  admin  my-org  (unavailable)%s  (none)
                """.formatted(
                                " ".repeat(TOKEN.length() - 5),
                                TOKEN,
                                " ".repeat(TOKEN.length() - 10),
                                " ".repeat(TOKEN.length() - 13)),
                Render.list(Format.table, SHOW_TOKENS, whole, shortOne, redacted));
    }

    @Test
    void permissionsAreSummarised() {
        List<Permission> operator = new ArrayList<>();
        for (String type : PermissionSets.INFLUXD_RESOURCE_TYPES) {
            operator.add(new Permission("read", new Resource(type, null, null, null, null)));
            operator.add(new Permission("write", new Resource(type, null, null, null, null)));
        }
        String table = Render.list(
                Format.table,
                NO_HEADERS,
                authorization("0d47c0000000a001").permissions(operator).build(),
                authorization("0d47c0000000a002")
                        .permission("write", "buckets", "8f3e2d1c0b4a5967", "5f1c2d3e4a6b7c80", "telegraf", null)
                        .permission("read", "buckets", "8f3e2d1c0b4a5967", "5f1c2d3e4a6b7c80", "telegraf", null)
                        .permission("read", "dashboards", null, "5f1c2d3e4a6b7c80", null, null)
                        .permission("write", "views", null, null, null, null)
                        .permission(
                                null, "buckets", "2a9b8c7d6e5f4031", "5f1c2d3e4a6b7c80", "\u001b]0;title\u0007", null)
                        .build());
        assertEquals("""
                0d47c0000000a001    active  admin  my-org  operator
                0d47c0000000a002    active  admin  my-org  read,write buckets/telegraf; read dashboards/*; \
                write views/* (all orgs); ? buckets/\\e]0;title\\a
                """, table);
    }

    @Test
    void withoutHeaderTheColumnsAreAsWideAsTheirCellsOnly() {
        String table = Render.list(
                Format.table,
                NO_HEADERS,
                authorization("0d47c0000000a001")
                        .description("d")
                        .user("al", null)
                        .org("o", null)
                        .build(),
                authorization("0d47c0000000a002")
                        .description("wider")
                        .user("b", null)
                        .org("o", null)
                        .build());
        assertEquals("""
                0d47c0000000a001  d      active  al  o  (none)
                0d47c0000000a002  wider  active  b   o  (none)
                """, table);
    }

    @Test
    void anEmptyListingIsTheHeaderAloneOrNothing() {
        assertEquals("ID  DESCRIPTION  STATUS  USER  ORG  PERMISSIONS\n", Render.list(Format.table, HEADERS));
        assertEquals("", Render.list(Format.table, NO_HEADERS));
    }

    @Test
    void oneAuthorizationIsATableOfOneRow() {
        var a = authorization("0d47c0000000a001")
                .description("telegraf read/write")
                .token(TOKEN)
                .build();
        assertEquals("""
                ID                DESCRIPTION          STATUS  USER   ORG     TOKEN      PERMISSIONS
                0d47c0000000a001  telegraf read/write  active  admin  my-org  HfFT…zg==  (none)
                """, Render.one(Format.table, HEADERS, a));
    }

    @Test
    void onANarrowTerminalTheFreeTextColumnsAreShortenedWidestFirst() {
        Authorization a = authorization("0d47c0000000a001")
                .description("a description far too long for the terminal")
                .token(TOKEN)
                .permission("write", "buckets", "8f3e2d1c0b4a5967", "5f1c2d3e4a6b7c80", "telegraf", "my-org")
                .build();
        String table = Render.list(Format.table, new RenderOptions(true, false, 90), a);
        assertEquals("""
                ID                DESCRIPTION         STATUS  USER   ORG     TOKEN      PERMISSIONS
                0d47c0000000a001  a description far…  active  admin  my-org  HfFT…zg==  write buckets/tel…
                """, table);
        for (String line : table.lines().toList()) {
            assertEquals(true, DisplayWidth.of(line) <= 90, line);
        }
    }

    @Test
    void idStatusAndTokenAreNeverShortenedAndWideCharactersAreNotSplit() {
        Authorization a = authorization("0d47c0000000a001")
                .description("温度センサー east wing")
                .token(TOKEN)
                .build();
        String table = Render.list(Format.table, new RenderOptions(false, false, 20), a);
        // Too narrow to fit: the free columns stop at six columns, the others stay whole.
        assertEquals("0d47c0000000a001  温度…   active  admin  my-org  HfFT…zg==  (none)\n", table);
    }

    @Test
    void withoutATerminalWidthNothingIsShortened() {
        Authorization a =
                authorization("0d47c0000000a001").description("d".repeat(300)).build();
        assertEquals(true, Render.list(Format.table, NO_HEADERS, a).contains("d".repeat(300)));
    }

    @Test
    void theTokenColumnStaysWhenOneTokenHasAValue() {
        String table = Render.list(
                Format.table,
                HEADERS,
                authorization("0d47c0000000a001").token(TOKEN).build(),
                authorization("0d47c0000000a002").build());
        assertEquals(true, table.lines().findFirst().orElseThrow().contains("TOKEN"), table);
        assertEquals(true, table.contains("(unavailable)"), table);
    }
}
