package io.github.influxauth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.github.influxauth.failure.ConfigFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ConfigsFile reads TOML without a TomlMapper (start-up cost); it must read and reject exactly what the mapper did. */
class ConfigsFileTomlTest {

    @TempDir
    Path dir;

    @Test
    void readsTheInfluxCliConfigsAsBefore() throws Exception {
        Path file = Files.writeString(dir.resolve("configs"), """
                [default]
                  url = "http://localhost:8086"
                  token = "t0k=="
                  org = "acme"
                  active = true
                  previous = false

                [cloud]
                  url = "https://eu-central-1-1.aws.cloud2.influxdata.com"
                  token = ""
                  org = "ops"
                """);
        ConfigsFile configs = ConfigsFile.read(file);
        assertEquals(
                new ConfigProfile("default", "http://localhost:8086", "t0k==", "acme", true), configs.select(null));
        assertEquals(
                new ConfigProfile("cloud", "https://eu-central-1-1.aws.cloud2.influxdata.com", null, "ops", false),
                configs.select("cloud"));
    }

    @Test
    void emptyFileHasNoConfigs() throws Exception {
        assertEquals(
                null,
                ConfigsFile.read(Files.writeString(dir.resolve("configs"), "")).select(null));
    }

    @Test
    void malformedFileIsReportedWithTheParsersMessage() throws Exception {
        String text = "[default]\n  url = \"http://localhost:8086\n";
        Path file = Files.writeString(dir.resolve("configs"), text);
        String parserMessage = assertThrows(JacksonException.class, () -> new TomlMapper().readTree(text))
                .getOriginalMessage()
                .lines()
                .findFirst()
                .orElseThrow();
        ConfigFailure e = assertThrows(ConfigFailure.class, () -> ConfigsFile.read(file));
        assertEquals(ConfigFailure.Problem.CONFIGS_MALFORMED, e.problem());
        assertEquals(file, e.file());
        assertEquals(parserMessage, e.detail());
    }
}
