// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import io.github.vanban.core.parse.DocumentReadException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads incoming documents (văn bản đến): detects the media type with Apache Tika, extracts the
 * text, and finds the Decree 30/2020/NĐ-CP components in it.
 *
 * <p>Reads PDF (signed or not), DOCX, legacy DOC, ODT and plain text. Anything else, an empty
 * input, a damaged file, input over the limits or a parse over the time limit throws
 * {@link DocumentReadException}; an encrypted PDF or one without a text layer is returned with the
 * matching {@link TextStatus} and no fields.
 *
 * <p>A PDF's page text shows the number and date parts that were filled into its form fields at
 * issuance as blanks ("Số:      /SKHCN-VP"); the reader takes them from the fields {@value
 * io.github.vanban.core.render.pdf.PdfFields#NUMBER}, {@value
 * io.github.vanban.core.render.pdf.PdfFields#DAY}, {@value
 * io.github.vanban.core.render.pdf.PdfFields#MONTH} and {@value
 * io.github.vanban.core.render.pdf.PdfFields#YEAR} when the page shows that part blank. A filled
 * value that is not a number or date part, or contradicts what the page prints, is ignored with a
 * {@linkplain IncomingDocument#notes() note}.
 *
 * <p>Hostile input is bounded: the input size, the extracted characters, the compression ratio
 * (zip bombs; Tika's {@code SecureContentHandler} and POI's own guard), the XML and package
 * nesting depth and PDFBox's scratch memory are all limited, and each parse runs on its own daemon
 * thread that the caller abandons at the time limit. A parser stuck in a tight loop keeps that
 * thread busy until it ends; for untrusted input in a server, run the reader in a separate
 * process as well.
 *
 * <p>Immutable and thread-safe: build one reader (Tika's parser is built once, which takes about a
 * second) and share it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DocumentReader {
    /** The default largest input, 50 MiB: far above any letter, including scanned annexes. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 50L * 1024 * 1024;

    /** The default largest extracted text, one million characters; the rest is dropped. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;

    /** The default time limit for one parse. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private final long maxInputBytes;
    private final TikaTextExtractor extractor;
    private final FieldExtractor fields = new FieldExtractor();

    private DocumentReader(Builder builder) {
        this.maxInputBytes = builder.maxInputBytes;
        this.extractor = new TikaTextExtractor(builder.maxTextChars, builder.maxCompressionRatio, builder.timeout);
    }

    /**
     * Creates a reader with the default limits.
     *
     * @return the reader
     */
    public static DocumentReader create() {
        return builder().build();
    }

    /**
     * Returns a builder for a reader with other limits.
     *
     * @return a builder holding the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a document from a file; its name helps detection, its content decides.
     *
     * @param file the document
     * @return what was read
     * @throws DocumentReadException if the document cannot be read
     * @throws UncheckedIOException if the file cannot be opened
     */
    public IncomingDocument read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            checkSize(size, name);
            return read(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a document from a stream, which is read to its end but not closed.
     *
     * @param in the document's bytes; the caller keeps ownership
     * @param fileName the file name as received (a hint for detection), e.g. "cv-15.pdf"
     * @return what was read
     * @throws DocumentReadException if the document cannot be read or exceeds the input limit
     * @throws UncheckedIOException if the stream fails
     */
    public IncomingDocument read(InputStream in, String fileName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        try {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInputBytes + 1));
            checkSize(content.length, fileName);
            return read(content, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read \"" + fileName + "\" from the stream: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a document held in memory; the array is not modified or kept.
     *
     * @param content the document's bytes
     * @param fileName the file name as received (a hint for detection)
     * @return what was read
     * @throws DocumentReadException if the document cannot be read
     */
    public IncomingDocument read(byte[] content, String fileName) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(fileName, "fileName");
        checkSize(content.length, fileName);
        TikaTextExtractor.Extraction extraction = extractor.extract(content, fileName);
        return fields.extract(extraction.mediaType(), extraction.text(), extraction.status(), extraction.truncated(),
                extraction.formFields());
    }

    /**
     * Finds the components in text extracted elsewhere, for example by OCR of a scanned letter.
     *
     * @param text the letter's text, in any Unicode normalisation form
     * @return the document, with media type "text/plain"
     */
    public IncomingDocument readText(String text) {
        Objects.requireNonNull(text, "text");
        TextStatus status = text.isBlank() ? TextStatus.NO_TEXT_LAYER : TextStatus.EXTRACTED;
        return fields.extract("text/plain", text, status, false, PdfFormFields.NONE);
    }

    private void checkSize(long size, String name) {
        if (size > maxInputBytes) {
            throw new DocumentReadException(Reason.LIMIT_EXCEEDED, "cannot read \"" + name + "\": it has more than "
                    + maxInputBytes + " bytes, the reader's input limit");
        }
    }

    @Override
    public String toString() {
        return "DocumentReader[maxInputBytes=" + maxInputBytes + "]";
    }

    /** Sets a reader's limits; a single-thread scratch object. */
    public static final class Builder {
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private int maxTextChars = DEFAULT_MAX_TEXT_CHARS;
        private long maxCompressionRatio = 100;
        private Duration timeout = DEFAULT_TIMEOUT;

        private Builder() {}

        /**
         * Sets the largest input accepted.
         *
         * @param maxInputBytes bytes, 1 or more
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxInputBytes(long maxInputBytes) {
            if (maxInputBytes < 1) {
                throw new IllegalArgumentException("maxInputBytes must be 1 or more, was " + maxInputBytes);
            }
            this.maxInputBytes = maxInputBytes;
            return this;
        }

        /**
         * Sets how many characters of text are kept; a longer text is cut and the result marked
         * {@linkplain IncomingDocument#isTruncated() truncated}.
         *
         * @param maxTextChars characters, 1000 or more
         * @return this builder
         * @throws IllegalArgumentException if below 1000
         */
        public Builder maxTextChars(int maxTextChars) {
            if (maxTextChars < 1000) {
                throw new IllegalArgumentException("maxTextChars must be 1000 or more, was " + maxTextChars);
            }
            this.maxTextChars = maxTextChars;
            return this;
        }

        /**
         * Sets the largest ratio of extracted characters to input bytes tolerated once the output
         * passes a threshold (Tika's zip-bomb guard).
         *
         * @param maxCompressionRatio the ratio, 1 or more; Tika's default is 100
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxCompressionRatio(long maxCompressionRatio) {
            if (maxCompressionRatio < 1) {
                throw new IllegalArgumentException("maxCompressionRatio must be 1 or more, was " + maxCompressionRatio);
            }
            this.maxCompressionRatio = maxCompressionRatio;
            return this;
        }

        /**
         * Sets the time limit for one parse.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Builds the reader; this loads Tika's parsers.
         *
         * @return the reader
         */
        public DocumentReader build() {
            return new DocumentReader(this);
        }
    }
}
