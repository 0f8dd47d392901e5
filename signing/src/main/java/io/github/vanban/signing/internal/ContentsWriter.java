// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import io.github.vanban.signing.SigningException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;

/** Writes a CMS into the zero-filled {@code /Contents} placeholder of a prepared file, in place. */
public final class ContentsWriter {
    private ContentsWriter() {}

    /**
     * Writes {@code cms} as upper-case hex at {@code offset}.
     *
     * @param file the prepared file
     * @param offset first hex digit
     * @param capacityBytes reserved bytes
     * @param cms the DER CMS
     */
    public static void write(Path file, long offset, int capacityBytes, byte[] cms) {
        requireFits(file, capacityBytes, cms);
        byte[] hex = HexFormat.of().withUpperCase().formatHex(cms).getBytes(StandardCharsets.US_ASCII);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset - 1);
            if (raf.read() != '<') {
                throw new SigningException("The /Contents placeholder of " + file
                        + " is not where the prepared signature says (offset " + offset + ")");
            }
            raf.seek(offset);
            raf.write(hex);
        } catch (IOException e) {
            throw new SigningException("Cannot write the signature into " + file, e);
        }
    }

    /**
     * Checks that {@code cms} fits the reserved {@code /Contents}.
     *
     * @param file the prepared file, for the message
     * @param capacityBytes reserved bytes
     * @param cms the DER CMS
     * @throws SigningException if it does not fit
     */
    public static void requireFits(Path file, int capacityBytes, byte[] cms) {
        if (cms.length > capacityBytes) {
            throw new SigningException("The signature (" + cms.length + " bytes) does not fit the "
                    + capacityBytes + " bytes reserved in " + file);
        }
    }
}
