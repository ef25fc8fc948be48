package io.github.influxauth.output;

import static io.github.influxauth.output.AuthorizationBuilder.TOKEN;
import static io.github.influxauth.output.AuthorizationBuilder.authorization;
import static io.github.influxauth.output.Render.HEADERS;
import static io.github.influxauth.output.Render.NO_HEADERS;
import static io.github.influxauth.output.Render.SHOW_TOKENS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import io.github.influxauth.model.PermissionSets;
import io.github.influxauth.model.Resource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code get} view, whole: one labelled line a field, then the permissions in aligned columns. */
class DetailRendererTest {

    @Test
    void labelledFieldsThenOnePermissionALine() {
        Authorization a = authorization("0d47c0000000a001")
                .description("telegraf read/write")
                .token(TOKEN)
                .permission("read", "buckets", "8f3e2d1c0b4a5967", "5f1c2d3e4a6b7c80", "telegraf", "my-org")
                .permission("write", "dashboards", null, "5f1c2d3e4a6b7c80", null, null)
                .permission("read", "users", "0d47b3a6d4b6a000", null, null, null)
                .permission("write", "views", null, null, null, null)
                .build();
        assertEquals("""
                ID:           0d47c0000000a001
                Description:  telegraf read/write
                Status:       active
                User:         admin (0d47b3a6d4b6a000)
                Org:          my-org (5f1c2d3e4a6b7c80)
                Token:        HfFT…zg==
                Created:      2024-03-14T16:02:11Z
                Updated:      2024-04-02T08:45:00.5Z
                Permissions:
                  read   buckets     telegraf (8f3e2d1c0b4a5967) in my-org
                  write  dashboards  * in org 5f1c2d3e4a6b7c80
                  read   users       0d47b3a6d4b6a000
                  write  views       * in every org
                """, Render.one(Format.detail, HEADERS, a));
    }

    @Test
    void missingFieldsLeaveTheLabelAlone() {
        Authorization a = authorization("0d47c0000000a002")
                .status("inactive")
                .user("iot", null)
                .org(null, "5f1c2d3e4a6b7c80")
                .dates(null, null)
                .build();
        assertEquals("""
                ID:           0d47c0000000a002
                Description:
                Status:       inactive
                User:         iot
                Org:          5f1c2d3e4a6b7c80
                Token:        (unavailable)
                Created:
                Updated:
                Permissions:
                """, Render.one(Format.detail, HEADERS, a));
    }

    @Test
    void controlCharactersAreEscapedAndPermissionColumnsAlignedByDisplayWidth() {
        Authorization a = authorization("0d47c0000000a007")
                .description("\u001b[31mred alert\u001b[0m\u0007 rings\r\nInjected: line")
                .user("\u202Eevil", "0d47b3a6d4b6a000")
                .permission("read", "バケット", null, "5f1c2d3e4a6b7c80", null, null)
                .permission(null, "buckets", "8f3e2d1c0b4a5967", "5f1c2d3e4a6b7c80", "x\ny", "my-org")
                .build();
        assertEquals("""
                ID:           0d47c0000000a007
                Description:  \\e[31mred alert\\e[0m\\a rings\\r\\nInjected: line
                Status:       active
                User:         \\u202eevil (0d47b3a6d4b6a000)
                Org:          my-org (5f1c2d3e4a6b7c80)
                Token:        (unavailable)
                Created:      2024-03-14T16:02:11Z
                Updated:      2024-04-02T08:45:00.5Z
                Permissions:
                  read  バケット  * in org 5f1c2d3e4a6b7c80
                  ?     buckets   x\\ny (8f3e2d1c0b4a5967) in my-org
                """, Render.one(Format.detail, HEADERS, a));
    }

    @Test
    void showTokensShowsTheWholeToken() {
        String detail = Render.one(
                Format.detail,
                SHOW_TOKENS,
                authorization("0d47c0000000a001").token(TOKEN).build());
        assertEquals(
                "Token:        " + TOKEN,
                detail.lines().filter(l -> l.startsWith("Token:")).findFirst().orElseThrow());
        String shortToken = Render.one(
                Format.detail,
                HEADERS,
                authorization("0d47c0000000a001").token("abcdefgh12").build());
        assertEquals(
                "Token:        …",
                shortToken
                        .lines()
                        .filter(l -> l.startsWith("Token:"))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void wholesaleSetsAreNamedAndStillListed() {
        List<Permission> operator = new ArrayList<>();
        List<Permission> allAccess = new ArrayList<>();
        StringBuilder operatorLines = new StringBuilder();
        StringBuilder allAccessLines = new StringBuilder();
        for (String type : PermissionSets.INFLUXD_RESOURCE_TYPES) {
            for (String action : List.of("read", "write")) {
                operator.add(new Permission(action, new Resource(type, null, null, null, null)));
                allAccess.add(new Permission(action, new Resource(type, null, "5f1c2d3e4a6b7c80", null, "my-org")));
                // The widest action is "write", the widest type "notificationEndpoints" (21).
                operatorLines.append(String.format("  %-5s  %-21s  * in every org\n", action, type));
                allAccessLines.append(String.format("  %-5s  %-21s  * in my-org\n", action, type));
            }
        }
        String head = """
                ID:           0d47c0000000a001
                Description:
                Status:       active
                User:         admin (0d47b3a6d4b6a000)
                Org:          my-org (5f1c2d3e4a6b7c80)
                Token:        (unavailable)
                Created:      2024-03-14T16:02:11Z
                Updated:      2024-04-02T08:45:00.5Z
                """;
        assertEquals(
                head + "Permissions:  operator\n" + operatorLines,
                Render.one(
                        Format.detail,
                        HEADERS,
                        authorization("0d47c0000000a001").permissions(operator).build()));
        assertEquals(
                head + "Permissions:  all-access\n" + allAccessLines,
                Render.one(
                        Format.detail,
                        HEADERS,
                        authorization("0d47c0000000a001").permissions(allAccess).build()));
    }

    @Test
    void aListingSeparatesAuthorizationsWithABlankLineAndHasNoHeader() {
        Authorization first =
                authorization("0d47c0000000a001").dates(null, null).build();
        Authorization second = authorization("0d47c0000000a002")
                .status("inactive")
                .dates(null, null)
                .permission("read", "orgs", "5f1c2d3e4a6b7c80", null, "my-org", null)
                .build();
        String expected = """
                ID:           0d47c0000000a001
                Description:
                Status:       active
                User:         admin (0d47b3a6d4b6a000)
                Org:          my-org (5f1c2d3e4a6b7c80)
                Token:        (unavailable)
                Created:
                Updated:
                Permissions:

                ID:           0d47c0000000a002
                Description:
                Status:       inactive
                User:         admin (0d47b3a6d4b6a000)
                Org:          my-org (5f1c2d3e4a6b7c80)
                Token:        (unavailable)
                Created:
                Updated:
                Permissions:
                  read  orgs  my-org (5f1c2d3e4a6b7c80)
                """;
        assertEquals(expected, Render.list(Format.detail, HEADERS, first, second));
        assertEquals(expected, Render.list(Format.detail, NO_HEADERS, first, second));
    }

    @Test
    void anEmptyListingIsNothing() {
        assertEquals("", Render.list(Format.detail, HEADERS));
    }

    @Test
    void eachTokenIsWrittenAsItArrivesSoAListingCanStreamIt() {
        StringWriter out = new StringWriter();
        ListRenderer detail = Renderers.list(Format.detail, Api.V2, new PrintWriter(out), HEADERS);
        assertEquals(true, detail.streams());
        detail.add(authorization("0d47c0000000a001").build());
        assertEquals(true, out.toString().startsWith("ID:           0d47c0000000a001\n"), out.toString());
    }
}
