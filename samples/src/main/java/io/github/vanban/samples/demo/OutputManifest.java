// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.demo;

import io.github.vanban.core.io.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the demo wrote into its output directory, kept in {@value #NAME} as lines of "SHA-256, two
 * spaces, relative path" ({@code sha256sum} format). A file may be replaced only if the manifest
 * lists it with its current content: anything else there (a user's file, or a demo file the user
 * edited since) is foreign and is kept unless {@code --force}.
 */
final class OutputManifest {
    /** The manifest's file name in the output directory. */
    static final String NAME = "vanban-demo.sha256";

    private final Path directory;
    private final Map<String, String> written = new TreeMap<>();

    private OutputManifest(Path directory, Map<String, String> previous) {
        this.directory = directory;
        this.written.putAll(previous);
    }

    /** Reads the manifest of {@code directory}, empty when there is none yet. */
    static OutputManifest read(Path directory) {
        Map<String, String> entries = new TreeMap<>();
        Path file = directory.resolve(NAME);
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int gap = line.indexOf("  ");
                    if (gap == 64) {
                        entries.put(line.substring(gap + 2), line.substring(0, gap));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the demo manifest " + file, e);
            }
        }
        return new OutputManifest(directory, entries);
    }

    /**
     * Lists the targets that exist but were not written by an earlier demo run with their present
     * content, i.e. that the demo must not overwrite without {@code --force}.
     */
    List<String> foreign(List<String> targets) {
        List<String> foreign = new ArrayList<>();
        for (String target : targets) {
            Path file = directory.resolve(target);
            if (Files.exists(file)) {
                String known = written.get(target);
                if (known == null || !Files.isRegularFile(file) || !known.equals(sha256(file))) {
                    foreign.add(target);
                }
            }
        }
        return foreign;
    }

    /** Records that the demo wrote {@code target} (relative to the directory) with its present content. */
    void record(String target) {
        written.put(target, sha256(directory.resolve(target)));
    }

    /** Writes the manifest atomically. */
    void save() {
        StringBuilder text = new StringBuilder();
        written.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
        AtomicFile.write(directory.resolve(NAME), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
