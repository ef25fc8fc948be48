package io.github.influxauth.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The regular files of a distribution archive with their Unix permission bits, read without unpacking. */
public final class Archives {

    public record Entry(int mode, long size) {
        public boolean executable() {
            return (mode & 0111) == 0111;
        }
    }

    private Archives() {}

    /** Zip entries by path, with the permissions that unzip restores (the zip file system's POSIX view). */
    public static Map<String, Entry> zip(Path zip) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"));
                Stream<Path> files = Files.walk(fs.getPath("/"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p)) {
                    entries.put(
                            p.toString().substring(1),
                            new Entry(mode(Files.getPosixFilePermissions(p)), Files.size(p)));
                }
            }
        }
        return entries;
    }

    /** Regular-file entries of a .tar.gz by path (ustar names and PAX long names). */
    public static Map<String, Entry> tarGz(Path tgz) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz))) {
            String paxPath = null;
            while (true) {
                byte[] header = in.readNBytes(512);
                if (header.length < 512 || isZero(header)) {
                    return entries;
                }
                String name = text(header, 0, 100);
                if ("ustar".equals(text(header, 257, 6).trim())) {
                    String prefix = text(header, 345, 155);
                    name = prefix.isEmpty() ? name : prefix + "/" + name;
                }
                int mode = (int) octal(header, 100, 8) & 07777; // permission bits; some writers add the file type
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                byte[] data = in.readNBytes((int) size);
                in.readNBytes((int) ((512 - size % 512) % 512));
                if (type == 'x') {
                    paxPath = paxPath(new String(data, StandardCharsets.UTF_8));
                    continue;
                }
                if (paxPath != null) {
                    name = paxPath;
                    paxPath = null;
                }
                if (type == '0' || type == '\0') {
                    entries.put(name, new Entry(mode, size));
                }
            }
        }
    }

    private static int mode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            mode |= 0400 >> p.ordinal(); // OWNER_READ, OWNER_WRITE, ... OTHERS_EXECUTE: one bit each, high to low
        }
        return mode;
    }

    private static String paxPath(String records) {
        for (String record : records.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 1 + "path=".length());
            }
        }
        return null;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) {
        String digits = text(header, offset, length).trim();
        return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
    }
}
