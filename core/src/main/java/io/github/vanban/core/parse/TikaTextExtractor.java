// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import io.github.vanban.core.parse.DocumentReadException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.jspecify.annotations.Nullable;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The Tika side of {@link DocumentReader}: detection, limits, a deadline per parse, and the mapping
 * of Tika's failures to {@link DocumentReadException}. One instance is shared by all threads; the
 * parser is built once and each call gets its own {@link ParseContext} and handler.
 */
final class TikaTextExtractor {
    /** The media types read, with the short name used in messages. */
    private static final Map<String, String> SUPPORTED = Map.of(
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
            "application/msword", "DOC",
            "application/vnd.oasis.opendocument.text", "ODT",
            "text/plain", "plain text");

    /** The media types that are zip packages, checked for bombs before parsing. */
    private static final Set<String> ZIP_BASED = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text");

    /** Below this many inflated bytes an entry is never called a bomb, whatever its ratio. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    /** The most a package may inflate to in total. */
    private static final long MAX_INFLATED_BYTES = 512L * 1024 * 1024;

    /** PDFBox scratch memory for one document; beyond it PDFBox fails instead of growing the heap. */
    private static final long MAX_PDF_MEMORY_BYTES = 256L * 1024 * 1024;

    /**
     * What was extracted: the media type, the raw text, how complete it is, and for a PDF the
     * filled issuing fields, which the text does not show.
     */
    record Extraction(String mediaType, String text, TextStatus status, boolean truncated, PdfFormFields formFields) {}

    private final AutoDetectParser parser;
    private final int maxTextChars;
    private final Duration timeout;
    private final long maxCompressionRatio;

    TikaTextExtractor(int maxTextChars, long maxCompressionRatio, Duration timeout) {
        this.maxTextChars = maxTextChars;
        this.maxCompressionRatio = maxCompressionRatio;
        this.timeout = timeout;
        this.parser = new AutoDetectParser();
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        // SecureContentHandler: past the threshold, more than ratio characters per input byte is a bomb.
        // The threshold stays below the write limit so that the ratio check runs before the limit cuts the text.
        config.setOutputThreshold(Math.min(100_000L, maxTextChars / 2));
        config.setMaximumCompressionRatio(maxCompressionRatio);
        config.setMaximumDepth(100);
        config.setMaximumPackageEntryDepth(10);
        config.setThrowOnZeroBytes(true);
        parser.setAutoDetectParserConfig(config);
    }

    /** Detects the media type of {@code content}, using the file name only as a hint. */
    private String detect(byte[] content, @Nullable String fileName) {
        Metadata metadata = metadata(fileName);
        try (TikaInputStream in = TikaInputStream.get(content, metadata)) {
            MediaType type = parser.getDetector().detect(in, metadata);
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new DocumentReadException(
                    Reason.DAMAGED, "cannot detect the type of " + describe(fileName) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Extracts the text of {@code content} on a worker thread, giving up after the time limit.
     *
     * @throws DocumentReadException if the content cannot be read
     */
    Extraction extract(byte[] content, @Nullable String fileName) {
        String what = describe(fileName);
        if (content.length == 0) {
            throw new DocumentReadException(Reason.EMPTY, "cannot read " + what + ": it is empty (0 bytes)");
        }
        // Detection runs on the worker too: it opens zip containers, which a hostile file can make slow.
        FutureTask<Extraction> task = new FutureTask<>(() -> detectAndParse(content, fileName));
        // A fresh daemon thread per parse: a parser stuck in a loop cannot block later calls, and
        // an abandoned thread does not keep the JVM alive. Its cost is small next to a parse.
        Thread worker = new Thread(task, "vanban-document-reader");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new DocumentReadException(
                    Reason.TIMEOUT, "cannot read " + what + ": reading it took longer than " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentReadException(Reason.TIMEOUT, "interrupted while reading " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DocumentReadException d) {
                throw d;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new DocumentReadException(Reason.DAMAGED, "cannot read " + what + ": " + cause, cause);
        }
    }

    private Extraction detectAndParse(byte[] content, @Nullable String fileName) {
        String what = describe(fileName);
        String mediaType = detect(content, fileName);
        String kind = SUPPORTED.get(mediaType);
        if (kind == null) {
            throw new DocumentReadException(
                    Reason.UNSUPPORTED_TYPE,
                    "cannot read " + what + ": its content is " + mediaType
                            + ", not PDF, DOCX, DOC, ODT or plain text");
        }
        if (ZIP_BASED.contains(mediaType)) {
            checkInflation(content, what, kind);
        }
        Metadata metadata = metadata(fileName);
        BodyContentHandler handler = new BodyContentHandler(maxTextChars);
        boolean truncated = false;
        try (InputStream in = TikaInputStream.get(content, metadata)) {
            parser.parse(in, handler, metadata, context());
        } catch (EncryptedDocumentException e) {
            return new Extraction(mediaType, "", TextStatus.ENCRYPTED, false, PdfFormFields.NONE);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new DocumentReadException(Reason.DAMAGED, "cannot read " + what + " as " + kind + ": "
                        + e.getMessage(), e);
            }
            truncated = true;
        } catch (TikaException | IOException | RuntimeException e) {
            if (isEncrypted(e)) {
                return new Extraction(mediaType, "", TextStatus.ENCRYPTED, false, PdfFormFields.NONE);
            }
            if (isBomb(e)) {
                throw new DocumentReadException(Reason.LIMIT_EXCEEDED, "cannot read " + what + " as " + kind
                        + ": it expands beyond the safety limits (suspected zip bomb): " + rootMessage(e), e);
            }
            throw new DocumentReadException(
                    Reason.DAMAGED, "cannot read " + what + " as " + kind + ": " + rootMessage(e), e);
        }
        String text = handler.toString();
        TextStatus status = text.isBlank() ? TextStatus.NO_TEXT_LAYER : TextStatus.EXTRACTED;
        PdfFormFields formFields = mediaType.equals("application/pdf") && status == TextStatus.EXTRACTED
                ? PdfFormFields.read(content, MAX_PDF_MEMORY_BYTES) : PdfFormFields.NONE;
        return new Extraction(mediaType, text, status, truncated, formFields);
    }

    /**
     * Inflates every entry of a zip package once, counting, and fails as soon as one inflates more
     * than the ratio allows or the whole package more than {@link #MAX_INFLATED_BYTES}. Tika's
     * {@code SecureContentHandler} cannot catch a DOCX bomb (the package is read whole before any
     * text comes out, so its ratio looks harmless) and the write limit only truncates, after the
     * parser has already spent the time.
     */
    private void checkInflation(byte[] content, String what, String kind) {
        CountingInput raw = new CountingInput(content);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                long startRaw = raw.count();
                long inflated = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    inflated += n;
                    total += n;
                    long compressed = Math.max(1, raw.count() - startRaw);
                    if (inflated > RATIO_GRACE_BYTES && inflated / compressed > maxCompressionRatio) {
                        throw bomb(what, kind, "entry " + entry.getName() + " inflates more than " + maxCompressionRatio
                                + " times its compressed size");
                    }
                    if (total > MAX_INFLATED_BYTES) {
                        throw bomb(what, kind, "its entries inflate to more than " + MAX_INFLATED_BYTES + " bytes");
                    }
                }
            }
        } catch (IOException e) {
            // A damaged package: let the parser report it in its own words.
        }
    }

    private static DocumentReadException bomb(String what, String kind, String detail) {
        return new DocumentReadException(Reason.LIMIT_EXCEEDED, "cannot read " + what + " as " + kind
                + ": it expands beyond the safety limits (suspected zip bomb): " + detail);
    }

    /** A byte-array stream that tells how far it has been read. */
    private static final class CountingInput extends ByteArrayInputStream {
        CountingInput(byte[] content) {
            super(content);
        }

        long count() {
            return pos;
        }
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        pdf.setExtractBookmarksText(false);
        pdf.setExtractActions(false);
        // Tika would write the form's names and values into the text, where they read as the
        // letter's own lines; the issuing fields are read apart, by PdfFormFields.
        pdf.setExtractAcroFormContent(false);
        pdf.setMaxMainMemoryBytes(MAX_PDF_MEMORY_BYTES);
        context.set(PDFParserConfig.class, pdf);
        OfficeParserConfig office = new OfficeParserConfig();
        // Some agencies print the letterhead in the Word page header, so headers stay in; the
        // page-number field they also hold only adds a line of digits, which no field matches.
        office.setIncludeHeadersAndFooters(true);
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        office.setExtractMacros(false);
        // Stream document.xml instead of loading it into a DOM: a bomb never sits in memory whole.
        office.setUseSAXDocxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        // Attachments and embedded objects are not the letter: never parse them.
        context.set(EmbeddedDocumentExtractor.class, NoEmbedded.INSTANCE);
        return context;
    }

    private static Metadata metadata(@Nullable String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        return metadata;
    }

    static String describe(@Nullable String fileName) {
        return fileName == null ? "the document" : "\"" + fileName + "\"";
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof EncryptedDocumentException
                    || name.endsWith("InvalidPasswordException")
                    || name.endsWith(".EncryptedDocumentException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max depth exceeded")
                    || message.contains("entry depth") || t.getClass().getSimpleName().contains("ZipBomb")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }

    /** An embedded-document extractor that skips everything. */
    private enum NoEmbedded implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // Never called: shouldParseEmbedded says no.
        }
    }
}
