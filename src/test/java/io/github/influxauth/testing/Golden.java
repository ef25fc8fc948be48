package io.github.influxauth.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with {@code src/test/resources/golden/NAME}. Run with {@code -Dgolden.update=true}
 * to rewrite the files from the current output, then review the diff: never edit them by hand to
 * match a bug.
 */
public final class Golden {

    /** The project's own golden files, wherever the tests run from. */
    private static final Path DIR = Processes.PROJECT.resolve("src/test/resources/golden");

    private Golden() {}

    public static void assertGolden(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionError(
                        "no golden file " + file + "; create it with -Dgolden.update=true and review it");
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "output differs from " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
