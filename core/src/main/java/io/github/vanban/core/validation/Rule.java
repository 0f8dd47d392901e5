// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.validation;

import java.util.Locale;

/**
 * Every format rule the {@link DocumentValidator} checks: the one place where rule ids, severities,
 * legal bases, Vietnamese terms and message templates are documented.
 *
 * <p>Ids are stable: tools may filter on them. Severity is {@link Severity#ERROR} for what Decree
 * 30/2020/NĐ-CP requires or forbids, {@link Severity#WARNING} for what it or its official forms
 * only advise, and for choices where the decree is unclear. The legal basis names the decree's
 * article or appendix; "Appendix I" means Appendix I, Part I unless stated otherwise.
 */
public enum Rule {
    /** The issuing body (ô 2) is blank. */
    AUTHORITY_MISSING("ND30-AUTHORITY-MISSING", Severity.ERROR,
            "Article 8(1)(b); Appendix I, II.2", "Tên cơ quan, tổ chức ban hành văn bản",
            "The %s is blank; give its official full name, e.g. \"SỞ KHOA HỌC VÀ CÔNG NGHỆ\"."),
    /** The place name (ô 4) is blank; Biên bản (form 1.9) has no place line and is exempt. */
    PLACE_MISSING("ND30-PLACE-MISSING", Severity.ERROR,
            "Article 8(1)(d); Appendix I, II.4", "Địa danh",
            "The place name is blank; give the administrative unit where the body has its head office, e.g. \"Hà Nội\"."),
    /** The symbol (ô 3) is blank. */
    SYMBOL_MISSING("ND30-SYMBOL-MISSING", Severity.ERROR,
            "Article 15; Appendix I, II.3", "Ký hiệu văn bản",
            "The symbol is blank; write it as %s, e.g. \"%s\"."),
    /** The symbol contains white space. */
    SYMBOL_SPACE("ND30-SYMBOL-SPACE", Severity.ERROR,
            "Appendix I, II.3", "Ký hiệu văn bản",
            "The symbol \"%s\" contains white space; the number and symbol have no space anywhere, write \"%s\"."),
    /** The symbol does not have the shape of §3.2 (groups joined by "-", no year, no slash). */
    SYMBOL_PATTERN("ND30-SYMBOL-PATTERN", Severity.ERROR,
            "Appendix I, II.3", "Ký hiệu văn bản",
            "The symbol \"%s\" does not follow the pattern %s; write it like \"%s\"."),
    /** The symbol uses a legacy or invented type code (CV, NP, GN, TTh, QCh, DAn, TCG …). */
    SYMBOL_LEGACY_ABBREVIATION("ND30-SYMBOL-LEGACY-ABBREVIATION", Severity.ERROR,
            "Appendix III, I", "Chữ viết tắt tên loại văn bản",
            "The symbol \"%s\" starts with \"%s\", a legacy or invented code that Appendix III does not define; %s."),
    /** A typed document's (or copy's) symbol does not start with its own Appendix III abbreviation. */
    SYMBOL_TYPE_MISMATCH("ND30-SYMBOL-TYPE-MISMATCH", Severity.ERROR,
            "Appendix I, II.3; Appendix III, I", "Ký hiệu văn bản",
            "The symbol \"%s\" does not start with \"%s-\", the Appendix III abbreviation of %s; write it as \"%s-%s\"."),
    /**
     * The type abbreviation is upper-cased although Appendix III writes it in mixed case (QyĐ, CTr,
     * TTr, TrS). A warning: the decree also says the symbol is in capitals (nd30.md §3.2).
     */
    SYMBOL_ABBREVIATION_CASE("ND30-SYMBOL-ABBREVIATION-CASE", Severity.WARNING,
            "Appendix III, I", "Chữ viết tắt tên loại văn bản",
            "The symbol \"%s\" writes the abbreviation \"%s\"; Appendix III writes it \"%s\", keep that spelling."),
    /**
     * A body or unit abbreviation in the symbol is not in capitals (the Appendix III type and copy
     * codes keep their official mixed case).
     */
    SYMBOL_CASE("ND30-SYMBOL-CASE", Severity.ERROR,
            "Appendix I, II.3", "Ký hiệu văn bản",
            "The symbol \"%s\" has \"%s\" in lower case; body and unit abbreviations are written in capitals, write \"%s\"."),
    /** A công văn has no subject after "V/v". */
    CONG_VAN_SUBJECT_MISSING("ND30-CONG-VAN-SUBJECT-MISSING", Severity.ERROR,
            "Appendix I, II.5.b", "Trích yếu nội dung công văn (V/v)",
            "A công văn needs a subject, printed after \"V/v\" under the number; add \"subject\"."),
    /** A document with a type name has no subject (except Giấy giới thiệu and Giấy nghỉ phép). */
    SUBJECT_MISSING("ND30-SUBJECT-MISSING", Severity.ERROR,
            "Appendix I, II.5.a", "Trích yếu nội dung văn bản",
            "A %s needs a subject (trích yếu) on the line under its type name; add \"subject\"."),
    /** A công văn's subject already starts with "V/v", which would print twice. */
    SUBJECT_VV_PREFIX("ND30-SUBJECT-VV-PREFIX", Severity.WARNING,
            "Appendix I, II.5.b", "Trích yếu nội dung công văn (V/v)",
            "The subject already starts with \"V/v\", which a công văn prints by itself; remove it from \"subject\"."),
    /** "Kính gửi" on a type other than công văn, tờ trình or báo cáo. */
    KINH_GUI_NOT_ALLOWED("ND30-KINH-GUI-NOT-ALLOWED", Severity.ERROR,
            "Appendix I, II.9.a", "Kính gửi",
            "A %s has no \"Kính gửi\" part (only công văn, tờ trình and báo cáo have one); list these bodies under \"Nơi nhận\" instead."),
    /** A công văn without "Kính gửi". */
    KINH_GUI_MISSING("ND30-KINH-GUI-MISSING", Severity.WARNING,
            "Appendix I, II.9.a; Appendix III, form 1.5", "Kính gửi",
            "A công văn names the bodies that must act after \"Kính gửi:\"; add \"recipients\"."),
    /** KT., Q., TL. or TUQ. without the head's position after it. */
    SIGNER_AUTHORITY_MISSING("ND30-SIGNER-AUTHORITY-MISSING", Severity.ERROR,
            "Article 13; Appendix I, II.7.a", "Quyền hạn của người ký",
            "\"%s\" is not followed by the head's position; give the position of the head the signer signs for, e.g. \"%s GIÁM ĐỐC\"."),
    /** TM. without the collective body after it. */
    SIGNER_COLLECTIVE_MISSING("ND30-SIGNER-COLLECTIVE-MISSING", Severity.ERROR,
            "Article 13(1); Appendix I, II.7.a", "Thay mặt tập thể (TM.)",
            "\"TM.\" is not followed by the collective body; give its name, e.g. \"TM. ỦY BAN NHÂN DÂN\"."),
    /** No position line for the signer (after TM., KT., TL., TUQ., or for a head signing in their own name). */
    SIGNER_POSITION_MISSING("ND30-SIGNER-POSITION-MISSING", Severity.ERROR,
            "Article 13; Appendix I, II.7.a", "Chức vụ của người ký",
            "The signer block has no position line%s; add \"position\" with the signer's own position, e.g. \"%s\"."),
    /** Q. followed by a second position line, which repeats the acting head's title. */
    SIGNER_ACTING_POSITION("ND30-SIGNER-ACTING-POSITION", Severity.WARNING,
            "Article 13(3); Appendix I, II.7.a", "Quyền (Q.)",
            "\"%s\" already states the acting head's position; remove the extra position line \"%s\"."),
    /** An academic, degree or honorary title before the signer's name. */
    SIGNER_ACADEMIC_TITLE("ND30-SIGNER-ACADEMIC-TITLE", Severity.WARNING,
            "Appendix I, II.7.b", "Họ tên người ký",
            "The full name \"%s\" starts with the title \"%s\"; no academic title, degree or honorary title goes before the name unless the managing ministry allows it, so remove it."),
    /** The signer's full name is blank. */
    SIGNER_NAME_MISSING("ND30-SIGNER-NAME-MISSING", Severity.ERROR,
            "Article 8(1)(g); Appendix I, II.7.b", "Họ tên người ký",
            "The signer's full name is blank; give the family name, middle name (if any) and given name."),
    /** The signer's full name is typed in capitals; ô 7b is regular case. */
    SIGNER_NAME_CASE("ND30-SIGNER-NAME-CASE", Severity.WARNING,
            "Appendix I, II.7.b", "Họ tên người ký",
            "The full name \"%s\" is in capitals; the name is printed in regular case, write \"%s\"."),
    /** "Nơi nhận" without its closing "Lưu" line. */
    FILE_COPY_MISSING("ND30-FILE-COPY-MISSING", Severity.ERROR,
            "Appendix I, II.9.b", "Nơi nhận (Lưu: VT)",
            "\"Nơi nhận\" has no \"Lưu\" line; end it with \"Lưu: VT, <drafting unit>\"."),
    /** The "Lưu" line does not start with VT (the records office). */
    FILE_COPY_RECORDS_OFFICE("ND30-FILE-COPY-RECORDS-OFFICE", Severity.WARNING,
            "Appendix I, II.9.b", "Nơi nhận (Lưu: VT)",
            "The \"Lưu\" line does not start with \"VT\" (the records office); write it as \"Lưu: VT, <drafting unit>\"."),
    /** The drafter's initials (ô 12) are not in capitals. */
    DRAFTER_CASE("ND30-DRAFTER-CASE", Severity.WARNING,
            "Appendix I, III.3", "Ký hiệu người soạn thảo văn bản",
            "The drafter's initials \"%s\" are not in capitals; write \"%s\"."),
    /** The body has no block. */
    BODY_EMPTY("ND30-BODY-EMPTY", Severity.ERROR,
            "Article 8(1)(e); Appendix I, II.6", "Nội dung văn bản",
            "The body is empty; add the content of the document."),
    /** The body ends with a non-paragraph block that lacks "./.", so the mark cannot be added. */
    BODY_END_MARK("ND30-BODY-END-MARK", Severity.WARNING,
            "Appendix III, forms 1.1 to 1.10", "Dấu kết thúc văn bản (./.)",
            "The body ends with a %s that does not end with \"./.\", so the mark cannot be added; end the body with a paragraph."),
    /** A legal-basis line ("Căn cứ …") ends with neither ";" nor ".". */
    BASIS_PUNCTUATION("ND30-BASIS-PUNCTUATION", Severity.WARNING,
            "Appendix I, II.6.a", "Căn cứ ban hành văn bản",
            "The legal-basis line \"%s\" must end with \";\" (or \".\" for the last one); add the punctuation."),
    /** A Phần, Chương, Mục, Tiểu mục or section without a title, or an article with neither title nor text. */
    HEADING_TITLE_MISSING("ND30-HEADING-TITLE-MISSING", Severity.ERROR,
            "Appendix I, II.6.b", "Bố cục nội dung (phần, chương, mục, điều)",
            "\"%s\" has no title; parts, chapters, sections and articles must have titles."),
    /** A heading numbered with the wrong kind of numeral. */
    HEADING_NUMBERING("ND30-HEADING-NUMBERING", Severity.WARNING,
            "Appendix I, II.6.b", "Bố cục nội dung (phần, chương, mục, điều)",
            "\"%s\" is numbered \"%s\"; number it with %s numerals, e.g. \"%s\"."),
    /** Several appendices, not all numbered with Roman numerals. */
    APPENDIX_NUMBER("ND30-APPENDIX-NUMBER", Severity.ERROR,
            "Appendix I, III.1", "Phụ lục",
            "There are %d appendices, so each needs a Roman numeral (Phụ lục I, II …); this one has %s."),
    /** Appendices that the body never mentions. */
    APPENDIX_NOT_REFERENCED("ND30-APPENDIX-NOT-REFERENCED", Severity.WARNING,
            "Appendix I, III.1", "Phụ lục",
            "The document has appendices but the body never mentions \"phụ lục\"; refer to them in the body."),
    /** A file marked as carrying only the appendices (form 2.2) has none. */
    APPENDICES_ONLY_EMPTY("ND30-APPENDICES-ONLY-EMPTY", Severity.ERROR,
            "Appendix I, II.8.b and III.1; Appendix III, form 2.2", "Phụ lục ban hành kèm theo (tệp riêng)",
            "The file is marked \"appendicesOnly\" (the appendices of a document issued as a separate file, form 2.2) but has no appendix; add \"appendices\" or remove \"appendicesOnly\"."),
    /** The date of issue lies after today. */
    DATE_IN_FUTURE("ND30-DATE-IN-FUTURE", Severity.WARNING,
            "Article 8(1)(d); Appendix I, II.4", "Thời gian ban hành văn bản",
            "The date of issue %s is after today (%s); check it, or leave the date for the records office to assign at issuance.");

    private final String id;
    private final Severity severity;
    private final String legalBasis;
    private final String vietnameseTerm;
    private final String messageTemplate;

    Rule(String id, Severity severity, String basis, String vietnameseTerm, String messageTemplate) {
        this.id = id;
        this.severity = severity;
        this.legalBasis = "Decree 30/2020/NĐ-CP, " + basis;
        this.vietnameseTerm = vietnameseTerm;
        this.messageTemplate = messageTemplate;
    }

    /**
     * Returns the stable id, e.g. {@code ND30-SYMBOL-LEGACY-ABBREVIATION}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the severity of every finding of this rule.
     *
     * @return ERROR or WARNING
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the provision the rule comes from, e.g. "Decree 30/2020/NĐ-CP, Appendix I, II.3".
     *
     * @return the legal basis
     */
    public String legalBasis() {
        return legalBasis;
    }

    /**
     * Returns the Vietnamese term of the component the rule concerns, e.g. "Ký hiệu văn bản".
     *
     * @return the term with diacritics
     */
    public String vietnameseTerm() {
        return vietnameseTerm;
    }

    /**
     * Returns the English message template, with {@link String#format} placeholders.
     *
     * @return the template
     */
    public String messageTemplate() {
        return messageTemplate;
    }

    /**
     * Finds a rule by its id.
     *
     * @param id an id such as {@code ND30-BODY-EMPTY}
     * @return the rule
     * @throws IllegalArgumentException if no rule has that id
     */
    public static Rule ofId(String id) {
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("no rule has the id \"" + id + "\"");
    }

    Finding at(String pointer, Object... args) {
        return new Finding(this, pointer, String.format(Locale.ROOT, messageTemplate, args));
    }
}
