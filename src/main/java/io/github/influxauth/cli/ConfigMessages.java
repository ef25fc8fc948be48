package io.github.influxauth.cli;

import io.github.influxauth.config.SmallFiles;
import io.github.influxauth.failure.ConfigFailure;

/** The words for the configuration's problems: each names the setting or file it is about. */
final class ConfigMessages {

    private ConfigMessages() {}

    static Report of(ConfigFailure f) {
        String from = Words.origin(f.origin());
        String file = String.valueOf(f.file());
        String hint = null;
        String message = switch (f.problem()) {
            case NO_TOKEN -> {
                hint = "pass --token or --token-file, set INFLUX_TOKEN, or add a token to a config in " + file;
                yield "no API token given";
            }
            case TOKEN_FILE_EMPTY -> "the token file " + file + " is empty";
            case TOKEN_FILE_NOT_REGULAR -> notRegular("the token file", file);
            case TOKEN_FILE_TOO_LARGE -> tooLarge("the token file", file);
            case TOKEN_FILE_UNREADABLE -> "cannot read the token file " + file + ": " + f.detail();
            case TOKEN_UNUSABLE ->
                "the token from " + from + " contains a space, a control character or a non-ASCII character";
            case HOST_NOT_URL -> "the host from " + from + " is not a URL: " + f.detail();
            case HOST_SCHEME -> {
                hint = "for example --host http://localhost:8086";
                yield "the host from " + from + " must start with http:// or https://";
            }
            case HOST_NO_NAME -> "the host from " + from + " has no host name";
            case HOST_USER_INFO -> {
                hint = "give the API token with --token, --token-file or INFLUX_TOKEN";
                yield "the host from " + from + " must not contain a user name or password";
            }
            case HOST_PORT -> "the host from " + from + " has a port outside 1-65535";
            case HOST_QUERY -> "the host from " + from + " must not have a query or fragment";
            case CA_UNREADABLE -> "cannot read the CA certificate file " + file;
            case CA_NOT_PEM ->
                "cannot read the CA certificates in " + file
                        + ": it holds something other than PEM certificates"
                        + (f.detail() == null ? "" : " (" + f.detail() + ")");
            case CA_EMPTY -> "no PEM certificate in " + file;
            case CA_NOT_REGULAR -> notRegular("the CA certificate file", file);
            case CA_TOO_LARGE -> tooLarge("the CA certificate file", file);
            case CONFIGS_UNREADABLE -> "cannot read configs file " + file + ": " + f.detail();
            case CONFIGS_MALFORMED -> {
                hint = "fix the file, or point --configs-path / INFLUX_CONFIGS_PATH at another one";
                yield "malformed configs file " + file + ": " + f.detail();
            }
            case CONFIGS_NOT_REGULAR -> notRegular("the configs file", file);
            case CONFIGS_TOO_LARGE -> tooLarge("the configs file", file);
            case CONFIG_NOT_A_TABLE ->
                "malformed configs file " + file + ": \"" + f.value() + "\" is not a table of url, token and org";
            case CONFIG_FIELD_NOT_TEXT ->
                "malformed configs file " + file + ": " + f.detail() + " of config \"" + f.value()
                        + "\" is not a string";
            case NO_SUCH_CONFIG -> {
                hint = f.choices().isEmpty()
                        ? "the file has no configs"
                        : "configs there: " + String.join(", ", f.choices());
                yield "no config named \"" + f.value() + "\" in " + file;
            }
            case NO_ACTIVE_CONFIG -> {
                hint = "for example -c " + f.choices().get(0) + ", or mark one active = true in the file";
                yield f.choices().size() + " configs in " + file + " (" + String.join(", ", f.choices())
                        + "), none active; choose one with -c";
            }
            case CONFIGS_MISSING -> "the configs file " + file + " (from " + from + ") does not exist";
            case NOT_A_DURATION -> from + " must be a duration such as 30s, 2m or 1m30s, not \"" + f.value() + "\"";
            case TIMEOUT_TOO_LONG -> {
                hint = "give 0 for no limit";
                yield from + " must be at most 100 years, not \"" + f.value() + "\"";
            }
            case PROXY_NOT_URL -> {
                hint = "for example http://proxy.example:3128, or http://user:password@proxy.example:3128";
                yield from + " is not a proxy URL";
            }
            case PROXY_SCHEME -> {
                hint = "give an http:// proxy; an https:// server is still reached through it end to end encrypted";
                yield from + " names a " + f.value() + ":// proxy; only http:// proxies are supported";
            }
            case NOT_A_BOOLEAN -> from + " must be true/false/1/0/yes/no, not \"" + f.value() + "\"";
            case NOT_AN_API -> from + " must be auto, v2 or v3, not \"" + f.value() + "\"";
            case NO_USER_OR_ORG_IN_V3 -> {
                hint = "--user, --user-id, --org and --org-id filter InfluxDB v2 tokens only";
                yield "InfluxDB 3 tokens have no user or org";
            }
            case NO_CONFIGS -> {
                hint = "the influx CLI writes it: influx config create --help";
                yield "--all-configs: the configs file " + file + " has no configs";
            }
            case CONFIG_WITHOUT_TOKEN -> "config \"" + f.value() + "\" in " + file + " has no token";
        };
        return new Report(message, hint, f.exitCode());
    }

    private static String notRegular(String what, String file) {
        return what + " " + file + " is not a regular file (a device, a pipe or a directory), so it is not read";
    }

    private static String tooLarge(String what, String file) {
        return what + " " + file + " is larger than " + (SmallFiles.LARGEST >> 20) + " MB, so it is not read";
    }
}
