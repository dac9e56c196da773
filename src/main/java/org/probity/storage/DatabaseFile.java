package org.probity.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What can be told about an H2 database file from its first bytes, without opening it. */
public enum DatabaseFile {
    /** No file: a new database will be created. */
    ABSENT,
    /** An empty file: nothing can be recovered from it, and it must not be taken for a new database. */
    EMPTY,
    /** Written with file encryption: it needs its password. */
    ENCRYPTED,
    /** A plain H2 database file. */
    PLAIN,
    /** Not the start of any H2 database file. */
    UNRECOGNISED;

    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PLAIN_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    public static DatabaseFile of(Path file) {
        if (!Files.exists(file)) {
            return ABSENT;
        }
        byte[] start = new byte[16];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            return UNRECOGNISED;
        }
        if (read == 0) {
            return EMPTY;
        }
        if (startsWith(start, read, ENCRYPTED_HEADER)) {
            return ENCRYPTED;
        }
        if (startsWith(start, read, PLAIN_HEADER)) {
            return PLAIN;
        }
        return UNRECOGNISED;
    }

    private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
