// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.CopyCertification;
import io.github.vanban.core.model.Delegation;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DistributionEntry;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Writes the document model as JSON format version 1, pretty-printed with "\n" line ends. Not API. */
final class DocumentWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator out;

    private DocumentWriter(JsonGenerator out) {
        this.out = out;
    }

    static String write(AdministrativeDocument document) {
        StringWriter text = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            generator.setPrettyPrinter(printer);
            new DocumentWriter(generator).document(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write document as JSON", e);
        }
        return text.append('\n').toString();
    }

    private void document(AdministrativeDocument d) throws IOException {
        out.writeStartObject();
        out.writeNumberField("version", DocumentJson.FORMAT_VERSION);
        out.writeStringField("type", d.type().name());
        optional("parentAuthority", d.parentAuthority());
        out.writeStringField("issuingAuthority", d.issuingAuthority());
        optional("issuingBodyName", d.issuingBodyName());
        number(d.number());
        out.writeStringField("place", d.place());
        date(d.date());
        optional("subject", d.subject());
        strings("recipients", d.addressees().names());
        out.writeFieldName("body");
        body(d.body());
        out.writeFieldName("signer");
        signer(d.signer());
        if (d.coSigner().isPresent()) {
            out.writeFieldName("coSigner");
            signer(d.coSigner().get());
        }
        distribution(d.distribution());
        if (d.urgency().isPresent()) {
            out.writeStringField("urgency", d.urgency().get().name());
        }
        if (d.confidentiality().isPresent()) {
            out.writeStringField("confidentiality", d.confidentiality().get().name());
        }
        optional("circulationNote", d.circulationNote());
        strings("contact", d.contact());
        if (!d.appendices().isEmpty()) {
            out.writeArrayFieldStart("appendices");
            for (Appendix appendix : d.appendices()) {
                out.writeStartObject();
                optional("number", appendix.number());
                if (appendix.documentType().isPresent()) {
                    out.writeStringField("type", appendix.documentType().get().name());
                }
                optional("title", appendix.title());
                out.writeFieldName("body");
                body(appendix.body());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (d.copy().isPresent()) {
            copy(d.copy().get());
        }
        if (d.cornerSignature()) {
            out.writeBooleanField("cornerSignature", true);
        }
        if (d.appendicesOnly()) {
            out.writeBooleanField("appendicesOnly", true);
        }
        out.writeEndObject();
    }

    private void copy(CopyCertification c) throws IOException {
        out.writeObjectFieldStart("copy");
        out.writeStringField("form", c.form().name());
        optional("parentAuthority", c.parentAuthority());
        out.writeStringField("authority", c.authority());
        number(c.number());
        out.writeStringField("place", c.place());
        date(c.date());
        out.writeFieldName("signer");
        signer(c.signer());
        distribution(c.distribution());
        out.writeEndObject();
    }

    private void number(DocumentNumber number) throws IOException {
        if (number.number().isPresent()) {
            out.writeNumberField("number", number.number().getAsInt());
        }
        out.writeStringField("symbol", number.symbol());
    }

    private void date(IssueDate date) throws IOException {
        if (date instanceof IssueDate.Full full) {
            out.writeStringField("date", full.date().toString());
        } else if (date instanceof IssueDate.DayPending pending) {
            out.writeStringField("date", pending.month().toString());
        }
    }

    private void signer(SignatureBlock signer) throws IOException {
        out.writeStartObject();
        List<Delegation> delegations = signer.delegations();
        if (delegations.size() == 1) {
            out.writeStringField("capacity", delegations.get(0).capacity().name());
            out.writeStringField("authority", delegations.get(0).authority());
        } else if (delegations.size() > 1) {
            out.writeArrayFieldStart("delegations");
            for (Delegation delegation : delegations) {
                out.writeStartObject();
                out.writeStringField("capacity", delegation.capacity().name());
                out.writeStringField("authority", delegation.authority());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        optional("position", signer.position());
        strings("otherPositions", signer.otherPositions());
        out.writeStringField("fullName", signer.fullName());
        out.writeEndObject();
    }

    private void distribution(Distribution distribution) throws IOException {
        out.writeArrayFieldStart("distribution");
        for (DistributionEntry entry : distribution.entries()) {
            if (entry instanceof DistributionEntry.Recipient recipient) {
                out.writeString(recipient.name());
            } else if (entry instanceof DistributionEntry.Group group) {
                out.writeStartObject();
                out.writeArrayFieldStart("group");
                for (String name : group.names()) {
                    out.writeString(name);
                }
                out.writeEndArray();
                out.writeStringField("note", group.note());
                out.writeEndObject();
            } else {
                throw new AssertionError(entry);
            }
        }
        if (distribution.fileCopy().isPresent()) {
            out.writeString(distribution.fileCopy().get().text());
        }
        out.writeEndArray();
        if (distribution.drafter().isPresent()) {
            out.writeStringField("drafter", distribution.drafter().get().initials());
            out.writeNumberField("copiesIssued", distribution.drafter().get().copiesIssued());
        }
    }

    private void body(List<BodyBlock> body) throws IOException {
        out.writeStartArray();
        for (BodyBlock block : body) {
            if (block instanceof BodyBlock.Paragraph p) {
                out.writeString(p.text());
            } else if (block instanceof BodyBlock.Basis b) {
                out.writeStartObject();
                out.writeStringField("basis", b.text());
                out.writeEndObject();
            } else if (block instanceof BodyBlock.Heading h) {
                out.writeStartObject();
                out.writeStringField("heading", h.level().name());
                out.writeStringField("number", h.number());
                out.writeStringField("title", h.title());
                out.writeEndObject();
            } else if (block instanceof BodyBlock.Article a) {
                out.writeStartObject();
                out.writeStringField("article", a.number());
                optional("title", a.title());
                optional("text", a.text());
                out.writeEndObject();
            } else if (block instanceof BodyBlock.Centered c) {
                out.writeStartObject();
                out.writeStringField("centered", c.text());
                if (c.bold()) {
                    out.writeBooleanField("bold", true);
                }
                out.writeEndObject();
            } else if (block instanceof BodyBlock.Table t) {
                out.writeStartObject();
                out.writeArrayFieldStart("table");
                for (List<String> row : t.rows()) {
                    out.writeStartArray();
                    for (String cell : row) {
                        out.writeString(cell);
                    }
                    out.writeEndArray();
                }
                out.writeEndArray();
                if (t.headerRows() > 0) {
                    out.writeNumberField("headerRows", t.headerRows());
                }
                out.writeEndObject();
            } else {
                throw new AssertionError(block);
            }
        }
        out.writeEndArray();
    }

    private void optional(String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            out.writeStringField(field, value.get());
        }
    }

    private void strings(String field, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            out.writeArrayFieldStart(field);
            for (String value : values) {
                out.writeString(value);
            }
            out.writeEndArray();
        }
    }
}
