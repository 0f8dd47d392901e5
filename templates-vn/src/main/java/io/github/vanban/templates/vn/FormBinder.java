// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.Confidentiality;
import io.github.vanban.core.model.CopyForm;
import io.github.vanban.core.model.Delegation;
import io.github.vanban.core.model.DistributionEntry;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.DrafterCode;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.SigningCapacity;
import io.github.vanban.core.model.Urgency;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds form and agency-profile JSON to templates; the format is documented in the module README.
 * Not API. Stops at the first problem, naming the source and its JSON pointer.
 */
final class FormBinder {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static final Set<String> COMMON = Set.of("form", "type", "agency", "number", "date", "signer", "distribution",
            "fileCopy", "drafter", "copiesIssued", "urgency", "confidentiality", "appendices", "copy");
    static final Map<Form, Set<String>> FORM_FIELDS = Map.ofEntries(
            Map.entry(Form.NGHI_QUYET, Set.of("subject", "authority", "bases", "body")),
            Map.entry(Form.QUYET_DINH, Set.of("subject", "authority", "bases", "proposal", "body", "issues")),
            Map.entry(Form.VAN_BAN_CO_TEN_LOAI, Set.of("subject", "recipients", "body")),
            Map.entry(Form.CONG_VAN, Set.of("unit", "subject", "recipients", "body")),
            Map.entry(Form.CONG_DIEN, Set.of("subject", "sender", "receivers", "body")),
            Map.entry(Form.GIAY_MOI, Set.of("subject", "invitee", "event", "chair", "time", "venue", "notes")),
            Map.entry(Form.GIAY_GIOI_THIEU, Set.of("person", "position", "sentTo", "purpose", "validUntil")),
            Map.entry(Form.BIEN_BAN, Set.of("subject", "start", "venue", "participants", "chair", "chairPosition",
                    "secretary", "content", "end")),
            Map.entry(Form.GIAY_NGHI_PHEP, Set.of("applied", "person", "position", "from", "to", "destination",
                    "leaveKind")));
    static final Set<String> PROFILE = Set.of("parentAuthority", "issuingAuthority", "name", "abbreviation", "units",
            "place", "contact", "fileCopy", "signer");
    static final Set<String> SIGNER = Set.of("capacity", "authority", "delegations", "position", "otherPositions",
            "fullName");
    static final Set<String> ELECTRONIC_COPY = Set.of("form", "agency");
    static final Set<String> COPY = Set.of("form", "agency", "number", "date", "signer", "distribution", "fileCopy",
            "drafter", "copiesIssued");

    private final String source;
    private final @Nullable Path baseDir;
    private final Optional<AgencyProfile> defaultAgency;

    private FormBinder(String source, @Nullable Path baseDir, Optional<AgencyProfile> defaultAgency) {
        this.source = source;
        this.baseDir = baseDir;
        this.defaultAgency = defaultAgency;
    }

    // ------------------------------------------------------------------ entry points

    static AgencyProfile profile(Path file) {
        return new FormBinder(file.toString(), file.toAbsolutePath().getParent(), Optional.empty())
                .profile(tree(file), "");
    }

    static AgencyProfile profile(InputStream in, String source) {
        FormBinder b = new FormBinder(source, null, Optional.empty());
        return b.profile(b.tree(in), "");
    }

    static FormTemplate form(Path file, Optional<AgencyProfile> agency) {
        return new FormBinder(file.toString(), file.toAbsolutePath().getParent(), agency).form(tree(file));
    }

    static FormTemplate form(InputStream in, String source, Optional<AgencyProfile> agency) {
        FormBinder b = new FormBinder(source, null, agency);
        return b.form(b.tree(in));
    }

    private static JsonNode tree(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new FormBinder(file.toString(), null, Optional.empty()).tree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private JsonNode tree(InputStream in) {
        try {
            JsonNode node = MAPPER.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw fail("", "the input is empty; expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new TemplateException(source + ": malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    // ------------------------------------------------------------------ forms

    private FormTemplate form(JsonNode root) {
        ObjectNode o = object(root, "");
        DocumentType type = enumValue(o, "type", DocumentType.class, "document type");
        Form natural = naturalForm(type);
        if (natural == Form.QUYET_DINH && o.has("issues")) {
            natural = Form.QUYET_DINH_BAN_HANH;
        }
        Form form = natural;
        Optional<String> declared = optionalText(o, "form");
        if (declared.isPresent()) {
            form = Form.byNumber(declared.get()).orElseThrow(() -> fail("/form", "unknown form \""
                    + declared.get() + "\"; expected one of " + Arrays.stream(Form.values()).map(Form::number).toList()));
        }
        boolean appendixForm = form == Form.PHU_LUC || form == Form.PHU_LUC_TEP_RIENG;
        boolean wrapper = appendixForm || form == Form.BAN_SAO_GIAY || form == Form.BAN_SAO_DIEN_TU;
        if (!wrapper && form != natural) {
            throw fail("/form", form == Form.QUYET_DINH_BAN_HANH
                    ? "form 1.3 needs \"issues\": the document the decision issues or approves"
                    : "type " + type.name() + " uses form " + natural.number() + ", not " + form.number());
        }
        Set<String> allowed = new LinkedHashSet<>(COMMON);
        allowed.addAll(FORM_FIELDS.get(natural == Form.QUYET_DINH_BAN_HANH ? Form.QUYET_DINH : natural));
        fields(o, "", allowed);
        if (!appendixForm && o.has("appendices")) {
            throw fail("/appendices", "appendices need \"form\": \"2.1\" (printed after the document) or \"2.2\" "
                    + "(a separate electronic file)");
        }
        if (form != Form.BAN_SAO_GIAY && form != Form.BAN_SAO_DIEN_TU && o.has("copy")) {
            throw fail("/copy", "a copy block needs \"form\": \"3.1\" or \"3.2\"");
        }
        AgencyProfile agency = agency(o);
        Particulars particulars = particulars(o, "", agency);
        Form mainForm = natural;
        FormTemplate main = guarded("", () -> natural(mainForm, type, o, particulars));
        if (appendixForm) {
            List<Appendix> appendices = list(o, "appendices", true, (n, p) -> appendix(n, p));
            boolean separate = form == Form.PHU_LUC_TEP_RIENG;
            return guarded("/appendices", () -> separate
                    ? new SeparateAppendixTemplate(main, appendices)
                    : new AppendixTemplate(main, appendices));
        }
        if (form == Form.BAN_SAO_GIAY) {
            ObjectNode c = object(require(o, "copy", ""), "/copy");
            fields(c, "/copy", COPY);
            CopyForm copyForm = enumValue(c, "form", "/copy", CopyForm.class, "form of copy");
            AgencyProfile copier = c.has("agency") ? agencyValue(c.get("agency"), "/copy/agency") : agency;
            Particulars p = particulars(c, "/copy", copier);
            return guarded("/copy", () -> new PaperCopyTemplate(main, copyForm, p));
        }
        if (form == Form.BAN_SAO_DIEN_TU) {
            ObjectNode c = object(require(o, "copy", ""), "/copy");
            fields(c, "/copy", ELECTRONIC_COPY);
            CopyForm copyForm = enumValue(c, "form", "/copy", CopyForm.class, "form of copy");
            AgencyProfile copier = c.has("agency") ? agencyValue(c.get("agency"), "/copy/agency") : agency;
            return guarded("/copy", () -> new ElectronicCopyTemplate(main, copyForm, copier));
        }
        return main;
    }

    private static Form naturalForm(DocumentType type) {
        return Form.byNumber(type.template()).orElseThrow();
    }

    private FormTemplate natural(Form form, DocumentType type, ObjectNode o, Particulars p) {
        switch (form) {
            case NGHI_QUYET:
                return new ResolutionTemplate(p, text(o, "subject"), text(o, "authority"), texts(o, "bases"),
                        body(o, "body"));
            case QUYET_DINH:
            case QUYET_DINH_BAN_HANH:
                return new DecisionTemplate(p, text(o, "subject"), text(o, "authority"), texts(o, "bases"),
                        optionalText(o, "proposal"), body(o, "body"),
                        o.has("issues") ? Optional.of(issued(o.get("issues"), "/issues")) : Optional.empty());
            case VAN_BAN_CO_TEN_LOAI:
                return new TypedDocumentTemplate(p, type, optionalText(o, "subject"), texts(o, "recipients"),
                        body(o, "body"));
            case CONG_VAN:
                return new OfficialLetterTemplate(p, optionalText(o, "unit"), text(o, "subject"),
                        texts(o, "recipients"), body(o, "body"));
            case CONG_DIEN:
                return new TelegramTemplate(p, text(o, "subject"), text(o, "sender"), texts(o, "receivers"),
                        body(o, "body"));
            case GIAY_MOI:
                return new InvitationTemplate(p, text(o, "subject"), text(o, "invitee"), text(o, "event"),
                        optionalText(o, "chair"), text(o, "time"), text(o, "venue"), texts(o, "notes"));
            case GIAY_GIOI_THIEU:
                return new IntroductionTemplate(p, text(o, "person"), text(o, "position"), text(o, "sentTo"),
                        text(o, "purpose"), localDate(o, "validUntil", ""));
            case BIEN_BAN:
                return new MinutesTemplate(p, text(o, "subject"), text(o, "start"), text(o, "venue"),
                        texts(o, "participants"), text(o, "chair"), optionalText(o, "chairPosition"),
                        text(o, "secretary"), body(o, "content"),
                        text(o, "end"));
            case GIAY_NGHI_PHEP:
                return new LeaveTemplate(p, localDate(o, "applied", ""), text(o, "person"), text(o, "position"),
                        localDate(o, "from", ""), localDate(o, "to", ""), text(o, "destination"),
                        text(o, "leaveKind"));
            default:
                throw fail("/type", "type " + type.name() + " has no template here (form " + form.number() + ")");
        }
    }

    private Appendix issued(JsonNode node, String pointer) {
        ObjectNode a = object(node, pointer);
        fields(a, pointer, Set.of("type", "subject", "body"));
        DocumentType type = enumValue(a, "type", pointer, DocumentType.class, "document type");
        return guarded(pointer, () -> Appendix.issuedDocument(type, text(a, "subject", pointer), body(a, "body", pointer)));
    }

    private Appendix appendix(JsonNode node, String pointer) {
        ObjectNode a = object(node, pointer);
        fields(a, pointer, Set.of("number", "title", "body"));
        return new Appendix(optionalText(a, "number", pointer), optionalText(a, "title", pointer),
                body(a, "body", pointer));
    }

    // ------------------------------------------------------------------ particulars

    private AgencyProfile agency(ObjectNode o) {
        if (o.has("agency")) {
            return agencyValue(o.get("agency"), "/agency");
        }
        return defaultAgency.orElseThrow(() -> fail("/agency", "required field is missing: the agency profile "
                + "(an object, or the path of a profile file), unless the caller supplies one"));
    }

    private AgencyProfile agencyValue(JsonNode node, String pointer) {
        if (node.isTextual()) {
            if (baseDir == null) {
                throw fail(pointer, "a profile path needs a file source; read the form from a Path or inline the "
                        + "profile");
            }
            Path file = baseDir.resolve(node.asText()).normalize();
            if (!Files.isRegularFile(file)) {
                throw fail(pointer, "agency profile file not found: " + file);
            }
            return profile(file);
        }
        return profile(node, pointer);
    }

    private AgencyProfile profile(JsonNode node, String pointer) {
        ObjectNode o = object(node, pointer);
        fields(o, pointer, PROFILE);
        AgencyProfile.Builder b = AgencyProfile.builder()
                .issuingAuthority(text(o, "issuingAuthority", pointer))
                .abbreviation(text(o, "abbreviation", pointer))
                .place(text(o, "place", pointer))
                .contact(texts(o, "contact", pointer));
        optionalText(o, "parentAuthority", pointer).ifPresent(b::parentAuthority);
        optionalText(o, "name", pointer).ifPresent(b::name);
        if (o.has("fileCopy")) {
            b.fileCopy(texts(o, "fileCopy", pointer));
        }
        if (o.has("units")) {
            ObjectNode units = object(o.get("units"), pointer + "/units");
            for (String code : names(units)) {
                b.unit(code, text(units, code, pointer + "/units"));
            }
        }
        if (o.has("signer")) {
            b.signer(signer(o.get("signer"), pointer + "/signer"));
        }
        return guarded(pointer, b::build);
    }

    private Particulars particulars(ObjectNode o, String pointer, AgencyProfile agency) {
        Particulars.Builder b = Particulars.builder(agency).date(date(o, pointer));
        if (o.has("number")) {
            JsonNode n = o.get("number");
            if (!n.isInt() || n.asInt() < 1) {
                throw fail(pointer + "/number", "expected a whole number of 1 or more, found " + n);
            }
            b.number(n.asInt());
        }
        if (o.has("signer")) {
            b.signer(signer(o.get("signer"), pointer + "/signer"));
        }
        b.recipients(list(o, "distribution", pointer, false, this::recipient));
        if (o.has("fileCopy")) {
            b.fileCopy(texts(o, "fileCopy", pointer));
        }
        if (o.has("drafter")) {
            JsonNode copies = o.get("copiesIssued");
            if (copies == null || !copies.isInt()) {
                throw fail(pointer + "/copiesIssued", "required with drafter: the number of copies issued (ô 12)");
            }
            b.drafter(guarded(pointer + "/drafter", () -> new DrafterCode(text(o, "drafter", pointer), copies.asInt())));
        }
        if (o.has("urgency")) {
            b.urgency(enumValue(o, "urgency", pointer, Urgency.class, "urgency"));
        }
        if (o.has("confidentiality")) {
            b.confidentiality(enumValue(o, "confidentiality", pointer, Confidentiality.class, "confidentiality"));
        }
        return guarded(pointer, b::build);
    }

    private DistributionEntry recipient(JsonNode node, String pointer) {
        if (node.isTextual()) {
            String name = node.asText().strip();
            if (name.startsWith("Lưu")) {
                throw fail(pointer, "\"" + name + "\": the \"Lưu\" line is generated from fileCopy (or the agency "
                        + "profile); list only the recipients");
            }
            return new DistributionEntry.Recipient(name);
        }
        ObjectNode g = object(node, pointer);
        fields(g, pointer, Set.of("group", "note"));
        return guarded(pointer, () -> new DistributionEntry.Group(texts(g, "group", pointer), text(g, "note", pointer)));
    }

    private SignatureBlock signer(JsonNode node, String pointer) {
        ObjectNode o = object(node, pointer);
        fields(o, pointer, SIGNER);
        List<Delegation> delegations = new ArrayList<>();
        if (o.has("capacity")) {
            delegations.add(new Delegation(enumValue(o, "capacity", pointer, SigningCapacity.class, "signing capacity"),
                    text(o, "authority", pointer)));
        } else if (o.has("authority")) {
            throw fail(pointer + "/authority", "authority needs a capacity (TM, KT, Q, TL, TUQ)");
        }
        delegations.addAll(list(o, "delegations", pointer, false, (n, p) -> {
            ObjectNode d = object(n, p);
            fields(d, p, Set.of("capacity", "authority"));
            return new Delegation(enumValue(d, "capacity", p, SigningCapacity.class, "signing capacity"),
                    text(d, "authority", p));
        }));
        return guarded(pointer, () -> new SignatureBlock(delegations, optionalText(o, "position", pointer),
                texts(o, "otherPositions", pointer), text(o, "fullName", pointer)));
    }

    // ------------------------------------------------------------------ body

    private List<BodyBlock> body(ObjectNode o, String field) {
        return body(o, field, "");
    }

    private List<BodyBlock> body(ObjectNode o, String field, String pointer) {
        JsonNode node = require(o, field, pointer);
        String where = pointer + "/" + field;
        if (!node.isArray()) {
            throw fail(where, "expected an array of paragraphs and structure blocks, found " + kind(node));
        }
        StructuredBody.Builder b = StructuredBody.builder();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String p = where + "/" + i;
            if (item.isTextual()) {
                guarded(p, () -> b.paragraph(item.asText()));
                continue;
            }
            ObjectNode block = object(item, p);
            if (block.has("table")) {
                fields(block, p, Set.of("table", "headerRows"));
                List<List<String>> rows = list(block, "table", p, true, (r, rp) -> {
                    if (!r.isArray()) {
                        throw fail(rp, "expected an array of cells, found " + kind(r));
                    }
                    List<String> cells = new ArrayList<>();
                    r.forEach(c -> cells.add(c.asText()));
                    return cells;
                });
                int header = block.path("headerRows").asInt(0);
                guarded(p, () -> b.block(new BodyBlock.Table(rows, header)));
                continue;
            }
            if (block.size() != 1) {
                throw fail(p, "a structure block has exactly one of " + BLOCKS + ", found " + names(block));
            }
            String kind = block.fieldNames().next();
            String value = text(block, kind, p);
            guarded(p, () -> {
                switch (kind) {
                    case "part": return b.part(value);
                    case "chapter": return b.chapter(value);
                    case "section": return b.section(value);
                    case "subsection": return b.subsection(value);
                    case "reportSection": return b.reportSection(value);
                    case "article": return b.article(value);
                    case "titledArticle": return b.titledArticle(value);
                    case "clause": return b.clause(value);
                    case "point": return b.point(value);
                    case "basis": return b.block(new BodyBlock.Basis(value));
                    default: throw fail(p + "/" + kind, "unknown block \"" + kind + "\"; expected one of " + BLOCKS
                            + " or \"table\"");
                }
            });
        }
        return b.build();
    }

    static final List<String> BLOCKS = List.of("part", "chapter", "section", "subsection", "reportSection",
            "article", "titledArticle", "clause", "point", "basis");

    // ------------------------------------------------------------------ values

    private IssueDate date(ObjectNode o, String pointer) {
        if (!o.has("date")) {
            return IssueDate.pending();
        }
        String s = text(o, "date", pointer);
        try {
            return s.length() == 7 ? IssueDate.dayPending(YearMonth.parse(s)) : IssueDate.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            throw fail(pointer + "/date", "\"" + s + "\" is not a date; expected YYYY-MM-DD, or YYYY-MM while the "
                    + "day is pending");
        }
    }

    private LocalDate localDate(ObjectNode o, String field, String pointer) {
        String s = text(o, field, pointer);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw fail(pointer + "/" + field, "\"" + s + "\" is not a date; expected YYYY-MM-DD");
        }
    }

    private <E extends Enum<E>> E enumValue(ObjectNode o, String field, Class<E> type, String what) {
        return enumValue(o, field, "", type, what);
    }

    private <E extends Enum<E>> E enumValue(ObjectNode o, String field, String pointer, Class<E> type, String what) {
        String s = text(o, field, pointer);
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail(pointer + "/" + field, "unknown " + what + " \"" + s + "\"; expected one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }

    private String text(ObjectNode o, String field) {
        return text(o, field, "");
    }

    private String text(ObjectNode o, String field, String pointer) {
        JsonNode n = require(o, field, pointer);
        if (!n.isTextual()) {
            throw fail(pointer + "/" + field, "expected a string, found " + kind(n));
        }
        if (n.asText().isBlank()) {
            throw fail(pointer + "/" + field, "must not be blank");
        }
        return n.asText();
    }

    private Optional<String> optionalText(ObjectNode o, String field) {
        return optionalText(o, field, "");
    }

    private Optional<String> optionalText(ObjectNode o, String field, String pointer) {
        return o.has(field) ? Optional.of(text(o, field, pointer)) : Optional.empty();
    }

    private List<String> texts(ObjectNode o, String field) {
        return texts(o, field, "");
    }

    private List<String> texts(ObjectNode o, String field, String pointer) {
        return list(o, field, pointer, false, (n, p) -> {
            if (!n.isTextual()) {
                throw fail(p, "expected a string, found " + kind(n));
            }
            return n.asText();
        });
    }

    private <T> List<T> list(ObjectNode o, String field, boolean required,
            java.util.function.BiFunction<JsonNode, String, T> item) {
        return list(o, field, "", required, item);
    }

    private <T> List<T> list(ObjectNode o, String field, String pointer, boolean required,
            java.util.function.BiFunction<JsonNode, String, T> item) {
        if (!o.has(field)) {
            if (required) {
                throw fail(pointer + "/" + field, "required field is missing");
            }
            return List.of();
        }
        JsonNode n = o.get(field);
        String where = pointer + "/" + field;
        if (!n.isArray()) {
            throw fail(where, "expected an array, found " + kind(n));
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            out.add(item.apply(n.get(i), where + "/" + i));
        }
        return out;
    }

    private JsonNode require(ObjectNode o, String field, String pointer) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            throw fail(pointer + "/" + field, "required field is missing");
        }
        return n;
    }

    private ObjectNode object(JsonNode node, String pointer) {
        if (!(node instanceof ObjectNode o)) {
            throw fail(pointer, "expected a JSON object, found " + kind(node));
        }
        return o;
    }

    private void fields(ObjectNode o, String pointer, Set<String> allowed) {
        Iterator<String> names = o.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw fail(pointer + "/" + name, "unknown field \"" + name + "\"; expected one of "
                        + allowed.stream().sorted().toList());
            }
        }
    }

    private static List<String> names(ObjectNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String kind(JsonNode n) {
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** Runs model code, turning its misuse exceptions into a located template error. */
    private <T> T guarded(String pointer, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw fail(pointer.isEmpty() ? "/" : pointer, e.getMessage());
        }
    }

    private TemplateException fail(String pointer, String message) {
        return new TemplateException(source + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + message);
    }
}
