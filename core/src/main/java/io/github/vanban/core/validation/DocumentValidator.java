// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.validation;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.CopyCertification;
import io.github.vanban.core.model.CopyForm;
import io.github.vanban.core.model.Delegation;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.HeadingLevel;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.SigningCapacity;
import io.github.vanban.core.text.VietnameseText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a document against the format rules of Decree 30/2020/NĐ-CP and returns every finding
 * at once; it never throws for a broken rule.
 *
 * <p>The rules are listed, with ids and legal bases, in {@link Rule}. Findings point into the
 * document's JSON form (format version 1), e.g. {@code /signer/authority}: a signer with one
 * delegation is addressed as {@code /signer/capacity} and {@code /signer/authority}, several as
 * {@code /signer/delegations/1/authority}.
 *
 * <p>Instances are immutable and thread-safe. "Today" comes from the injected {@link Clock}.
 */
public final class DocumentValidator {
    /** Codes that circulate in third-party lists but are not in Appendix III (nd30.md §6). */
    private static final Set<String> LEGACY_CODES = Set.of("CV", "NP", "GN", "TTH", "QCH", "DAN", "TCG");

    private static final Pattern ACADEMIC_TITLE = Pattern.compile(
            "^((?:(?:GS|PGS|TSKH|TS|ThS|KS|BS|DS|CN|LS|NGND|NGƯT|NSND|NSƯT|Dr|Prof)\\.\\s*)+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern ROMAN =
            Pattern.compile("^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$");

    private static final Pattern ARABIC = Pattern.compile("^[0-9]+$");

    private final Clock clock;

    private DocumentValidator(Clock clock) {
        this.clock = clock;
    }

    /**
     * Creates a validator whose "today" is the system clock in Vietnam's time zone.
     *
     * @return the validator
     */
    public static DocumentValidator create() {
        return new DocumentValidator(Clock.system(IssueDate.ZONE));
    }

    /**
     * Creates a validator whose "today" comes from {@code clock}, in the clock's zone.
     *
     * @param clock the clock, e.g. {@code Clock.fixed(…, ZoneId.of("Asia/Ho_Chi_Minh"))} in tests
     * @return the validator
     */
    public static DocumentValidator create(Clock clock) {
        return new DocumentValidator(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Checks every rule of {@link Rule} and reports all findings, in document order.
     *
     * @param document the document
     * @return the report; {@link ValidationReport#hasErrors()} tells whether it may be issued
     */
    public ValidationReport validate(AdministrativeDocument document) {
        Objects.requireNonNull(document, "document");
        List<Finding> findings = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);

        if (document.issuingAuthority().isBlank()) {
            findings.add(Rule.AUTHORITY_MISSING.at("/issuingAuthority", "issuing authority"));
        }
        checkSymbol(document.number().symbol(), SymbolKind.of(document.type()), "/symbol", findings);
        if (document.place().isBlank() && document.type() != DocumentType.BIEN_BAN) {
            findings.add(Rule.PLACE_MISSING.at("/place"));
        }
        checkDate(document.date(), today, "/date", findings);
        checkSubject(document, findings);
        checkAddressees(document, findings);
        checkBody(document.body(), "/body", findings);
        if (document.body().isEmpty()) {
            // A file of appendices only (form 2.2) does not print the main document's body.
            if (!document.appendicesOnly()) {
                findings.add(Rule.BODY_EMPTY.at("/body"));
            }
        } else {
            checkEndMark(document.body(), findings);
        }
        checkSigner(document.signer(), "/signer", findings);
        checkDistribution(document.distribution(), "", findings);
        checkAppendices(document, findings);
        document.copy().ifPresent(copy -> checkCopy(copy, today, findings));
        return new ValidationReport(findings);
    }

    private static void checkDate(IssueDate date, LocalDate today, String pointer, List<Finding> findings) {
        if (date instanceof IssueDate.Full full && full.date().isAfter(today)) {
            findings.add(Rule.DATE_IN_FUTURE.at(pointer, full.date(), today));
        } else if (date instanceof IssueDate.DayPending pending && pending.month().isAfter(YearMonth.from(today))) {
            findings.add(Rule.DATE_IN_FUTURE.at(pointer, pending.month(), today));
        }
    }

    private static void checkSubject(AdministrativeDocument document, List<Finding> findings) {
        DocumentType type = document.type();
        Optional<String> subject = document.subject();
        if (type == DocumentType.CONG_VAN) {
            if (subject.isEmpty()) {
                findings.add(Rule.CONG_VAN_SUBJECT_MISSING.at("/subject"));
            } else if (subject.get().regionMatches(true, 0, "V/v", 0, 3)) {
                findings.add(Rule.SUBJECT_VV_PREFIX.at("/subject"));
            }
        } else if (subject.isEmpty()
                && type != DocumentType.GIAY_GIOI_THIEU
                && type != DocumentType.GIAY_NGHI_PHEP) {
            findings.add(Rule.SUBJECT_MISSING.at("/subject", type.label()));
        }
    }

    private static void checkAddressees(AdministrativeDocument document, List<Finding> findings) {
        DocumentType type = document.type();
        if (!document.addressees().isEmpty() && !type.allowsKinhGui()) {
            findings.add(Rule.KINH_GUI_NOT_ALLOWED.at("/recipients", type.label()));
        } else if (document.addressees().isEmpty() && type == DocumentType.CONG_VAN) {
            findings.add(Rule.KINH_GUI_MISSING.at("/recipients"));
        }
    }

    // ---- number and symbol -------------------------------------------------------------------

    /**
     * What a symbol must look like (nd30.md §3.2): {@code <type abbreviation>-<issuing body>} for a
     * typed document, {@code <issuing body>-<drafting unit or field>} for a công văn, {@code <copy
     * abbreviation>-<copying body>} for a copy.
     */
    private record SymbolKind(Optional<String> abbreviation, String name, boolean copy, boolean congVan) {
        static SymbolKind of(DocumentType type) {
            return new SymbolKind(type.abbreviation(), type.label(), false, type == DocumentType.CONG_VAN);
        }

        static SymbolKind of(CopyForm form) {
            return new SymbolKind(Optional.of(form.abbreviation()), "bản " + lower(form.label()), true, false);
        }

        String secondGroup() {
            return copy ? "<copying body>" : "<issuing body>";
        }

        String pattern() {
            return abbreviation.isPresent()
                    ? "<" + (copy ? "copy" : "type") + " abbreviation>-" + secondGroup()
                    : "<issuing body>-<drafting unit or field>";
        }

        String example() {
            return abbreviation.map(a -> a + (copy ? "-VP" : "-UBND")).orElse("UBND-VX");
        }

        String legacyAdvice() {
            if (abbreviation.isPresent()) {
                return "use \"" + abbreviation.get() + "\", the Appendix III abbreviation of " + name;
            }
            return "a " + lower(name)
                    + " has no type abbreviation, so start the symbol with the issuing body's abbreviation, e.g. \""
                    + example() + "\"";
        }
    }

    private static void checkSymbol(String raw, SymbolKind kind, String pointer, List<Finding> findings) {
        if (raw.isBlank()) {
            findings.add(Rule.SYMBOL_MISSING.at(pointer, kind.pattern(), kind.example()));
            return;
        }
        String symbol = raw.replaceAll("\\s+", "");
        if (!symbol.equals(raw)) {
            findings.add(Rule.SYMBOL_SPACE.at(pointer, raw, symbol));
        }
        if (symbol.contains("/")) {
            findings.add(Rule.SYMBOL_PATTERN.at(pointer, symbol, kind.pattern(), kind.example()));
            return;
        }
        String[] groups = symbol.split("-", -1);
        String first = groups[0];
        String firstUpper = VietnameseText.upper(first);
        if (LEGACY_CODES.contains(firstUpper)) {
            findings.add(Rule.SYMBOL_LEGACY_ABBREVIATION.at(pointer, symbol, first, kind.legacyAdvice()));
            return;
        }
        if (kind.abbreviation().isPresent()) {
            String abbreviation = kind.abbreviation().get();
            if (firstUpper.equals(VietnameseText.upper(abbreviation)) && !first.equals(abbreviation)) {
                findings.add(Rule.SYMBOL_ABBREVIATION_CASE.at(pointer, symbol, first, abbreviation));
                groups[0] = abbreviation;
            } else if (!first.equals(abbreviation)) {
                findings.add(Rule.SYMBOL_TYPE_MISMATCH.at(
                        pointer, symbol, abbreviation, kind.name(), abbreviation, kind.secondGroup()));
                return;
            }
        } else if (kind.congVan() && isTypeAbbreviation(firstUpper)) {
            findings.add(Rule.SYMBOL_PATTERN.at(pointer, symbol, kind.pattern(), kind.example()));
            return;
        }
        boolean emptyGroup = false;
        for (String group : groups) {
            emptyGroup |= group.isEmpty();
        }
        if (groups.length < 2 || emptyGroup) {
            findings.add(Rule.SYMBOL_PATTERN.at(pointer, symbol, kind.pattern(), kind.example()));
            return;
        }
        // The official type and copy codes keep their mixed case; every other group is in capitals.
        int from = kind.abbreviation().isPresent() ? 1 : 0;
        for (int i = from; i < groups.length; i++) {
            if (!VietnameseText.isUpper(groups[i])) {
                String[] fixed = groups.clone();
                for (int j = from; j < fixed.length; j++) {
                    fixed[j] = VietnameseText.upper(fixed[j]);
                }
                findings.add(Rule.SYMBOL_CASE.at(pointer, symbol, groups[i], String.join("-", fixed)));
                return;
            }
        }
    }

    private static boolean isTypeAbbreviation(String upper) {
        for (DocumentType type : DocumentType.values()) {
            if (type.abbreviation().map(VietnameseText::upper).filter(upper::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    // ---- body ---------------------------------------------------------------------------------

    private static void checkBody(List<BodyBlock> body, String pointer, List<Finding> findings) {
        for (int i = 0; i < body.size(); i++) {
            BodyBlock block = body.get(i);
            String at = pointer + "/" + i;
            if (block instanceof BodyBlock.Basis basis) {
                String text = basis.text();
                if (!text.endsWith(";") && !text.endsWith(".")) {
                    findings.add(Rule.BASIS_PUNCTUATION.at(at, text));
                }
            } else if (block instanceof BodyBlock.Heading heading) {
                checkHeading(heading, at, findings);
            } else if (block instanceof BodyBlock.Article article) {
                if (article.title().filter(t -> !t.isBlank()).isEmpty()
                        && article.text().filter(t -> !t.isBlank()).isEmpty()) {
                    findings.add(Rule.HEADING_TITLE_MISSING.at(at, article.label()));
                }
            }
        }
    }

    private static void checkHeading(BodyBlock.Heading heading, String at, List<Finding> findings) {
        HeadingLevel level = heading.level();
        String label = level == HeadingLevel.SECTION ? heading.number() + "." : heading.label();
        if (heading.title().isBlank()) {
            findings.add(Rule.HEADING_TITLE_MISSING.at(at, label));
        }
        boolean roman = level == HeadingLevel.PHAN || level == HeadingLevel.CHUONG || level == HeadingLevel.SECTION;
        Pattern numerals = roman ? ROMAN : ARABIC;
        if (!numerals.matcher(heading.number()).matches()) {
            String example = level == HeadingLevel.SECTION ? "I." : level.label() + (roman ? " I" : " 1");
            findings.add(Rule.HEADING_NUMBERING.at(
                    at, label, heading.number(), roman ? "Roman" : "Arabic", example));
        }
    }

    private static void checkEndMark(List<BodyBlock> body, List<Finding> findings) {
        BodyBlock last = body.get(body.size() - 1);
        String kind;
        Optional<String> text;
        if (last instanceof BodyBlock.Paragraph) {
            return;
        } else if (last instanceof BodyBlock.Basis basis) {
            kind = "legal-basis line";
            text = Optional.of(basis.text());
        } else if (last instanceof BodyBlock.Heading heading) {
            kind = "heading";
            text = Optional.of(heading.title());
        } else if (last instanceof BodyBlock.Article article) {
            kind = "article";
            text = article.text().or(article::title);
        } else if (last instanceof BodyBlock.Centered centered) {
            kind = "centred line";
            text = Optional.of(centered.text());
        } else if (last instanceof BodyBlock.Table) {
            kind = "table";
            text = Optional.empty();
        } else {
            throw new AssertionError(last);
        }
        if (!text.filter(t -> t.endsWith(AdministrativeDocument.END_MARK)).isPresent()) {
            findings.add(Rule.BODY_END_MARK.at("/body/" + (body.size() - 1), kind));
        }
    }

    // ---- signer and distribution --------------------------------------------------------------

    private static void checkSigner(SignatureBlock signer, String pointer, List<Finding> findings) {
        List<Delegation> delegations = signer.delegations();
        for (int i = 0; i < delegations.size(); i++) {
            Delegation delegation = delegations.get(i);
            if (delegation.authority().isBlank()) {
                String at = delegations.size() == 1
                        ? pointer + "/authority"
                        : pointer + "/delegations/" + i + "/authority";
                if (delegation.capacity() == SigningCapacity.TM) {
                    findings.add(Rule.SIGNER_COLLECTIVE_MISSING.at(at));
                } else {
                    String prefix = delegation.capacity().prefix();
                    findings.add(Rule.SIGNER_AUTHORITY_MISSING.at(at, prefix, prefix));
                }
            }
        }
        Optional<Delegation> innermost = delegations.isEmpty()
                ? Optional.empty()
                : Optional.of(delegations.get(delegations.size() - 1));
        boolean acting = innermost.filter(d -> d.capacity() == SigningCapacity.Q).isPresent();
        if (signer.position().isEmpty() && !acting) {
            String under = innermost.map(d -> " under \"" + d.line() + "\"").orElse("");
            findings.add(Rule.SIGNER_POSITION_MISSING.at(
                    pointer + "/position", under, examplePosition(innermost)));
        } else if (signer.position().isPresent() && acting) {
            findings.add(Rule.SIGNER_ACTING_POSITION.at(
                    pointer + "/position", innermost.get().line(), signer.position().get()));
        }
        String name = signer.fullName();
        if (name.isBlank()) {
            findings.add(Rule.SIGNER_NAME_MISSING.at(pointer + "/fullName"));
            return;
        }
        Matcher title = ACADEMIC_TITLE.matcher(name);
        if (title.find()) {
            findings.add(Rule.SIGNER_ACADEMIC_TITLE.at(pointer + "/fullName", name, title.group(1).strip()));
        } else if (name.codePoints().anyMatch(Character::isLetter) && VietnameseText.isUpper(name)) {
            findings.add(Rule.SIGNER_NAME_CASE.at(pointer + "/fullName", name, capitalizeWords(name)));
        }
    }

    private static String examplePosition(Optional<Delegation> innermost) {
        if (innermost.isEmpty()) {
            return "GIÁM ĐỐC";
        }
        Delegation delegation = innermost.get();
        switch (delegation.capacity()) {
            case TM:
                return "CHỦ TỊCH";
            case KT:
                return delegation.authority().isBlank()
                        ? "PHÓ GIÁM ĐỐC"
                        : "PHÓ " + VietnameseText.upper(delegation.authority());
            default:
                return "CHÁNH VĂN PHÒNG";
        }
    }

    private static void checkDistribution(Distribution distribution, String prefix, List<Finding> findings) {
        if (distribution.fileCopy().isEmpty()) {
            findings.add(Rule.FILE_COPY_MISSING.at(prefix + "/distribution"));
        } else {
            List<String> units = distribution.fileCopy().get().units();
            if (units.isEmpty() || !units.get(0).equals("VT")) {
                findings.add(Rule.FILE_COPY_RECORDS_OFFICE.at(
                        prefix + "/distribution/" + distribution.entries().size()));
            }
        }
        distribution.drafter().ifPresent(drafter -> {
            if (!VietnameseText.isUpper(drafter.initials())) {
                findings.add(Rule.DRAFTER_CASE.at(
                        prefix + "/drafter", drafter.initials(), VietnameseText.upper(drafter.initials())));
            }
        });
    }

    // ---- appendices and copy ------------------------------------------------------------------

    private static void checkAppendices(AdministrativeDocument document, List<Finding> findings) {
        List<Appendix> appendices = document.appendices();
        for (int i = 0; i < appendices.size(); i++) {
            Appendix appendix = appendices.get(i);
            if (appendices.size() >= 2) {
                Optional<String> number = appendix.number();
                if (number.isEmpty() || !ROMAN.matcher(number.get()).matches()) {
                    findings.add(Rule.APPENDIX_NUMBER.at("/appendices/" + i + "/number",
                            appendices.size(), number.map(n -> "\"" + n + "\"").orElse("none")));
                }
            }
            checkBody(appendix.body(), "/appendices/" + i + "/body", findings);
        }
        // A file of appendices only may leave out the main document's body, which refers to them.
        boolean bodyGiven = !(document.appendicesOnly() && document.body().isEmpty());
        if (!appendices.isEmpty() && bodyGiven
                && document.body().stream().noneMatch(DocumentValidator::mentionsAppendix)) {
            findings.add(Rule.APPENDIX_NOT_REFERENCED.at("/appendices"));
        }
        if (document.appendicesOnly() && appendices.isEmpty()) {
            findings.add(Rule.APPENDICES_ONLY_EMPTY.at("/appendices"));
        }
    }

    private static boolean mentionsAppendix(BodyBlock block) {
        List<String> texts = new ArrayList<>();
        if (block instanceof BodyBlock.Paragraph p) {
            texts.add(p.text());
        } else if (block instanceof BodyBlock.Basis b) {
            texts.add(b.text());
        } else if (block instanceof BodyBlock.Heading h) {
            texts.add(h.title());
        } else if (block instanceof BodyBlock.Article a) {
            a.title().ifPresent(texts::add);
            a.text().ifPresent(texts::add);
        } else if (block instanceof BodyBlock.Centered c) {
            texts.add(c.text());
        } else if (block instanceof BodyBlock.Table t) {
            t.rows().forEach(texts::addAll);
        } else {
            throw new AssertionError(block);
        }
        return texts.stream().anyMatch(t -> lower(t).contains("phụ lục"));
    }

    private static void checkCopy(CopyCertification copy, LocalDate today, List<Finding> findings) {
        if (copy.authority().isBlank()) {
            findings.add(Rule.AUTHORITY_MISSING.at("/copy/authority", "copying body"));
        }
        checkSymbol(copy.number().symbol(), SymbolKind.of(copy.form()), "/copy/symbol", findings);
        if (copy.place().isBlank()) {
            findings.add(Rule.PLACE_MISSING.at("/copy/place"));
        }
        checkDate(copy.date(), today, "/copy/date", findings);
        checkSigner(copy.signer(), "/copy/signer", findings);
        checkDistribution(copy.distribution(), "/copy", findings);
    }

    private static String lower(String text) {
        return text.toLowerCase(VietnameseText.VIETNAMESE);
    }

    /** Upper-cases the first letter of every word and lower-cases the rest: "TRẦN VĂN" → "Trần Văn". */
    private static String capitalizeWords(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            out.append(start ? VietnameseText.upper(ch) : lower(ch));
            start = Character.isWhitespace(cp) || cp == '-';
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
