// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Temporary files in the target directory, moved atomically over the target when complete, so a
 * failure never leaves a half-written output and the input is never touched.
 */
public final class AtomicOutput implements AutoCloseable {
    private static final Set<PosixFilePermission> NEW_FILE =
            PosixFilePermissions.fromString("rw-r--r--");
    private final Path target;
    private final Path directory;
    private final java.util.List<Path> temps = new java.util.ArrayList<>();

    /**
     * Starts writing {@code target}.
     *
     * @param input the source, which must differ from the target
     * @param target the final output path
     */
    public AtomicOutput(Path input, Path target) {
        Path absoluteTarget = target.toAbsolutePath().normalize();
        if (input.toAbsolutePath().normalize().equals(absoluteTarget)
                || (Files.exists(target) && isSame(input, target))) {
            throw new IllegalArgumentException("output must differ from the input, both are '"
                    + input + "'");
        }
        this.target = absoluteTarget;
        this.directory = absoluteTarget.getParent();
    }

    private static boolean isSame(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Creates a new temporary file next to the target.
     *
     * @return an empty file deleted on {@link #close()} unless committed
     */
    public Path newTemp() {
        try {
            Path temp = Files.createTempFile(directory, "." + target.getFileName(), ".part");
            temps.add(temp);
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file in " + directory, e);
        }
    }

    /**
     * Moves {@code temp} over the target (atomically where the file system allows).
     *
     * @param temp a file from {@link #newTemp()}
     */
    public void commit(Path temp) {
        try {
            keepPermissions(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temps.remove(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the signed file to " + target, e);
        }
    }

    /**
     * Temporary files are created owner-only; give the result the replaced file's permissions, or
     * the usual rw-r--r-- for a new file.
     */
    private void keepPermissions(Path temp) throws IOException {
        // Asking the file system provider for the view is cheap; Files.getFileStore reads the
        // mount table on every call.
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(target);
        } catch (NoSuchFileException e) {
            permissions = NEW_FILE;
        }
        view.setPermissions(permissions);
    }

    @Override
    public void close() {
        for (Path temp : temps) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // best effort: a stale .part file is harmless
            }
        }
    }
}
