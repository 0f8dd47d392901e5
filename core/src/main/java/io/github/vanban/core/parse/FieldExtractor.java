// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import io.github.vanban.core.model.Confidentiality;
import io.github.vanban.core.model.Delegation;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.DrafterCode;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.SigningCapacity;
import io.github.vanban.core.model.Urgency;
import io.github.vanban.core.render.pdf.PdfFields;
import io.github.vanban.core.text.VietnameseText;
import java.nio.CharBuffer;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the Decree 30 components in extracted text. Stateless: each call works on its own
 * {@link Scan}.
 *
 * <p>The text of a letter arrives in many orders: a two-column header may come cell by cell
 * (left column, then right column) or line by line with both columns on one line ("UBND TỈNH LAI
 * CHÂU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). So the scan finds the components with fixed wording
 * first (national title, motto, "Số:", ", ngày … tháng … năm", the marks, "Nơi nhận:") wherever
 * they are, and blanks them out of a working copy of the text; what remains next to them is then
 * the free text (the bodies' names, the signer's titles), whatever the order.
 */
final class FieldExtractor {
    /** How far into the text the header components are looked for. */
    private static final int HEAD_LINES = 60;

    private static final int HEAD_CHARS = 6000;

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;

    private static final Pattern NATIONAL_TITLE = Pattern.compile(
            "CỘNG\\s+H(?:ÒA|OÀ)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM", FLAGS);

    private static final Pattern MOTTO = Pattern.compile(
            "Độc\\s+lập\\s*[-–—]\\s*Tự\\s+do\\s*[-–—]\\s*Hạnh\\s+phúc", FLAGS);

    /** A rule line under the motto or the issuing body, as some tools extract it. */
    private static final Pattern RULE = Pattern.compile("[_─—–=]{4,}|-{5,}");

    private static final String BLANKS = "[ ._…]*";

    /** "Số: 15/QĐ-UBND", "Số:      /SKHCN-VP", "Số: 12/2024/QĐ-UBND" (a legal normative pattern). */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}])S[ốỐ]\\s*:[ \\t]*(?<num>\\d{1,6}|" + BLANKS + ")[ \\t]*/[ \\t]*"
                    + "(?:(?<year>\\d{4})[ \\t]*/[ \\t]*)?"
                    + "(?<sym>[\\p{L}\\p{N}&.]+(?:[ \\t]?-[ \\t]?[\\p{L}\\p{N}&.]+)*)");

    /** "Lai Châu, ngày 05 tháng 3 năm 2024", "Hà Nội, ngày    tháng 4 năm 2023". */
    private static final Pattern DATE = Pattern.compile(
            "(?<place>(?:TP\\.[ ]?)?\\p{Lu}[\\p{Ll}.]*(?:[ ]\\p{L}[\\p{Ll}.]*){0,5})[ ]*,[ ]*"
                    + "ngày[ \\t]*(?<d>\\d{1,2}|" + BLANKS + ")[ \\t]*tháng[ \\t]*(?<m>\\d{1,2}|" + BLANKS + ")"
                    + "[ \\t]*năm[ \\t]*(?<y>\\d{4})?",
            Pattern.UNICODE_CASE);

    /** A non-compliant but common form: "Hà Nội, ngày 05/3/2024". */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<place>(?:TP\\.[ ]?)?\\p{Lu}[\\p{Ll}.]*(?:[ ]\\p{L}[\\p{Ll}.]*){0,5})[ ]*,[ ]*"
                    + "ngày[ \\t]*(?<d>\\d{1,2})[ ]*[/.-][ ]*(?<m>\\d{1,2})[ ]*[/.-][ ]*(?<y>\\d{4})",
            Pattern.UNICODE_CASE);

    private static final Pattern TIMED = Pattern.compile("[ ]*\\(?HẸN GIỜ\\)?$");

    private static final Pattern VV = Pattern.compile("(?<![\\p{L}/])V[ \\t]*/[ \\t]*v\\b[.:]?[ \\t]*", FLAGS);

    private static final Pattern KINH_GUI = Pattern.compile("(?<![\\p{L}])Kính[ \\t]+gửi[ \\t]*:?", FLAGS);

    private static final Pattern NOI_NHAN = Pattern.compile("(?<![\\p{L}])Nơi[ \\t]+nhận[ \\t]*:?", FLAGS);

    private static final Pattern CAPACITY = Pattern.compile("^(TM|KT|TL|TUQ|Q)[ \\t]*\\.[ \\t]*(\\S.*)$");

    private static final Pattern PERSON_NAME = Pattern.compile(
            "^\\p{Lu}\\p{Ll}+(?:[ ]\\p{Lu}\\p{Ll}*){1,5}$");

    /** Latin-1 characters that TCVN3 and VNI fonts use for Vietnamese letters and that Vietnamese never needs. */
    private static final String LEGACY_SYMBOLS = "¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾ÆÇËÎÏÑÖ×ØÛÜÞßåæçëîïñö÷øûüþÿ";

    /** How far a "Lưu" item runs: "Lưu: VT, VP (2). PL.(300)". */
    private static final Pattern FILE_COPY_ITEM = Pattern.compile(
            "^Lưu[^;]*?(?:\\(\\d+\\))?\\.(?:[ ]*\\p{Lu}{1,8}\\.?\\(\\d+\\)\\.?)?");

    /** A drafter code alone on its line (ô 12): "PL.(300)". */
    private static final Pattern DRAFTER_LINE = Pattern.compile("^(\\p{Lu}{1,8})\\.?\\((\\d+)\\)\\.?$");

    /** A brace note shared by recipient lines: "(B/c)", "(để p/h)". */
    private static final Pattern NOTE = Pattern.compile("[ ]*(\\([^)]{1,20}\\))[ ]*");

    /**
     * Line openings that start the body (ô 6) or a later component, ending a multi-line field.
     * Case-sensitive: a sentence starts with a capital, while a subject's second line may well
     * begin "thực hiện …".
     */
    private static final Pattern STOP_WORDS = Pattern.compile(
            "^(?:Kính[ ]gửi|KÍNH[ ]GỬI|Căn[ ]cứ|CĂN[ ]CỨ|Điều[ ]\\d|Thực[ ]hiện|Theo[ ]đề[ ]nghị|Xét[ ]|Kính[ ]mời|"
                    + "Trân[ ]trọng|Nơi[ ]nhận|Ngày[ ]\\d|Trên[ ]cơ[ ]sở|Sau[ ]khi|Nhằm[ ]|Để[ ])");

    /**
     * Longer than any line of a subject: a body paragraph, which DOCX and ODT text gives as one
     * line.
     */
    private static final int MAX_SUBJECT_LINE = 120;

    /** The first words of a body's name: a fragment opening with one starts a new body. */
    private static final Pattern BODY_START = Pattern.compile(
            "^(?:ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|CHÍNH PHỦ|THỦ TƯỚNG|BỘ|SỞ|CỤC|CHI CỤC|TỔNG CỤC|VỤ|"
                    + "VĂN PHÒNG|THANH TRA|BAN|PHÒNG|TRUNG TÂM|VIỆN|TRƯỜNG|ĐẠI HỌC|HỌC VIỆN|BỆNH VIỆN|"
                    + "CÔNG AN|BỘ CHỈ HUY|KHO BẠC|NGÂN HÀNG|TÒA ÁN|TOÀ ÁN|KIỂM TOÁN|BẢO HIỂM|CÔNG TY|"
                    + "TẬP ĐOÀN|ĐOÀN|HỘI|LIÊN ĐOÀN|TỔNG CÔNG TY|ĐÀI|BÁO|QUỸ|CỤC THUẾ|ĐẢNG ỦY)(?![\\p{L}])");

    /**
     * Type codes that Appendix III does not list but incoming letters still use. Decree 30 spec §6:
     * from older rules or from Party documents; read, but reported as legacy.
     */
    private static final Map<String, DocumentType> LEGACY_CODES = Map.of(
            "CV", DocumentType.CONG_VAN,
            "GN", DocumentType.BAN_GHI_NHO,
            "TTh", DocumentType.BAN_THOA_THUAN,
            "NP", DocumentType.GIAY_NGHI_PHEP,
            "QCh", DocumentType.QUY_CHE,
            "DAn", DocumentType.DU_AN,
            "TCG", DocumentType.THU_CONG);

    IncomingDocument extract(String mediaType, String rawText, TextStatus status, boolean truncated) {
        return extract(mediaType, rawText, status, truncated, PdfFormFields.NONE);
    }

    /**
     * Finds the components in {@code rawText}; {@code form} supplies the number and date parts that
     * the page shows blank because the records office filled them into form fields.
     */
    IncomingDocument extract(String mediaType, String rawText, TextStatus status, boolean truncated,
            PdfFormFields form) {
        String text = normalize(rawText);
        IncomingDocument.Builder builder =
                IncomingDocument.builder(mediaType, text).textStatus(status).truncated(truncated);
        if (status == TextStatus.EXTRACTED && !text.isBlank()) {
            if (looksLikeLegacyEncoding(text)) {
                builder.note("the text looks like a legacy 8-bit Vietnamese encoding (TCVN3 or VNI fonts), not Unicode;"
                        + " convert the document to Unicode and read it again");
            }
            new Scan(text, form, builder).run();
        }
        return builder.build();
    }

    /**
     * Normalises extracted text: NFC (Vietnamese often arrives decomposed), {@code \n} line ends,
     * spaces for the space-like characters, and no invisible characters. Line ends and spaces are
     * the only characters whose count changes.
     */
    static String normalize(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            switch (c) {
                case '\r' -> out.append('\n');
                case '\t', '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u3000' ->
                        out.append(' ');
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
                    // soft hyphen and zero-width characters: invisible in the letter, so dropped
                }
                case '\u2010', '\u2011' -> out.append('-');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Tells whether the text was typed with a TCVN3 (ABC) or VNI font: Vietnamese letters then come
     * out as Latin-1 symbols ("Céng hoµ x· héi chñ nghÜa") and no precomposed Vietnamese letter
     * (U+1EA0 to U+1EF9) appears.
     */
    static boolean looksLikeLegacyEncoding(String text) {
        int letters = 0;
        int symbols = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u1EA0' && c <= '\u1EF9') {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
            if (LEGACY_SYMBOLS.indexOf(c) >= 0) {
                symbols++;
            }
        }
        return letters > 0 && symbols * 50 > letters;
    }

    /** Joins the lines of a multi-line value; a line ending in "word-" continues without a space. */
    static String joinLines(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String part = line.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                int last = out.length() - 1;
                boolean hyphenated = out.charAt(last) == '-' && last > 0 && !Character.isWhitespace(out.charAt(last - 1));
                if (!hyphenated) {
                    out.append(' ');
                }
            }
            out.append(part);
        }
        return out.toString().replaceAll(" {2,}", " ");
    }

    /** A piece of a line between runs of two or more spaces, with absolute offsets. */
    record Fragment(String text, int start, int end) {}

    /** The state of one extraction. */
    private static final class Scan {
        private final String text;
        private final char[] work;
        private final CharBuffer view;
        private final int[] lineStart;
        private final int[] lineEnd;
        private final IncomingDocument.Builder out;
        private final PdfFormFields form;
        private final int headEnd;
        private final int headLines;

        private @Nullable NumberSymbol numberSymbol;
        private @Nullable ExtractedField<NumberSymbol> numberField;
        private int numberLine = -1;
        private int numberStart = -1;
        private int dateLine = -1;
        private int typeLine = -1;
        private @Nullable DocumentType typeLineType;
        private int vvLine = -1;
        private int distributionLine = -1;

        Scan(String text, PdfFormFields form, IncomingDocument.Builder out) {
            this.text = text;
            this.form = form;
            this.work = text.toCharArray();
            this.view = CharBuffer.wrap(work);
            this.out = out;
            List<int[]> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    lines.add(new int[] {start, i});
                    start = i + 1;
                }
            }
            lineStart = lines.stream().mapToInt(l -> l[0]).toArray();
            lineEnd = lines.stream().mapToInt(l -> l[1]).toArray();
            headLines = Math.min(lineStart.length, HEAD_LINES);
            headEnd = Math.min(text.length(), Math.min(lineEnd[headLines - 1], HEAD_CHARS));
        }

        void run() {
            maskAll(NATIONAL_TITLE, 0, headEnd);
            maskAll(MOTTO, 0, headEnd);
            maskAll(RULE, 0, headEnd);
            findNumber();
            findDate();
            findMarks();
            findTypeLine();
            findSubjectAfterVv();
            findAuthorities();
            findKinhGui();
            findTypeAndTypeSubject();
            int tail = findDistribution();
            findSigner(signerAbove(distributionLine).orElse(tail));
        }

        // ---- header -------------------------------------------------------------------------

        private void findNumber() {
            Matcher m = matcher(NUMBER, 0, headEnd);
            if (!m.find()) {
                return;
            }
            String num = m.group("num").strip();
            String symbol = m.group("sym").replaceAll("[ \\t]", "");
            OptionalInt value = OptionalInt.empty();
            if (!num.isEmpty() && num.chars().allMatch(Character::isDigit) && Integer.parseInt(num) > 0) {
                value = OptionalInt.of(Integer.parseInt(num));
            }
            double confidence = 1.0;
            Optional<String> filled = form.value(PdfFields.NUMBER);
            if (filled.isPresent()) {
                OptionalInt issued = formNumber(filled.get(), 6, 999_999);
                if (issued.isEmpty()) {
                    out.note("the form field " + PdfFields.NUMBER + " holds \"" + filled.get()
                            + "\", not a document number; it is ignored");
                } else if (value.isEmpty()) {
                    value = issued;
                } else if (value.getAsInt() != issued.getAsInt()) {
                    out.note("the page prints number " + value.getAsInt() + " but the form field " + PdfFields.NUMBER
                            + " holds " + filled.get() + "; the printed number is kept");
                    confidence = 0.5;
                }
            }
            if (m.group("year") != null) {
                out.note("the number \"" + m.group().strip() + "\" has a year, the pattern of legal normative documents,"
                        + " not of Decree 30 administrative documents");
                confidence = 0.8;
            }
            Optional<TypeCode> code = typeCode(symbol);
            if (code.isPresent() && code.get().isLegacy()) {
                TypeCode c = code.get();
                out.note(LEGACY_CODES.containsKey(c.code())
                        ? "symbol \"" + symbol + "\" opens with \"" + c.code()
                                + "\", a legacy abbreviation not in Appendix III of Decree 30; read as " + c.type().label()
                        : "symbol \"" + symbol + "\" opens with \"" + c.code() + "\", which Appendix III of Decree 30"
                                + " writes \"" + c.type().abbreviation().orElseThrow() + "\"; read as " + c.type().label());
                confidence = Math.min(confidence, 0.8);
            }
            numberSymbol = new NumberSymbol(new DocumentNumber(value, symbol), code);
            numberField = new ExtractedField<>(numberSymbol, new TextSpan(m.start(), m.end()), confidence);
            out.number(numberField);
            numberLine = lineOf(m.start());
            numberStart = m.start();
            mask(m.start(), m.end());
        }

        private Optional<TypeCode> typeCode(String symbol) {
            String first = symbol.split("-", 2)[0];
            if (!symbol.contains("-")) {
                return Optional.empty();
            }
            Optional<DocumentType> exact = DocumentType.fromAbbreviation(first);
            if (exact.isPresent()) {
                return Optional.of(new TypeCode(first, exact.get(), false));
            }
            DocumentType legacy = LEGACY_CODES.get(first);
            if (legacy != null) {
                return Optional.of(new TypeCode(first, legacy, true));
            }
            for (DocumentType type : DocumentType.values()) {
                // "TTR" or "QYĐ": the Appendix III code in the wrong case
                if (type.abbreviation().map(a -> VietnameseText.upper(a).equals(VietnameseText.upper(first))).orElse(false)) {
                    return Optional.of(new TypeCode(first, type, true));
                }
            }
            return Optional.empty();
        }

        private void findDate() {
            if (!findDate(DATE, 1.0)) {
                findDate(NUMERIC_DATE, 0.8);
            }
        }

        /** Finds the first place and date written as {@code pattern}; {@code scale} lowers the confidence. */
        private boolean findDate(Pattern pattern, double scale) {
            Matcher m = matcher(pattern, 0, headEnd);
            while (m.find()) {
                if (!isAtFragmentStart(m.start("place"))) {
                    continue;
                }
                String d = m.group("d").strip();
                String mo = m.group("m").strip();
                String y = m.group("y");
                IssueDate date;
                double confidence;
                try {
                    if (y == null || mo.isEmpty() || !isDigits(mo)) {
                        date = IssueDate.pending();
                        confidence = 0.6;
                    } else if (d.isEmpty() || !isDigits(d)) {
                        date = IssueDate.dayPending(YearMonth.of(Integer.parseInt(y), Integer.parseInt(mo)));
                        confidence = 0.9;
                    } else {
                        date = IssueDate.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
                        confidence = 1.0;
                    }
                } catch (DateTimeException e) {
                    out.note("the date \"" + m.group().strip() + "\" is not a calendar date: " + e.getMessage());
                    continue;
                }
                IssueDate filled = withFilledParts(date);
                if (!filled.equals(date)) {
                    date = filled;
                    confidence = filled instanceof IssueDate.Full ? 1.0 : 0.9;
                }
                if (scale < 1.0) {
                    out.note("the date \"" + m.group().strip() + "\" is written with digits only, not as Decree 30"
                            + " writes it (\"ngày … tháng … năm …\")");
                }
                String place = m.group("place").strip();
                out.place(new ExtractedField<>(place, new TextSpan(m.start("place"), m.start("place") + place.length()), 0.9));
                int end = y == null ? m.end() : m.end("y");
                out.date(new ExtractedField<>(date, new TextSpan(m.end("place"), end), confidence * scale));
                dateLine = lineOf(m.start());
                mask(m.start(), end);
                return true;
            }
            return false;
        }

        /**
         * Completes a date printed with blanks from the form fields the records office filled: the
         * day of a {@link IssueDate.DayPending}, or day, month and year of a {@link IssueDate.Pending}.
         * A filled value that is not a date part, or makes no calendar date, is noted and ignored.
         */
        private IssueDate withFilledParts(IssueDate printed) {
            OptionalInt day = filledPart(PdfFields.DAY, 2, 31);
            try {
                if (printed instanceof IssueDate.DayPending pending && day.isPresent()) {
                    return IssueDate.of(pending.month().atDay(day.getAsInt()));
                }
                OptionalInt month = filledPart(PdfFields.MONTH, 2, 12);
                OptionalInt year = filledPart(PdfFields.YEAR, 4, 9999);
                if (printed instanceof IssueDate.Pending && month.isPresent() && year.isPresent()) {
                    YearMonth ym = YearMonth.of(year.getAsInt(), month.getAsInt());
                    return day.isPresent() ? IssueDate.of(ym.atDay(day.getAsInt())) : IssueDate.dayPending(ym);
                }
            } catch (DateTimeException e) {
                out.note("the date parts filled into the form fields make no calendar date: " + e.getMessage()
                        + "; the printed date is kept");
            }
            return printed;
        }

        /** Returns the filled value of the date field {@code field}: at most {@code digits} digits, 1 to {@code max}. */
        private OptionalInt filledPart(String field, int digits, int max) {
            Optional<String> value = form.value(field);
            if (value.isEmpty()) {
                return OptionalInt.empty();
            }
            OptionalInt part = formNumber(value.get(), digits, max);
            if (part.isEmpty()) {
                out.note("the form field " + field + " holds \"" + value.get() + "\", not a date part; it is ignored");
            }
            return part;
        }

        /** Tells whether a match starts a line or a fragment (after two spaces), not mid-sentence. */
        private boolean isAtFragmentStart(int offset) {
            int line = lineOf(offset);
            int i = offset - 1;
            int spaces = 0;
            while (i >= lineStart[line] && work[i] == ' ') {
                spaces++;
                i--;
            }
            return i < lineStart[line] || spaces >= 1 && isBlankedBefore(i) || spaces >= 2;
        }

        /** Tells whether the character at {@code i} was blanked out (part of an earlier component). */
        private boolean isBlankedBefore(int i) {
            return work[i] == ' ' && text.charAt(i) != ' ';
        }

        /**
         * Finds the urgency and confidentiality marks: stamps printed alone in capitals, so only a
         * whole fragment counts ("KHẨN" inside an upper-case subject does not).
         */
        private void findMarks() {
            for (int line = 0; line < headLines; line++) {
                for (Fragment f : fragments(line)) {
                    if (!f.text().equals(VietnameseText.upper(f.text()))) {
                        continue;
                    }
                    // "HOẢ" is the older tone-mark placement; "HẸN GIỜ" is a pre-Decree-30 fourth level.
                    String canonical = f.text().replace("HOẢ", "HỎA");
                    Matcher timed = TIMED.matcher(canonical);
                    boolean legacy = timed.find();
                    String level = legacy ? canonical.substring(0, timed.start()) : canonical;
                    Optional<Urgency> urgency = Arrays.stream(Urgency.values())
                            .filter(u -> u.label().equals(level) && (!legacy || u == Urgency.HOA_TOC))
                            .findFirst();
                    if (urgency.isPresent()) {
                        if (legacy) {
                            out.note("urgency \"" + f.text() + "\" is a legacy level, not one of Decree 30's three;"
                                    + " read as " + Urgency.HOA_TOC.label());
                        }
                        out.urgency(new ExtractedField<>(urgency.get(), span(f), legacy ? 0.7 : 1.0));
                        mask(f.start(), f.end());
                        continue;
                    }
                    Optional<Confidentiality> secret = Arrays.stream(Confidentiality.values())
                            .filter(c -> c.label().equals(f.text()))
                            .findFirst();
                    if (secret.isPresent()) {
                        out.confidentiality(new ExtractedField<>(secret.get(), span(f), 1.0));
                        mask(f.start(), f.end());
                    }
                }
            }
        }

        private void findTypeLine() {
            for (int line = 0; line < headLines; line++) {
                String content = workLine(line).strip().replaceAll(" {2,}", " ");
                for (DocumentType type : DocumentType.values()) {
                    if (type.hasTypeNameLine() && content.equals(type.typeName())) {
                        typeLine = line;
                        int start = lineStart[line] + workLine(line).indexOf(content.charAt(0));
                        out.type(new ExtractedField<>(type, new TextSpan(start, start + lengthOfStripped(line)), 1.0));
                        typeLineType = type;
                        mask(lineStart[line], lineEnd[line]);
                        return;
                    }
                }
            }
        }

        private int lengthOfStripped(int line) {
            String w = workLine(line);
            return w.strip().length();
        }

        private void findSubjectAfterVv() {
            int limit = typeLine >= 0 ? lineStart[typeLine] : headEnd;
            Matcher m = matcher(VV, 0, limit);
            if (!m.find()) {
                return;
            }
            vvLine = lineOf(m.start());
            int firstEnd = fragmentEnd(m.end());
            List<String> parts = new ArrayList<>();
            parts.add(new String(work, m.end(), firstEnd - m.end()));
            int end = continuation(vvLine, firstEnd, parts, false);
            String subject = joinLines(parts);
            if (subject.isEmpty()) {
                return;
            }
            double confidence = 0.9;
            if (VietnameseText.isUpper(subject)) {
                out.note("the subject is printed in upper case; kept as printed");
                confidence = 0.8;
            }
            out.subject(new ExtractedField<>(subject, new TextSpan(m.start(), end), confidence));
            mask(m.start(), end);
        }

        /**
         * Collects the lines that continue a multi-line value after {@code line}, stopping at two blank
         * lines, a blanked-out component, a stop word or a fourth line.
         *
         * @return the end offset of the last line used
         */
        private int continuation(int line, int end, List<String> parts, boolean upperCaseStops) {
            boolean upperValue = VietnameseText.isUpper(joinLines(parts));
            int blanks = 0;
            int used = 0;
            for (int next = line + 1; next < lineStart.length && used < 3; next++) {
                String content = workLine(next).strip();
                String original = textLine(next).strip();
                if (original.isEmpty()) {
                    if (++blanks >= 2) {
                        break;
                    }
                    continue;
                }
                if (content.isEmpty() || !content.equals(original) && content.length() < original.length() / 2) {
                    break; // a component found earlier sits here: the value has ended
                }
                if (STOP_WORDS.matcher(content).find() || content.endsWith(":") || content.startsWith("-")
                        || content.length() > MAX_SUBJECT_LINE) {
                    break;
                }
                boolean upper = VietnameseText.isUpper(content) && hasLetter(content);
                if (upperCaseStops ? upper : !upper && upperValue) {
                    break; // the case changes: a body's name after a subject, or the body after an upper-case subject
                }
                Fragment first = fragments(next).get(0);
                parts.add(first.text());
                end = first.end();
                blanks = 0;
                used++;
            }
            return end;
        }

        private void findAuthorities() {
            int endLine;
            if (numberLine >= 0) {
                endLine = numberLine;
            } else {
                endLine = Math.min(headLines, 8);
                for (int candidate : new int[] {vvLine, typeLine, dateLine}) {
                    if (candidate >= 0) {
                        endLine = Math.min(endLine, candidate);
                    }
                }
            }
            List<List<Fragment>> bodies = new ArrayList<>();
            int lastLine = -1;
            for (int line = 0; line <= endLine && line < lineStart.length; line++) {
                for (Fragment f : fragments(line)) {
                    if (line == numberLine && f.start() >= numberStart) {
                        continue;
                    }
                    if (!hasLetter(f.text()) || !VietnameseText.isUpper(f.text())) {
                        continue;
                    }
                    boolean starts = BODY_START.matcher(f.text()).find();
                    if (bodies.isEmpty() || starts || line - lastLine > 2) {
                        bodies.add(new ArrayList<>());
                    }
                    bodies.get(bodies.size() - 1).add(f);
                    lastLine = line;
                }
            }
            if (bodies.isEmpty()) {
                return;
            }
            List<Fragment> issuing = bodies.get(bodies.size() - 1);
            out.issuingAuthority(body(issuing));
            if (bodies.size() >= 2) {
                out.parentAuthority(body(bodies.get(bodies.size() - 2)));
            }
            if (bodies.size() > 2) {
                out.note("the header names " + bodies.size() + " bodies; the last two were read as parent and issuing body");
            }
            for (List<Fragment> b : bodies) {
                b.forEach(f -> mask(f.start(), f.end()));
            }
        }

        private ExtractedField<String> body(List<Fragment> fragments) {
            String name = joinLines(fragments.stream().map(Fragment::text).toList());
            double confidence = BODY_START.matcher(name).find() ? 0.9 : 0.6;
            return new ExtractedField<>(name, new TextSpan(fragments.get(0).start(), fragments.get(fragments.size() - 1).end()),
                    confidence);
        }

        private void findKinhGui() {
            int limit = lineEnd[Math.min(lineStart.length, HEAD_LINES + 40) - 1];
            Matcher m = matcher(KINH_GUI, 0, limit);
            if (!m.find()) {
                return;
            }
            int kinhGuiLine = lineOf(m.start());
            List<String> names = new ArrayList<>();
            int end = m.end();
            String inline = new String(work, m.end(), fragmentEnd(m.end()) - m.end()).strip();
            if (!inline.isEmpty()) {
                names.add(inline);
                end = fragmentEnd(m.end());
            }
            int blanks = 0;
            for (int line = kinhGuiLine + 1; line < lineStart.length; line++) {
                String content = workLine(line).strip();
                if (content.isEmpty()) {
                    if (++blanks >= 3) {
                        break;
                    }
                    continue;
                }
                boolean open = !names.isEmpty() && !endsItem(names.get(names.size() - 1));
                if (isListItem(content)) {
                    names.add(content.substring(1).strip());
                } else if (open && blanks == 0 && !STOP_WORDS.matcher(content).find()) {
                    names.set(names.size() - 1, joinLines(List.of(names.get(names.size() - 1), content)));
                } else {
                    break;
                }
                end = lineStart[line] + workLine(line).stripTrailing().length();
                blanks = 0;
            }
            List<String> cleaned = names.stream().map(FieldExtractor::trimItem).filter(s -> !s.isEmpty()).toList();
            if (cleaned.isEmpty()) {
                return;
            }
            out.recipients(new ExtractedField<>(cleaned, new TextSpan(m.start(), end), 0.9));
            mask(m.start(), end);
        }

        private void findTypeAndTypeSubject() {
            Optional<TypeCode> code = numberSymbol == null ? Optional.empty() : numberSymbol.typeCode();
            if (typeLineType != null) {
                if (code.isPresent() && code.get().type() != typeLineType) {
                    out.note("the type name says " + typeLineType.label() + " but the symbol's code \""
                            + code.get().code() + "\" stands for " + code.get().type().label());
                    TextSpan span = new TextSpan(lineStart[typeLine], lineStart[typeLine] + lengthOfStripped(typeLine));
                    out.type(new ExtractedField<>(typeLineType, span, 0.6));
                }
                findSubjectAfterTypeLine();
                return;
            }
            if (vvLine >= 0) {
                if (code.isPresent() && code.get().type() != DocumentType.CONG_VAN && numberField != null) {
                    // A công văn's symbol opens with the body's code, which can look like a type code:
                    // "CT" is Chỉ thị and also Cục Thuế ("1234/CT-TTHT"). The "V/v" decides.
                    out.note("the symbol \"" + numberSymbol.number().symbol() + "\" is read as a công văn's, opening"
                            + " with a body's code, although \"" + code.get().code() + "\" is also the code of "
                            + code.get().type().label());
                    out.number(new ExtractedField<>(new NumberSymbol(numberSymbol.number(), Optional.empty()),
                            numberField.span(), numberField.confidence()));
                }
                Matcher m = VV.matcher(text);
                int start = m.find(lineStart[vvLine]) ? m.start() : lineStart[vvLine];
                out.type(new ExtractedField<>(DocumentType.CONG_VAN, new TextSpan(start, start + 3), 0.9));
                return;
            }
            if (code.isPresent()) {
                int at = text.indexOf(code.get().code() + "-", lineStart[numberLine]);
                TextSpan span = at < 0 ? new TextSpan(lineStart[numberLine], lineStart[numberLine])
                        : new TextSpan(at, at + code.get().code().length());
                out.type(new ExtractedField<>(code.get().type(), span, code.get().isLegacy() ? 0.6 : 0.7));
            }
        }

        private void findSubjectAfterTypeLine() {
            int line = typeLine + 1;
            int blanks = 0;
            while (line < lineStart.length && workLine(line).isBlank() && textLine(line).isBlank() && blanks < 2) {
                line++;
                blanks++;
            }
            if (line >= lineStart.length) {
                return;
            }
            String first = workLine(line).strip();
            if (first.isEmpty() || STOP_WORDS.matcher(first).find() || first.endsWith(":")
                    || BODY_START.matcher(first).find() && VietnameseText.isUpper(first) && !first.startsWith("VỀ")) {
                return;
            }
            Fragment head = fragments(line).get(0);
            List<String> parts = new ArrayList<>();
            parts.add(head.text());
            boolean upper = VietnameseText.isUpper(head.text());
            int end = continuation(line, head.end(), parts, !upper);
            String subject = joinLines(parts);
            double confidence = 0.8;
            if (upper) {
                out.note("the subject is printed in upper case; kept as printed");
                confidence = 0.6;
            }
            out.subject(new ExtractedField<>(subject, new TextSpan(head.start(), end), confidence));
            mask(head.start(), end);
        }

        // ---- bottom block -------------------------------------------------------------------

        /**
         * Reads "Nơi nhận:" and its items, blanking out what it used so that a signer column printed
         * on the same lines stays for {@link #findSigner(int)}; returns the line to look for the
         * signer from.
         */
        private int findDistribution() {
            int from = lineStart.length / 3;
            Matcher m = matcher(NOI_NHAN, lineStart[from], text.length());
            int labelStart = -1;
            int labelEnd = -1;
            while (m.find()) {
                labelStart = m.start();
                labelEnd = m.end();
            }
            if (labelStart < 0) {
                return Math.max(from, lineStart.length / 2);
            }
            int labelLine = lineOf(labelStart);
            distributionLine = labelLine;
            mask(labelStart, labelEnd);
            DistributionReader list = new DistributionReader();
            int end = labelEnd;
            int blanks = 0;
            for (int line = labelLine + 1; line < lineStart.length; line++) {
                List<Fragment> fragments = fragments(line);
                if (fragments.isEmpty()) {
                    if (++blanks >= 3) {
                        break;
                    }
                    continue;
                }
                Fragment first = fragments.get(0);
                String content = first.text();
                if (!isListItem(content) && fragments.size() == 1 && NOTE.matcher(content).matches()
                        && list.note(content.strip())) {
                    // The note of a group of three or more, on its own line beside the brace.
                    mask(first.start(), first.end());
                    end = first.end();
                    blanks = 0;
                    continue;
                }
                if (!isListItem(content)) {
                    boolean continues = blanks == 0 && list.isOpen() && !hasCapacity(content)
                            && !VietnameseText.isUpper(content);
                    Matcher drafter = DRAFTER_LINE.matcher(content);
                    if (continues) {
                        list.continueLast(content);
                    } else if (list.hasFileCopy() && drafter.matches()) {
                        list.drafter(new DrafterCode(drafter.group(1), Integer.parseInt(drafter.group(2))));
                    } else {
                        break;
                    }
                    mask(first.start(), first.end());
                    end = first.end();
                    continue;
                }
                blanks = 0;
                // The item ends at its ";" (or the "Lưu" line's full stop); a brace note may follow
                // in the same fragment or the next. Anything after that is the signer's column.
                int itemStart = content.length() - content.substring(1).stripLeading().length();
                int itemEnd = itemStart + itemEnd(content.substring(itemStart));
                Optional<String> note = Optional.empty();
                int usedEnd = first.start() + itemEnd;
                Matcher inline = NOTE.matcher(content).region(itemEnd, content.length());
                if (inline.lookingAt()) {
                    note = Optional.of(inline.group(1));
                    usedEnd = first.start() + inline.end();
                } else if (itemEnd == content.length() && fragments.size() > 1
                        && NOTE.matcher(fragments.get(1).text()).matches()) {
                    note = Optional.of(fragments.get(1).text().strip());
                    usedEnd = fragments.get(1).end();
                }
                list.item(content.substring(itemStart, itemEnd), note);
                mask(first.start(), usedEnd);
                end = Math.max(end, usedEnd);
            }
            TextSpan span = new TextSpan(labelStart, end);
            list.result().ifPresent(d -> out.distribution(new ExtractedField<>(d, span, d.fileCopy().isPresent() ? 0.9 : 0.7)));
            return Math.max(0, labelLine - 3);
        }

        /**
         * Finds a signer block printed above "Nơi nhận:" rather than beside or after it, as a PDF
         * whose signer cell comes first in reading order gives it: the full name on the last line
         * before the label (blank lines aside), the signature space above it, and above that the
         * capacity and title lines in capitals. Returns the first title line, for
         * {@link #findSigner(int)} to read from; empty when the label shares its line with other
         * text (a signer column beside the list) or the lines above are not such a block.
         */
        private OptionalInt signerAbove(int labelLine) {
            if (labelLine < 0 || !fragments(labelLine).isEmpty()) {
                return OptionalInt.empty();
            }
            int line = skipBlankLinesUp(labelLine - 1);
            if (line < 0 || !isLoneFragment(line, c -> PERSON_NAME.matcher(c).matches())) {
                return OptionalInt.empty();
            }
            line = skipBlankLinesUp(line - 1);
            int first = -1;
            while (line >= 0 && isLoneFragment(line, c -> hasLetter(c) && VietnameseText.isUpper(c) && !c.startsWith("("))) {
                first = line--;
            }
            return first < 0 ? OptionalInt.empty() : OptionalInt.of(first);
        }

        /** Returns the nearest line at or above {@code line} with text, looking past at most 8 blank ones. */
        private int skipBlankLinesUp(int line) {
            int blanks = 0;
            while (line >= 0 && fragments(line).isEmpty() && blanks++ < 8) {
                line--;
            }
            return line >= 0 && fragments(line).isEmpty() ? -1 : line;
        }

        /** Tells whether {@code line} holds one fragment and it passes {@code test}. */
        private boolean isLoneFragment(int line, Predicate<String> test) {
            List<Fragment> fragments = fragments(line);
            return fragments.size() == 1 && test.test(fragments.get(0).text());
        }

        private void findSigner(int fromLine) {
            List<Delegation> delegations = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            int spanStart = -1;
            int spanEnd = -1;
            String fullName = null;
            int nameLine = -1;
            for (int line = fromLine; line < lineStart.length && fullName == null; line++) {
                for (Fragment f : fragments(line)) {
                    String content = f.text();
                    Matcher capacity = CAPACITY.matcher(content);
                    if (capacity.matches() && VietnameseText.isUpper(capacity.group(2)) && titles.isEmpty()) {
                        delegations.add(new Delegation(SigningCapacity.valueOf(capacity.group(1)), capacity.group(2).strip()));
                        spanStart = spanStart < 0 ? f.start() : spanStart;
                        spanEnd = f.end();
                    } else if (hasLetter(content) && VietnameseText.isUpper(content) && !content.startsWith("(")) {
                        titles.add(content);
                        spanStart = spanStart < 0 ? f.start() : spanStart;
                        spanEnd = f.end();
                    } else if (spanStart >= 0 && PERSON_NAME.matcher(content).matches()) {
                        fullName = content;
                        nameLine = line;
                        spanEnd = f.end();
                        break;
                    }
                }
            }
            if (fullName == null || delegations.isEmpty() && titles.isEmpty()) {
                return;
            }
            Optional<String> position = titles.isEmpty() ? Optional.empty() : Optional.of(titles.get(0));
            List<String> others = titles.size() > 1 ? titles.subList(1, titles.size()) : List.of();
            SignatureBlock block = new SignatureBlock(delegations, position, others, fullName);
            double confidence = delegations.isEmpty() ? 0.8 : 0.95;
            out.signer(new ExtractedField<>(block, new TextSpan(spanStart, spanEnd), confidence));
            mask(spanStart, lineEnd[nameLine]);
        }

        private boolean hasCapacity(String content) {
            return CAPACITY.matcher(content).matches();
        }

        // ---- text helpers ---------------------------------------------------------------------

        private Matcher matcher(Pattern pattern, int from, int to) {
            return pattern.matcher(view).region(from, Math.max(from, to));
        }

        private void maskAll(Pattern pattern, int from, int to) {
            Matcher m = matcher(pattern, from, to);
            List<int[]> found = new ArrayList<>();
            while (m.find()) {
                found.add(new int[] {m.start(), m.end()});
            }
            found.forEach(r -> mask(r[0], r[1]));
        }

        private void mask(int start, int end) {
            for (int i = start; i < end && i < work.length; i++) {
                if (work[i] != '\n') {
                    work[i] = ' ';
                }
            }
        }

        private int lineOf(int offset) {
            int i = Arrays.binarySearch(lineStart, offset);
            return i >= 0 ? i : -i - 2;
        }

        private String workLine(int line) {
            return new String(work, lineStart[line], lineEnd[line] - lineStart[line]);
        }

        private String textLine(int line) {
            return text.substring(lineStart[line], lineEnd[line]);
        }

        /** Splits the working line at runs of two or more spaces. */
        private List<Fragment> fragments(int line) {
            List<Fragment> fragments = new ArrayList<>();
            int i = lineStart[line];
            int end = lineEnd[line];
            while (i < end) {
                while (i < end && work[i] == ' ') {
                    i++;
                }
                if (i >= end) {
                    break;
                }
                int start = i;
                int last = i;
                while (i < end && !(work[i] == ' ' && i + 1 < end && work[i + 1] == ' ')) {
                    if (work[i] != ' ') {
                        last = i;
                    }
                    i++;
                }
                fragments.add(new Fragment(new String(work, start, last + 1 - start), start, last + 1));
            }
            return fragments;
        }

        /** Returns where the fragment containing {@code offset} ends (before two spaces or the line end). */
        private int fragmentEnd(int offset) {
            int line = lineOf(offset);
            int end = offset;
            int i = offset;
            while (i < lineEnd[line]) {
                if (work[i] == ' ' && i + 1 < lineEnd[line] && work[i + 1] == ' ' && i > offset) {
                    break;
                }
                if (work[i] != ' ') {
                    end = i + 1;
                }
                i++;
            }
            return end;
        }

        private static TextSpan span(Fragment f) {
            return new TextSpan(f.start(), f.end());
        }
    }

    private static int itemEnd(String body) {
        int semicolon = body.indexOf(';');
        if (semicolon >= 0) {
            return semicolon + 1;
        }
        if (body.startsWith("Lưu")) {
            // "Lưu: VT, VP (2). PL.(300)": up to the last full stop that ends the line or the drafter code
            Matcher m = FILE_COPY_ITEM.matcher(body);
            if (m.find()) {
                return m.end();
            }
        }
        return body.length();
    }

    private static boolean isListItem(String content) {
        return content.startsWith("-") || content.startsWith("–") || content.startsWith("+");
    }

    static boolean endsItem(String item) {
        String s = item.strip();
        return s.endsWith(";") || s.endsWith(".") || s.endsWith(",");
    }

    /** Strips an item's list dash and its closing punctuation. */
    static String trimItem(String item) {
        String s = item.strip();
        while (!s.isEmpty() && (s.startsWith("-") || s.startsWith("–") || s.startsWith("+"))) {
            s = s.substring(1).strip();
        }
        while (!s.isEmpty() && (s.endsWith(";") || s.endsWith(",") || s.endsWith(".") && !s.endsWith("./."))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    /** Parses a filled form value: at most {@code digits} digits, 1 to {@code max}. */
    private static OptionalInt formNumber(String value, int digits, int max) {
        if (!isDigits(value) || value.length() > digits) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(value);
        return n < 1 || n > max ? OptionalInt.empty() : OptionalInt.of(n);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}
