// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.json;

import io.github.vanban.core.json.JsonTree.ArrayNode;
import io.github.vanban.core.json.JsonTree.BooleanNode;
import io.github.vanban.core.json.JsonTree.Field;
import io.github.vanban.core.json.JsonTree.Node;
import io.github.vanban.core.json.JsonTree.NullNode;
import io.github.vanban.core.json.JsonTree.NumberNode;
import io.github.vanban.core.json.JsonTree.ObjectNode;
import io.github.vanban.core.json.JsonTree.StringNode;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.Confidentiality;
import io.github.vanban.core.model.CopyCertification;
import io.github.vanban.core.model.CopyForm;
import io.github.vanban.core.model.Delegation;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DistributionEntry;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.DrafterCode;
import io.github.vanban.core.model.FileCopy;
import io.github.vanban.core.model.HeadingLevel;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.SigningCapacity;
import io.github.vanban.core.model.Urgency;
import io.github.vanban.core.text.VietnameseText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binds a {@link JsonTree} to the document model, collecting every problem in one pass. Not API;
 * single use.
 */
final class DocumentReader {
    static final List<String> DOCUMENT_FIELDS = List.of(
            "version", "type", "parentAuthority", "issuingAuthority", "issuingBodyName", "number", "symbol",
            "place", "date", "subject", "recipients", "body", "signer", "distribution", "drafter", "copiesIssued",
            "urgency", "confidentiality", "circulationNote", "contact", "appendices", "copy", "coSigner",
            "cornerSignature", "appendicesOnly");
    static final List<String> SIGNER_FIELDS =
            List.of("capacity", "authority", "delegations", "position", "otherPositions", "fullName");
    static final List<String> DELEGATION_FIELDS = List.of("capacity", "authority");
    static final List<String> GROUP_FIELDS = List.of("group", "note");
    static final List<String> APPENDIX_FIELDS = List.of("number", "title", "body", "type");
    static final List<String> COPY_FIELDS = List.of(
            "form", "parentAuthority", "authority", "number", "symbol", "place", "date", "signer",
            "distribution", "drafter", "copiesIssued");
    static final List<String> BLOCK_KINDS = List.of("basis", "heading", "article", "centered", "table");

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern FILE_COPY = Pattern.compile("^Lưu\\s*:\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern COPIES = Pattern.compile("^(.*?)\\s*\\((\\d+)\\)$");

    private final List<ParseProblem> problems;

    DocumentReader(List<ParseProblem> problems) {
        this.problems = problems;
    }

    /**
     * Binds the root value; returns empty when a problem prevents building the document.
     */
    Optional<AdministrativeDocument> document(Node root) {
        if (!(root instanceof ObjectNode object)) {
            problem(root, "", "expected a JSON object holding the document, found " + root.kind());
            return Optional.empty();
        }
        Obj doc = new Obj(object, "", DOCUMENT_FIELDS, "the document");
        doc.node("version").ifPresent(v -> {
            Optional<Integer> version = integer(v, "/version", 1);
            if (version.isPresent() && version.get() != DocumentJson.FORMAT_VERSION) {
                problem(v, "/version", "unsupported format version " + version.get()
                        + "; this library reads version " + DocumentJson.FORMAT_VERSION);
            }
        });
        Optional<DocumentType> type = doc.required("type", "the document type, e.g. \"CONG_VAN\"")
                .flatMap(n -> enumValue(n, "/type", DocumentType.class, "document type", DocumentReader::typeHint));
        Optional<String> parent = doc.string("parentAuthority");
        String issuing = doc.string("issuingAuthority").orElse("");
        Optional<String> issuingBodyName = doc.string("issuingBodyName");
        DocumentNumber number = number(doc);
        String place = doc.string("place").orElse("");
        IssueDate date = date(doc);
        Optional<String> subject = doc.string("subject");
        List<String> recipients = doc.strings("recipients").stream().map(DocumentReader::item).toList();
        List<BodyBlock> body = doc.node("body").map(n -> body(n, "/body")).orElse(List.of());
        Optional<SignatureBlock> signer = doc.required("signer", "the signer block")
                .flatMap(n -> signer(n, "/signer"));
        Distribution distribution = distribution(doc);
        Optional<Urgency> urgency = doc.node("urgency").flatMap(this::urgency);
        Optional<Confidentiality> confidentiality = doc.node("confidentiality")
                .flatMap(n -> enumValue(n, "/confidentiality", Confidentiality.class, "confidentiality level",
                        s -> Optional.empty()));
        Optional<String> circulationNote = doc.string("circulationNote");
        List<String> contact = doc.strings("contact");
        List<Appendix> appendices = doc.node("appendices").map(this::appendices).orElse(List.of());
        Optional<CopyCertification> copy = doc.node("copy").flatMap(this::copy);
        Optional<SignatureBlock> coSigner = doc.node("coSigner").flatMap(n -> signer(n, "/coSigner"));
        boolean corner = doc.node("cornerSignature").flatMap(n -> bool(n, "/cornerSignature")).orElse(false);
        boolean appendicesOnly = doc.node("appendicesOnly").flatMap(n -> bool(n, "/appendicesOnly")).orElse(false);

        if (!problems.isEmpty() || type.isEmpty() || signer.isEmpty()) {
            return Optional.empty();
        }
        AdministrativeDocument.Builder builder = AdministrativeDocument.builder()
                .type(type.get())
                .issuingAuthority(issuing)
                .number(number)
                .place(place)
                .date(date)
                .addressees(recipients)
                .body(body)
                .signer(signer.get())
                .distribution(distribution)
                .contact(contact)
                .appendices(appendices)
                .cornerSignature(corner)
                .appendicesOnly(appendicesOnly);
        parent.ifPresent(builder::parentAuthority);
        issuingBodyName.ifPresent(builder::issuingBodyName);
        subject.ifPresent(builder::subject);
        urgency.ifPresent(builder::urgency);
        confidentiality.ifPresent(builder::confidentiality);
        circulationNote.ifPresent(builder::circulationNote);
        copy.ifPresent(builder::copy);
        coSigner.ifPresent(builder::coSigner);
        return Optional.of(builder.build());
    }

    // ---- components ---------------------------------------------------------------------------

    private DocumentNumber number(Obj o) {
        Optional<Integer> number = o.node("number").flatMap(n -> integer(n, o.pointer("number"), 1));
        String symbol = o.string("symbol").orElse("");
        return number.map(n -> DocumentNumber.of(n, symbol)).orElseGet(() -> DocumentNumber.unassigned(symbol));
    }

    private IssueDate date(Obj o) {
        Optional<Node> node = o.node("date");
        if (node.isEmpty()) {
            return IssueDate.pending();
        }
        String pointer = o.pointer("date");
        Optional<String> text = string(node.get(), pointer);
        if (text.isEmpty()) {
            return IssueDate.pending();
        }
        String value = text.get().strip();
        try {
            if (FULL_DATE.matcher(value).matches()) {
                return IssueDate.of(LocalDate.parse(value));
            } else if (MONTH.matcher(value).matches()) {
                return IssueDate.dayPending(YearMonth.parse(value));
            }
        } catch (DateTimeException e) {
            problem(node.get(), pointer, "\"" + value + "\" is not a valid date");
            return IssueDate.pending();
        }
        problem(node.get(), pointer, "expected a date \"YYYY-MM-DD\", or \"YYYY-MM\" when the day is assigned at"
                + " issuance, found \"" + value + "\"");
        return IssueDate.pending();
    }

    private Optional<SignatureBlock> signer(Node node, String pointer) {
        Optional<Obj> object = object(node, pointer, SIGNER_FIELDS, "signer");
        if (object.isEmpty()) {
            return Optional.empty();
        }
        Obj o = object.get();
        List<Delegation> delegations = new ArrayList<>();
        Optional<Node> capacityNode = o.node("capacity");
        Optional<Node> authorityNode = o.node("authority");
        Optional<Node> delegationsNode = o.node("delegations");
        if (delegationsNode.isPresent() && (capacityNode.isPresent() || authorityNode.isPresent())) {
            problem(delegationsNode.get(), o.pointer("delegations"),
                    "give either \"capacity\" and \"authority\" or \"delegations\", not both");
        } else if (delegationsNode.isPresent()) {
            array(delegationsNode.get(), o.pointer("delegations")).ifPresent(items -> {
                for (int i = 0; i < items.size(); i++) {
                    delegation(items.get(i), o.pointer("delegations") + "/" + i).ifPresent(delegations::add);
                }
            });
        } else if (capacityNode.isPresent()) {
            enumValue(capacityNode.get(), o.pointer("capacity"), SigningCapacity.class, "signing capacity",
                    DocumentReader::capacityHint)
                    .ifPresent(c -> delegations.add(new Delegation(c, o.string("authority").orElse(""))));
        } else if (authorityNode.isPresent()) {
            problem(authorityNode.get(), o.pointer("authority"), "\"authority\" needs a \"capacity\" (TM, KT, Q, TL"
                    + " or TUQ); a head signing in their own name gives only \"position\"");
        }
        Optional<String> position = o.string("position");
        List<String> others = o.strings("otherPositions");
        String fullName = o.string("fullName").orElse("");
        return Optional.of(new SignatureBlock(delegations, position, others, fullName));
    }

    private Optional<Delegation> delegation(Node node, String pointer) {
        return object(node, pointer, DELEGATION_FIELDS, "a delegation").flatMap(o -> {
            Optional<SigningCapacity> capacity = o.required("capacity", "the signing capacity, e.g. \"KT\"")
                    .flatMap(n -> enumValue(n, o.pointer("capacity"), SigningCapacity.class, "signing capacity",
                            DocumentReader::capacityHint));
            String authority = o.string("authority").orElse("");
            return capacity.map(c -> new Delegation(c, authority));
        });
    }

    private Distribution distribution(Obj o) {
        List<DistributionEntry> entries = new ArrayList<>();
        Optional<FileCopy> fileCopy = Optional.empty();
        String pointer = o.pointer("distribution");
        Optional<List<Node>> items = o.node("distribution").flatMap(n -> array(n, pointer));
        if (items.isPresent()) {
            List<Node> list = items.get();
            for (int i = 0; i < list.size(); i++) {
                Node item = list.get(i);
                String at = pointer + "/" + i;
                if (item instanceof StringNode s) {
                    String text = item(s.value());
                    Matcher fileCopyLine = FILE_COPY.matcher(text);
                    if (fileCopyLine.matches()) {
                        if (fileCopy.isPresent()) {
                            problem(item, at, "a second \"Lưu:\" line; give the file copy once, as the last item");
                        } else if (i != list.size() - 1) {
                            problem(item, at, "the \"Lưu:\" line must be the last item of \"distribution\"");
                        } else {
                            fileCopy = fileCopy(fileCopyLine.group(1), item, at);
                        }
                    } else {
                        entries.add(new DistributionEntry.Recipient(text));
                    }
                } else if (item instanceof ObjectNode) {
                    group(item, at).ifPresent(entries::add);
                } else {
                    problem(item, at, "expected a recipient string or a {\"group\": […], \"note\": \"(B/c)\"}"
                            + " object, found " + item.kind());
                }
            }
        }
        return new Distribution(entries, fileCopy, drafter(o));
    }

    private Optional<FileCopy> fileCopy(String rest, Node node, String pointer) {
        List<String> units = new ArrayList<>(Arrays.stream(rest.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        OptionalInt copies = OptionalInt.empty();
        if (!units.isEmpty()) {
            Matcher m = COPIES.matcher(units.get(units.size() - 1));
            if (m.matches()) {
                int n;
                try {
                    n = Integer.parseInt(m.group(2));
                } catch (NumberFormatException e) {
                    n = 0;
                }
                if (n < 1) {
                    problem(node, pointer, "the number of copies kept must be 1 or more, was \"" + m.group(2) + "\"");
                    return Optional.empty();
                }
                copies = OptionalInt.of(n);
                units.set(units.size() - 1, m.group(1));
                units.removeIf(String::isEmpty);
            }
        }
        return Optional.of(new FileCopy(units, copies));
    }

    private Optional<DistributionEntry> group(Node node, String pointer) {
        return object(node, pointer, GROUP_FIELDS, "a distribution group").flatMap(o -> {
            Optional<Node> namesNode = o.required("group", "the recipients sharing the note");
            Optional<String> note = o.required("note", "the shared note, e.g. \"(B/c)\"")
                    .flatMap(n -> string(n, o.pointer("note")));
            List<String> names = o.strings("group").stream().map(DocumentReader::item).toList();
            if (namesNode.isPresent() && names.isEmpty() && namesNode.get() instanceof ArrayNode) {
                problem(namesNode.get(), o.pointer("group"), "a group needs at least one recipient");
                return Optional.empty();
            }
            if (names.isEmpty() || note.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new DistributionEntry.Group(names, note.get()));
        });
    }

    private Optional<DrafterCode> drafter(Obj o) {
        Optional<String> initials = o.string("drafter");
        Optional<Integer> copies = o.node("copiesIssued").flatMap(n -> integer(n, o.pointer("copiesIssued"), 1));
        if (initials.isPresent() && copies.isPresent()) {
            return Optional.of(new DrafterCode(initials.get(), copies.get()));
        } else if (initials.isPresent() && o.node("copiesIssued").isEmpty()) {
            o.missing("copiesIssued", "\"drafter\" needs \"copiesIssued\", the number of copies issued (ô 12)");
        } else if (copies.isPresent()) {
            o.missing("drafter", "\"copiesIssued\" needs \"drafter\", the drafter's initials (ô 12)");
        }
        return Optional.empty();
    }

    private Optional<Urgency> urgency(Node node) {
        if (node instanceof StringNode s) {
            String upper = VietnameseText.upper(s.value());
            if (upper.contains("HẸN GIỜ") || upper.contains("HEN_GIO") || upper.contains("HEN GIO")) {
                problem(node, "/urgency", "\"" + s.value() + "\" is not an urgency level of Decree 30/2020/NĐ-CP"
                        + " (\"HỎA TỐC HẸN GIỜ\" belongs to the repealed rules); use one of KHAN, THUONG_KHAN, HOA_TOC");
                return Optional.empty();
            }
        }
        return enumValue(node, "/urgency", Urgency.class, "urgency level", label -> Arrays.stream(Urgency.values())
                .filter(u -> u.label().equals(VietnameseText.upper(label))).map(Enum::name).findFirst());
    }

    private List<Appendix> appendices(Node node) {
        List<Appendix> appendices = new ArrayList<>();
        array(node, "/appendices").ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                String at = "/appendices/" + i;
                object(items.get(i), at, APPENDIX_FIELDS, "an appendix").ifPresent(o -> {
                    Optional<DocumentType> type = o.node("type").flatMap(n -> enumValue(n, o.pointer("type"),
                            DocumentType.class, "document type", DocumentReader::typeHint));
                    Optional<String> number = o.string("number");
                    if (type.isPresent() && number.isPresent()) {
                        problem(o.node("number").get(), o.pointer("number"),
                                "an issued document (\"type\") has no appendix number");
                        return;
                    }
                    appendices.add(new Appendix(number, o.string("title"),
                            o.node("body").map(n -> body(n, o.pointer("body"))).orElse(List.of()), type));
                });
            }
        });
        return appendices;
    }

    private Optional<CopyCertification> copy(Node node) {
        return object(node, "/copy", COPY_FIELDS, "copy").flatMap(o -> {
            Optional<CopyForm> form = o.required("form", "the form of copy, e.g. \"SAO_Y\"")
                    .flatMap(n -> enumValue(n, o.pointer("form"), CopyForm.class, "form of copy", label ->
                            Arrays.stream(CopyForm.values()).filter(f -> f.label().equals(VietnameseText.upper(label))
                                    || f.abbreviation().equals(label)).map(Enum::name).findFirst()));
            Optional<String> parent = o.string("parentAuthority");
            String authority = o.string("authority").orElse("");
            DocumentNumber number = number(o);
            String place = o.string("place").orElse("");
            IssueDate date = date(o);
            Optional<SignatureBlock> signer = o.required("signer", "the signer of the copy")
                    .flatMap(n -> signer(n, o.pointer("signer")));
            Distribution distribution = distribution(o);
            if (form.isEmpty() || signer.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new CopyCertification(
                    form.get(), parent, authority, number, place, date, signer.get(), distribution));
        });
    }

    // ---- body ---------------------------------------------------------------------------------

    private List<BodyBlock> body(Node node, String pointer) {
        List<BodyBlock> blocks = new ArrayList<>();
        array(node, pointer).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                block(items.get(i), pointer + "/" + i).ifPresent(blocks::add);
            }
        });
        return blocks;
    }

    private Optional<BodyBlock> block(Node node, String pointer) {
        if (node instanceof StringNode s) {
            return Optional.of(new BodyBlock.Paragraph(s.value()));
        }
        if (!(node instanceof ObjectNode object)) {
            problem(node, pointer, "expected a paragraph string or a block object, found " + node.kind());
            return Optional.empty();
        }
        List<String> kinds = BLOCK_KINDS.stream().filter(object.fields()::containsKey).toList();
        if (kinds.size() != 1) {
            problem(node, pointer, kinds.isEmpty()
                    ? "a body block object needs one of the fields " + String.join(", ", BLOCK_KINDS)
                    : "a body block object has exactly one of " + String.join(", ", BLOCK_KINDS) + "; found "
                            + String.join(" and ", kinds));
            return Optional.empty();
        }
        String kind = kinds.get(0);
        switch (kind) {
            case "basis": {
                Obj o = new Obj(object, pointer, List.of("basis"), "a basis block");
                return o.string("basis").map(BodyBlock.Basis::new);
            }
            case "heading": {
                Obj o = new Obj(object, pointer, List.of("heading", "number", "title"), "a heading block");
                Optional<HeadingLevel> level = o.node("heading").flatMap(n -> enumValue(
                        n, o.pointer("heading"), HeadingLevel.class, "heading level", label -> Arrays
                                .stream(HeadingLevel.values()).filter(l -> !l.label().isEmpty()
                                        && l.label().equalsIgnoreCase(label)).map(Enum::name).findFirst()));
                Optional<String> number = o.required("number", "the heading's number, e.g. \"I\"")
                        .flatMap(n -> label(n, o.pointer("number")));
                String title = o.string("title").orElse("");
                return level.flatMap(l -> number.map(n -> new BodyBlock.Heading(l, n, title)));
            }
            case "article": {
                Obj o = new Obj(object, pointer, List.of("article", "title", "text"), "an article block");
                Optional<String> number = o.node("article").flatMap(n -> label(n, o.pointer("article")));
                return number.map(n -> new BodyBlock.Article(n, o.string("title"), o.string("text")));
            }
            case "centered": {
                Obj o = new Obj(object, pointer, List.of("centered", "bold"), "a centred block");
                Optional<String> text = o.string("centered");
                boolean bold = o.node("bold").flatMap(n -> bool(n, o.pointer("bold"))).orElse(false);
                return text.map(t -> new BodyBlock.Centered(t, bold));
            }
            case "table": {
                Obj o = new Obj(object, pointer, List.of("table", "headerRows"), "a table block");
                return table(o);
            }
            default:
                throw new AssertionError(kind);
        }
    }

    private Optional<BodyBlock> table(Obj o) {
        String pointer = o.pointer("table");
        Optional<List<Node>> rowNodes = o.node("table").flatMap(n -> array(n, pointer));
        Optional<Integer> headerRows = o.node("headerRows").flatMap(n -> integer(n, o.pointer("headerRows"), 0));
        if (rowNodes.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < rowNodes.get().size(); i++) {
            Node rowNode = rowNodes.get().get(i);
            String at = pointer + "/" + i;
            Optional<List<String>> row = array(rowNode, at).map(cells -> {
                List<String> texts = new ArrayList<>();
                for (int j = 0; j < cells.size(); j++) {
                    string(cells.get(j), at + "/" + j).ifPresent(texts::add);
                }
                return texts;
            });
            if (row.isEmpty()) {
                ok = false;
                continue;
            }
            int width = rows.isEmpty() ? row.get().size() : rows.get(0).size();
            if (row.get().isEmpty() || row.get().size() != width) {
                problem(rowNode, at, row.get().isEmpty()
                        ? "a table row needs at least one cell"
                        : "this row has " + row.get().size() + " cells, the first row has " + width
                                + "; give every row the same number of cells");
                ok = false;
            }
            rows.add(row.get());
        }
        if (rows.isEmpty()) {
            problem(o.node("table").get(), pointer, "a table needs at least one row");
            return Optional.empty();
        }
        int header = headerRows.orElse(0);
        if (header > rows.size()) {
            problem(o.node("headerRows").get(), o.pointer("headerRows"),
                    "headerRows is " + header + " but the table has only " + rows.size() + " rows");
            ok = false;
        }
        return ok ? Optional.of(new BodyBlock.Table(rows, header)) : Optional.empty();
    }

    // ---- typed values -------------------------------------------------------------------------

    private Optional<String> string(Node node, String pointer) {
        if (node instanceof StringNode s) {
            return Optional.of(s.value());
        }
        problem(node, pointer, "expected a string, found " + node.kind());
        return Optional.empty();
    }

    /** A number as printed ("I", "2a"): a string, or a whole number written without quotes. */
    private Optional<String> label(Node node, String pointer) {
        if (node instanceof NumberNode number && number.integral()) {
            return Optional.of(number.text());
        }
        if (node instanceof StringNode s) {
            return Optional.of(s.value());
        }
        problem(node, pointer, "expected a string or a whole number, found " + node.kind());
        return Optional.empty();
    }

    private Optional<Boolean> bool(Node node, String pointer) {
        if (node instanceof BooleanNode b) {
            return Optional.of(b.value());
        }
        problem(node, pointer, "expected true or false, found " + node.kind());
        return Optional.empty();
    }

    private Optional<Integer> integer(Node node, String pointer, int min) {
        if (!(node instanceof NumberNode number) || !number.integral()) {
            problem(node, pointer, "expected a whole number, found " + (node instanceof NumberNode n
                    ? n.text() : node.kind()));
            return Optional.empty();
        }
        int value;
        try {
            value = Integer.parseInt(number.text());
        } catch (NumberFormatException e) {
            problem(node, pointer, number.text() + " is too large");
            return Optional.empty();
        }
        if (value < min) {
            problem(node, pointer, "must be " + min + " or more, was " + value);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<List<Node>> array(Node node, String pointer) {
        if (node instanceof ArrayNode a) {
            return Optional.of(a.items());
        }
        problem(node, pointer, "expected an array, found " + node.kind());
        return Optional.empty();
    }

    private Optional<Obj> object(Node node, String pointer, List<String> allowed, String what) {
        if (node instanceof ObjectNode o) {
            return Optional.of(new Obj(o, pointer, allowed, what));
        }
        problem(node, pointer, "expected " + what + " object, found " + node.kind());
        return Optional.empty();
    }

    private <E extends Enum<E>> Optional<E> enumValue(
            Node node, String pointer, Class<E> type, String what, Function<String, Optional<String>> hint) {
        Optional<String> text = string(node, pointer);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return Optional.of(constant);
            }
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        problem(node, pointer, "unknown " + what + " \"" + value + "\"; expected one of " + expected
                + hint.apply(VietnameseText.nfc(value)).map(h -> " (did you mean \"" + h + "\"?)").orElse(""));
        return Optional.empty();
    }

    private static Optional<String> typeHint(String value) {
        for (DocumentType type : DocumentType.values()) {
            if (type.label().equalsIgnoreCase(value) || type.abbreviation().filter(value::equals).isPresent()) {
                return Optional.of(type.name());
            }
        }
        return value.equalsIgnoreCase("CV") ? Optional.of(DocumentType.CONG_VAN.name()) : Optional.empty();
    }

    private static Optional<String> capacityHint(String value) {
        return Arrays.stream(SigningCapacity.values())
                .filter(c -> c.prefix().equalsIgnoreCase(value)).map(Enum::name).findFirst();
    }

    /** Strips what authors type around list items: a leading "- " and a trailing ";" or ".". */
    static String item(String text) {
        String s = VietnameseText.nfc(text);
        if (s.startsWith("-")) {
            s = s.substring(1).strip();
        }
        if (s.endsWith(";") || (s.endsWith(".") && !s.endsWith("./."))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private void problem(Node node, String pointer, String message) {
        problems.add(new ParseProblem(pointer, node.location().line(), node.location().column(), message));
    }

    static final Comparator<ParseProblem> INPUT_ORDER =
            Comparator.comparingInt(ParseProblem::line).thenComparingInt(ParseProblem::column);

    /** An object being bound: reports unknown fields on creation, then serves typed fields. */
    private final class Obj {
        private final ObjectNode node;
        private final String pointer;

        Obj(ObjectNode node, String pointer, List<String> allowed, String what) {
            this.node = node;
            this.pointer = pointer;
            for (Field field : node.fields().values()) {
                if (!allowed.contains(field.name())) {
                    problems.add(new ParseProblem(pointer(field.name()), field.nameLocation().line(),
                            field.nameLocation().column(), "unknown field \"" + field.name() + "\" in " + what
                                    + "; expected one of " + String.join(", ", allowed)));
                }
            }
        }

        String pointer(String field) {
            return pointer + "/" + JsonTree.escape(field);
        }

        /** Returns the field's value; JSON null counts as absent. */
        Optional<Node> node(String field) {
            Field f = node.fields().get(field);
            return f == null || f.value() instanceof NullNode ? Optional.empty() : Optional.of(f.value());
        }

        Optional<Node> required(String field, String what) {
            Optional<Node> value = node(field);
            if (value.isEmpty()) {
                missing(field, "missing required field \"" + field + "\": " + what);
            }
            return value;
        }

        void missing(String field, String message) {
            problems.add(new ParseProblem(pointer(field), node.location().line(), node.location().column(), message));
        }

        Optional<String> string(String field) {
            return node(field).flatMap(n -> DocumentReader.this.string(n, pointer(field)));
        }

        List<String> strings(String field) {
            List<String> out = new ArrayList<>();
            node(field).flatMap(n -> array(n, pointer(field))).ifPresent(items -> {
                for (int i = 0; i < items.size(); i++) {
                    DocumentReader.this.string(items.get(i), pointer(field) + "/" + i).ifPresent(out::add);
                }
            });
            return out;
        }
    }
}
