// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The raw bytes of a PDF and its revisions: each revision is a prefix of the file ending after a
 * {@code %%EOF} marker (and its end-of-line) that parses strictly on its own. Candidate markers
 * that do not parse (e.g. the text {@code %%EOF} inside a stream) are not revisions.
 */
final class PdfRevisions {
    private static final byte[] EOF = {'%', '%', 'E', 'O', 'F'};

    private final byte[] bytes;
    private final List<Integer> candidateEnds;

    PdfRevisions(byte[] bytes, int maxCandidates) {
        this.bytes = bytes;
        this.candidateEnds = scan(bytes, maxCandidates);
    }

    /** Ends (exclusive, after the end-of-line) of every {@code %%EOF} marker, ascending. */
    List<Integer> candidateEnds() {
        return candidateEnds;
    }

    private static List<Integer> scan(byte[] b, int max) {
        List<Integer> ends = new ArrayList<>();
        for (int i = indexOf(b, EOF, 0); i >= 0; i = indexOf(b, EOF, i + EOF.length)) {
            int end = i + EOF.length;
            if (end < b.length && b[end] == '\r') {
                end++;
            }
            if (end < b.length && b[end] == '\n') {
                end++;
            }
            ends.add(end);
            if (ends.size() > max) {
                throw new VerificationException("The PDF has more than " + max
                        + " %%EOF markers; refusing to analyse so many revisions");
            }
        }
        return List.copyOf(ends);
    }

    /**
     * Parses the prefix {@code [0, end)} strictly (non-lenient: the xref must be right, as
     * ISO 32000 requires; pdf-insecurity.org recommends this against lenient repair tricks).
     *
     * @return the document, which the caller closes, or empty when the prefix does not parse
     */
    Optional<PDDocument> parse(int end) {
        try {
            ByteBuffer view = ByteBuffer.wrap(bytes, 0, end).slice();
            PDFParser parser = new PDFParser(new RandomAccessReadBuffer(view));
            return Optional.of(parser.parse(false));
        } catch (IOException | RuntimeException e) {
            // Hostile input can trip any PDFBox code path; a prefix that fails is not a revision.
            return Optional.empty();
        } catch (StackOverflowError e) {
            return Optional.empty();
        }
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        return indexOf(haystack, needle, from, haystack.length);
    }

    /** The first index of {@code needle} lying wholly inside {@code [from, to)}, or -1. */
    static int indexOf(byte[] haystack, byte[] needle, int from, int to) {
        outer:
        for (int i = Math.max(from, 0); i <= Math.min(to, haystack.length) - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
