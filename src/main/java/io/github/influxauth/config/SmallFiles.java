package io.github.influxauth.config;

import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.ConfigFailure.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the small files a run needs: the token file, the configs file, the CA certificates. Only
 * regular files, and at most {@link #LARGEST} bytes: a device ({@code /dev/zero}) never ends, a
 * FIFO that nobody writes blocks before the first byte (past any time limit, which starts later),
 * and a file of gigabytes would end in running out of memory.
 */
public final class SmallFiles {

    /** Far more than any of these files holds (a system's whole CA bundle is ~250 KB). */
    public static final int LARGEST = 4 * 1024 * 1024;

    private SmallFiles() {}

    /**
     * The file's bytes.
     *
     * @throws ConfigFailure {@code notRegular} or {@code tooLarge}, naming the file
     * @throws IOException   when it cannot be read (missing, not permitted)
     */
    static byte[] read(Path file, Problem notRegular, Problem tooLarge) throws IOException {
        // Looked at before opening: opening a FIFO waits for a writer.
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw ConfigFailure.inFile(notRegular, file, null);
        }
        if (attributes.size() > LARGEST) {
            throw ConfigFailure.inFile(tooLarge, file, null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return bounded(in, file, tooLarge);
        }
    }

    /** At most {@link #LARGEST} bytes of a stream (standard input for {@code --token-file -}). */
    static byte[] bounded(InputStream in, Path file, Problem tooLarge) throws IOException {
        // One byte more than allowed tells a file at the limit from one beyond it (or one that grew).
        byte[] bytes = in.readNBytes(LARGEST + 1);
        if (bytes.length > LARGEST) {
            throw ConfigFailure.inFile(tooLarge, file, null);
        }
        return bytes;
    }

    /** UTF-8 text; malformed bytes are an error (a CharacterCodingException), as with Files.readString. */
    static String utf8(byte[] bytes) throws IOException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
