// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.json;

import io.github.vanban.core.model.AdministrativeDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes administrative documents in the project's JSON format, version 1.
 *
 * <p>The format's field names follow the model: {@code type}, {@code parentAuthority}, {@code
 * issuingAuthority} (as printed in the header, usually upper case), {@code issuingBodyName}
 * (optional: the issuing body's name in running text, in normal case, e.g. "Sở Khoa học và Công
 * nghệ tỉnh Lai Châu", used by the appendix reference line "(Kèm theo … của …)"; absent, running
 * text falls back to {@code issuingAuthority}, and the writer leaves it out), {@code number}
 * (absent until issuance), {@code symbol}, {@code place}, {@code
 * date} ({@code "YYYY-MM-DD"}, {@code "YYYY-MM"} when the day is assigned at issuance, absent when
 * the whole date is), {@code subject}, {@code recipients} ("Kính gửi"), {@code body}, {@code
 * signer}, {@code distribution} ("Nơi nhận", ending with a {@code "Lưu: VT, VP (2)"} string),
 * {@code drafter} and {@code copiesIssued} (ô 12), {@code urgency}, {@code confidentiality},
 * {@code circulationNote}, {@code contact}, {@code appendices} (each with {@code number}, {@code
 * title}, {@code body}, or a {@code type} for a document the main one issues, form 1.3), {@code
 * copy}, {@code coSigner} (the second signer of a Biên bản, form 1.9), {@code cornerSignature}
 * ({@code true} when the organisation signs the file at the top right of page 1, ô 14: forms 2.2
 * and 3.2; absent means {@code false}), {@code appendicesOnly} ({@code true} when the file
 * carries only the appendices, issued as an electronic file of their own, form 2.2: the other
 * fields still describe the main document, and {@code cornerSignature} is implied; absent means
 * {@code false}, and the writer leaves it out then) and an optional {@code "version": 1}. {@code
 * samples/src/test/resources/README.md} and the seed letter {@code
 * samples/documents/cong-van-lai-chau.json} show them in use.
 *
 * <p>Reading is strict: unknown fields, wrong types and bad values are all reported together in
 * one {@link DocumentParseException}, each with line, column and JSON pointer. Authors' list
 * habits are forgiven: a leading "- " and a trailing ";" or "." are stripped from recipients and
 * distribution items. Text is NFC-normalised by the model. Writing then reading gives back an
 * equal document.
 *
 * <p>All methods are static and thread-safe.
 */
public final class DocumentJson {
    /** The format version this class reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private DocumentJson() {}

    /**
     * Reads a document from a UTF-8 stream (a byte-order mark is skipped; invalid UTF-8 is a
     * problem). The stream is not closed.
     *
     * @param in the JSON input
     * @param source a name for messages, e.g. the file name
     * @return the document
     * @throws DocumentParseException if the JSON is malformed or does not describe a document
     * @throws UncheckedIOException if reading the stream fails
     */
    public static AdministrativeDocument read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        List<ParseProblem> problems = new ArrayList<>();
        JsonTree.Node root = JsonTree.read(in, source, problems);
        Optional<AdministrativeDocument> document = new DocumentReader(problems).document(root);
        if (!problems.isEmpty() || document.isEmpty()) {
            problems.sort(DocumentReader.INPUT_ORDER);
            throw new DocumentParseException(source, problems);
        }
        return document.get();
    }

    /**
     * Reads a document from a stream, named {@code "<stream>"} in messages. The stream is not
     * closed.
     *
     * @param in the JSON input
     * @return the document
     * @throws DocumentParseException if the JSON is malformed or does not describe a document
     * @throws UncheckedIOException if reading the stream fails
     */
    public static AdministrativeDocument read(InputStream in) {
        return read(in, "<stream>");
    }

    /**
     * Reads a document from a file; messages name the file.
     *
     * @param file the JSON file
     * @return the document
     * @throws DocumentParseException if the JSON is malformed or does not describe a document
     * @throws UncheckedIOException if the file cannot be read (e.g. {@link
     *     java.nio.file.NoSuchFileException} as cause)
     */
    public static AdministrativeDocument read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read document " + file, e);
        }
    }

    /**
     * Reads a document from JSON text, named {@code "<string>"} in messages.
     *
     * @param json the JSON text
     * @return the document
     * @throws DocumentParseException if the JSON is malformed or does not describe a document
     */
    public static AdministrativeDocument read(String json) {
        Objects.requireNonNull(json, "json");
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "<string>");
    }

    /**
     * Writes a document as pretty-printed JSON, format version 1, with "\n" line ends; encode the
     * result as UTF-8.
     *
     * @param document the document
     * @return the JSON text, ending with a line break
     */
    public static String write(AdministrativeDocument document) {
        return DocumentWriter.write(Objects.requireNonNull(document, "document"));
    }
}
