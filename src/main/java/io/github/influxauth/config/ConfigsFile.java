package io.github.influxauth.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import io.github.influxauth.JsonTrees;
import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.ConfigFailure.Problem;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configs file the official {@code influx} CLI writes: one TOML table per config, with
 * {@code url}, {@code token}, {@code org}, {@code active} and {@code previous}. Read only, never written.
 */
public final class ConfigsFile {

    private final Path path;
    private final Map<String, ConfigProfile> profiles;

    private ConfigsFile(Path path, Map<String, ConfigProfile> profiles) {
        this.path = path;
        this.profiles = profiles;
    }

    /** Reads the file; a missing file has no configs. */
    public static ConfigsFile read(Path path) {
        String text;
        try {
            text = SmallFiles.utf8(SmallFiles.read(path, Problem.CONFIGS_NOT_REGULAR, Problem.CONFIGS_TOO_LARGE));
        } catch (NoSuchFileException e) {
            return new ConfigsFile(path, Map.of());
        } catch (IOException e) {
            throw ConfigFailure.inFile(Problem.CONFIGS_UNREADABLE, path, e.getMessage());
        }
        JsonNode root;
        try {
            // Not a TomlMapper: setting one up costs ~30 ms of every run that has a configs file.
            try (JsonParser parser = new TomlFactory().createParser(text)) {
                root = parser.nextToken() == null ? null : JsonTrees.read(parser);
            }
        } catch (JacksonException e) {
            throw ConfigFailure.inFile(Problem.CONFIGS_MALFORMED, path, firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw ConfigFailure.inFile(Problem.CONFIGS_UNREADABLE, path, e.getMessage());
        }
        Map<String, ConfigProfile> profiles = new LinkedHashMap<>();
        if (root != null) {
            var fields = root.fields();
            while (fields.hasNext()) {
                var entry = fields.next();
                JsonNode table = entry.getValue();
                if (!table.isObject()) {
                    throw new ConfigFailure(Problem.CONFIG_NOT_A_TABLE, null, path, entry.getKey(), null, null);
                }
                profiles.put(
                        entry.getKey(),
                        new ConfigProfile(
                                entry.getKey(),
                                string(table, "url", path, entry.getKey()),
                                string(table, "token", path, entry.getKey()),
                                string(table, "org", path, entry.getKey()),
                                table.path("active").asBoolean(false)));
            }
        }
        return new ConfigsFile(path, profiles);
    }

    /**
     * The config to use: {@code name} when given, else the one marked active, else the only one;
     * null when the file has none to offer.
     */
    public ConfigProfile select(String name) {
        if (name != null) {
            ConfigProfile profile = profiles.get(name);
            if (profile == null) {
                throw new ConfigFailure(Problem.NO_SUCH_CONFIG, null, path, name, null, List.copyOf(profiles.keySet()));
            }
            return profile;
        }
        List<ConfigProfile> active = new ArrayList<>();
        for (ConfigProfile p : profiles.values()) {
            if (p.active()) {
                active.add(p);
            }
        }
        if (active.size() == 1) {
            return active.get(0);
        }
        if (active.isEmpty() && profiles.size() == 1) {
            return profiles.values().iterator().next();
        }
        return null;
    }

    public Path path() {
        return path;
    }

    /** The names of the configs, in the file's order. */
    public List<String> names() {
        return List.copyOf(profiles.keySet());
    }

    private static String string(JsonNode table, String field, Path path, String name) {
        JsonNode value = table.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ConfigFailure(Problem.CONFIG_FIELD_NOT_TEXT, null, path, name, field, null);
        }
        return value.asText().isEmpty() ? null : value.asText();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not valid TOML";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
