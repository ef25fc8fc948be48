package io.github.influxauth.output;

import io.github.influxauth.model.Authorization;
import io.github.influxauth.text.TerminalText;

/** How an InfluxDB 3 token's times read. */
final class V3Text {

    private V3Text() {}

    /** {@code never}, or the UTC time: {@code 2027-03-02T09:20:00Z}. */
    static String expires(Authorization a) {
        return a.expiresAt() == null ? "never" : a.expiresAt().toString();
    }

    /** {@code 2026-05-11T16:40:55.903Z by token 0}; empty when there is no time. Escaped. */
    static String timeBy(String time, String byTokenId) {
        if (time == null) {
            return "";
        }
        return TerminalText.escape(time) + (byTokenId == null ? "" : " by token " + TerminalText.escape(byTokenId));
    }
}
