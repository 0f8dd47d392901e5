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
 * Writes an {@link IncomingDocument} as JSON, using the member names of vanban's JSON format v1
 * for the fields so that a read letter can be loaded and re-rendered.
 *
 * <p>The v1 members are {@code type}, {@code parentAuthority}, {@code issuingAuthority},
 * {@code number} (omitted while unassigned), {@code symbol}, {@code place}, {@code date}
 * ({@code YYYY-MM-DD}, or {@code YYYY-MM} when the day is blank), {@code subject},
 * {@code recipients}, {@code signer} ({@code capacity}, {@code authority}, {@code position},
 * {@code fullName}) and {@code distribution} (names, {@code {"group": […], "note": …}} objects and
 * the "Lưu: …" line). Absent fields are omitted. Besides them the output carries
 * {@code mediaType}, {@code textStatus}, {@code urgency}, {@code confidentiality}, a
 * {@code confidence} object keyed by field name, {@code notFound} and {@code notes}. A signer
 * with stacked capacities ("TM. … / KT. …") has the first in {@code capacity} and
 * {@code authority} and all of them in an extra {@code delegations} array. The document body is
 * not written: the reader does not split it into blocks.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class IncomingDocumentJson {
    private static final JsonFactory FACTORY = new JsonFactory();

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
            distribution(json, d.distribution().get().value());
        }
        if (d.urgency().isPresent()) {
            json.writeStringField("urgency", d.urgency().get().value().name());
        }
        if (d.confidentiality().isPresent()) {
            json.writeStringField("confidentiality", d.confidentiality().get().value().name());
        }
        json.writeObjectFieldStart("confidence");
        for (FieldName name : FieldName.values()) {
            Optional<ExtractedField<?>> field = d.field(name);
            if (field.isPresent()) {
                json.writeNumberField(name.jsonName(), field.get().confidence());
            }
        }
        json.writeEndObject();
        strings(json, "notFound", d.notFound().stream().map(FieldName::jsonName).toList());
        strings(json, "notes", d.notes());
        json.writeEndObject();
    }

    private static void signer(JsonGenerator json, SignatureBlock signer) throws IOException {
        json.writeObjectFieldStart("signer");
        if (!signer.delegations().isEmpty()) {
            Delegation first = signer.delegations().get(0);
            json.writeStringField("capacity", first.capacity().name());
            json.writeStringField("authority", first.authority());
        }
        if (signer.position().isPresent()) {
            json.writeStringField("position", signer.position().get());
        }
        json.writeStringField("fullName", signer.fullName());
        if (signer.delegations().size() > 1) {
            json.writeArrayFieldStart("delegations");
            for (Delegation delegation : signer.delegations()) {
                json.writeStartObject();
                json.writeStringField("capacity", delegation.capacity().name());
                json.writeStringField("authority", delegation.authority());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!signer.otherPositions().isEmpty()) {
            strings(json, "otherPositions", signer.otherPositions());
        }
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
        if (distribution.drafter().isPresent()) {
            json.writeString(distribution.drafter().get().text());
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
