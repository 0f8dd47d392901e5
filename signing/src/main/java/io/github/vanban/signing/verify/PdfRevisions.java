// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The raw bytes of a PDF and its revisions: each revision is a prefix of the file ending after a
 * {@code %%EOF} marker (and its end-of-line) that parses strictly on its own. Candidate markers
 * that do not parse (e.g. the text {@code %%EOF} inside a stream) are not revisions. Each prefix
 * is parsed from a bounded view of the shared {@link PdfBytes}, never from a copy.
 */
final class PdfRevisions {
    private static final byte[] EOF = {'%', '%', 'E', 'O', 'F'};

    private final PdfBytes bytes;
    private final List<Integer> candidateEnds;

    PdfRevisions(PdfBytes bytes, int maxCandidates) {
        this.bytes = bytes;
        this.candidateEnds = scan(bytes, maxCandidates);
    }

    /** Ends (exclusive, after the end-of-line) of every {@code %%EOF} marker, ascending. */
    List<Integer> candidateEnds() {
        return candidateEnds;
    }

    private static List<Integer> scan(PdfBytes b, int max) {
        List<Integer> ends = new ArrayList<>();
        long length = b.length();
        for (long i = b.indexOf(EOF, 0, length); i >= 0;
                i = b.indexOf(EOF, i + EOF.length, length)) {
            int end = (int) i + EOF.length;
            if (end < length && b.at(end) == '\r') {
                end++;
            }
            if (end < length && b.at(end) == '\n') {
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
            PDFParser parser = new PDFParser(bytes.prefix(end));
            return Optional.of(parser.parse(false));
        } catch (IOException | RuntimeException e) {
            // Hostile input can trip any PDFBox code path; a prefix that fails is not a revision.
            return Optional.empty();
        } catch (StackOverflowError e) {
            return Optional.empty();
        }
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
