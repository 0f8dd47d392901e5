// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a whole file or nothing: the bytes go to a temporary file beside the target, which is
 * then moved over it, so a reader never sees a half-written file and a failure leaves the old one.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /**
     * Writes {@code bytes} to {@code target}, replacing it.
     *
     * @param target the file to create or replace; its directory must exist
     * @param bytes the whole content
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Path target, byte[] bytes) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            // Not createTempFile: its owner-only permissions would stay on the moved file; a plain
            // create honours the umask like any other file the user writes.
            temp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless; the write's own error matters more
                }
            }
        }
    }
}
