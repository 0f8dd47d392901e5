// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vanban.core.model.Delegation;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DistributionEntry;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Writes an {@link IncomingDocument} as JSON whose {@code document} member is a vanban JSON
 * format v1 document, so that a read letter can be loaded, completed and re-rendered.
 *
 * <p>The output has {@code mediaType}, {@code textStatus}, {@code truncated} (only when true),
 * then {@code document} holding exactly the v1 members the reader found: {@code version},
 * {@code type}, {@code parentAuthority}, {@code issuingAuthority}, {@code number} (omitted while
 * unassigned), {@code symbol}, {@code place}, {@code date} ({@code YYYY-MM-DD}, or {@code YYYY-MM}
 * when the day is blank), {@code subject}, {@code recipients}, {@code signer} ({@code capacity}
 * and {@code authority}, or {@code delegations} when stacked; {@code position},
 * {@code otherPositions}, {@code fullName}), {@code distribution} (names, {@code {"group": […],
 * "note": …}} objects, and the "Lưu: …" line last), {@code drafter} and {@code copiesIssued},
 * {@code urgency}, {@code confidentiality}. The body is not extracted, so {@code document} has no
 * {@code body}. After it come {@code confidence} and {@code spans} ({@code [start, end]} into the
 * text), both keyed by the v1 names of the fields found, then {@code notFound} and {@code notes}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class IncomingDocumentJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The JSON format version whose member names the {@code document} object uses. */
    private static final int FORMAT_VERSION = 1;

    private IncomingDocumentJson() {}

    /**
     * Writes the document as indented UTF-8 JSON; the stream is flushed, not closed.
     *
     * @param document what was read
     * @param out where to write; the caller keeps ownership
     * @throws UncheckedIOException if the stream fails
     */
    public static void write(IncomingDocument document, OutputStream out) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            write(document, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the incoming document as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the document as indented JSON text.
     *
     * @param document what was read
     * @return the JSON
     */
    public static String toJson(IncomingDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void write(IncomingDocument d, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("mediaType", d.mediaType());
        json.writeStringField("textStatus", d.textStatus().name());
        if (d.isTruncated()) {
            json.writeBooleanField("truncated", true);
        }
        json.writeObjectFieldStart("document");
        document(d, json);
        json.writeEndObject();
        json.writeObjectFieldStart("confidence");
        for (FieldName name : FieldName.values()) {
            Optional<ExtractedField<?>> field = d.field(name);
            if (field.isPresent()) {
                json.writeNumberField(name.jsonName(), field.get().confidence());
            }
        }
        json.writeEndObject();
        json.writeObjectFieldStart("spans");
        for (FieldName name : FieldName.values()) {
            Optional<ExtractedField<?>> field = d.field(name);
            if (field.isPresent()) {
                json.writeArrayFieldStart(name.jsonName());
                json.writeNumber(field.get().span().start());
                json.writeNumber(field.get().span().end());
                json.writeEndArray();
            }
        }
        json.writeEndObject();
        strings(json, "notFound", d.notFound().stream().map(FieldName::jsonName).toList());
        strings(json, "notes", d.notes());
        json.writeEndObject();
    }

    /** Writes the fields found as a JSON format v1 document (without its body). */
    private static void document(IncomingDocument d, JsonGenerator json) throws IOException {
        json.writeNumberField("version", FORMAT_VERSION);
        if (d.type().isPresent()) {
            json.writeStringField("type", d.type().get().value().name());
        }
        string(json, "parentAuthority", d.parentAuthority());
        string(json, "issuingAuthority", d.issuingAuthority());
        if (d.number().isPresent()) {
            NumberSymbol number = d.number().get().value();
            if (number.number().isAssigned()) {
                json.writeNumberField("number", number.number().number().getAsInt());
            }
            json.writeStringField("symbol", number.number().symbol());
        }
        string(json, "place", d.place());
        if (d.date().isPresent()) {
            IssueDate date = d.date().get().value();
            Optional<String> text = date.fullDate().map(Object::toString).or(() -> date.yearMonth().map(Object::toString));
            if (text.isPresent()) {
                json.writeStringField("date", text.get());
            }
        }
        string(json, "subject", d.subject());
        if (d.recipients().isPresent()) {
            strings(json, "recipients", d.recipients().get().value());
        }
        if (d.signer().isPresent()) {
            signer(json, d.signer().get().value());
        }
        if (d.distribution().isPresent()) {
            Distribution distribution = d.distribution().get().value();
            distribution(json, distribution);
            if (distribution.drafter().isPresent()) {
                json.writeStringField("drafter", distribution.drafter().get().initials());
                json.writeNumberField("copiesIssued", distribution.drafter().get().copiesIssued());
            }
        }
        if (d.urgency().isPresent()) {
            json.writeStringField("urgency", d.urgency().get().value().name());
        }
        if (d.confidentiality().isPresent()) {
            json.writeStringField("confidentiality", d.confidentiality().get().value().name());
        }
    }

    private static void signer(JsonGenerator json, SignatureBlock signer) throws IOException {
        json.writeObjectFieldStart("signer");
        if (signer.delegations().size() == 1) {
            Delegation only = signer.delegations().get(0);
            json.writeStringField("capacity", only.capacity().name());
            json.writeStringField("authority", only.authority());
        } else if (signer.delegations().size() > 1) {
            json.writeArrayFieldStart("delegations");
            for (Delegation delegation : signer.delegations()) {
                json.writeStartObject();
                json.writeStringField("capacity", delegation.capacity().name());
                json.writeStringField("authority", delegation.authority());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (signer.position().isPresent()) {
            json.writeStringField("position", signer.position().get());
        }
        if (!signer.otherPositions().isEmpty()) {
            strings(json, "otherPositions", signer.otherPositions());
        }
        json.writeStringField("fullName", signer.fullName());
        json.writeEndObject();
    }

    private static void distribution(JsonGenerator json, Distribution distribution) throws IOException {
        json.writeArrayFieldStart("distribution");
        for (DistributionEntry entry : distribution.entries()) {
            if (entry instanceof DistributionEntry.Recipient r) {
                json.writeString(r.name());
            } else if (entry instanceof DistributionEntry.Group g) {
                json.writeStartObject();
                strings(json, "group", g.names());
                json.writeStringField("note", g.note());
                json.writeEndObject();
            } else {
                throw new AssertionError(entry);
            }
        }
        if (distribution.fileCopy().isPresent()) {
            json.writeString(distribution.fileCopy().get().text());
        }
        json.writeEndArray();
    }

    private static void string(JsonGenerator json, String name, Optional<ExtractedField<String>> field) throws IOException {
        if (field.isPresent()) {
            json.writeStringField(name, field.get().value());
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
