// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.docx;

import io.github.vanban.core.render.RenderException;
import io.github.vanban.core.io.AtomicFile;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.render.PageProfile;
import io.github.vanban.core.render.internal.LayoutGeometry;
import io.github.vanban.core.render.internal.TextMetrics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;

/**
 * Renders an {@link AdministrativeDocument} to DOCX laid out as Decree 30/2020/NĐ-CP, Appendix I
 * prescribes, for officials who edit and print letters in Word or LibreOffice.
 *
 * <p>Usage, e.g. from a command line tool:
 *
 * <pre>{@code
 * DocxRenderer renderer = DocxRenderer.create();
 * renderer.render(document, Path.of("cong-van.docx"));
 * }</pre>
 *
 * <p>The output is A4 with the margins, font sizes and spacing of the {@link PageProfile} (by
 * default nd30.md §2.4), Times New Roman in every font slot, language {@code vi-VN}. Every
 * component has its own named paragraph style, so an organisation can restyle its letters in
 * Word: "VB Quoc Hieu", "VB Tieu Ngu", "VB Co Quan Chu Quan", "VB Co Quan", "VB Duong Ke" (the
 * short rules), "VB So", "VB Trich Yeu Cong Van", "VB Dia Danh", "VB Dau" (stamps), "VB Ten Loai",
 * "VB Trich Yeu", "VB Kinh Gui", "VB Kinh Gui Dong", "VB Body", "VB Can Cu", "VB Dieu", "VB Tieu
 * De", "VB Tieu De Ten", "VB Muc", "VB Can Giua", "VB Bang Chu", "VB Noi Nhan", "VB Noi Nhan
 * Item", "VB Chuc Vu", "VB Khoang Ky" (room for signature and seal), "VB Ho Ten", "VB So Trang",
 * "VB Lien He", "VB Phu Luc", "VB Phu Luc Ten", "VB Phu Luc Kem Theo", "VB Sao"; table styles "VB
 * Bo Cuc" (borderless layout) and "VB Bang" (bordered body tables). Column widths, the authority size that fits its
 * column and the lengths of the rules come from the same shared decisions as the PDF renderer.
 *
 * <p>A file of appendices only ({@link AdministrativeDocument#appendicesOnly()}, form 2.2) holds
 * just the appendices, each in its own section that restarts page numbering, the first on page 1,
 * without the contact footer. Like every DOCX it has no signature field: the issuing body signs
 * the PDF at ô 14.
 *
 * <p>A number or date part that the records office assigns at issuance prints as blank space
 * wrapped in a bookmark, so that document software can fill it later. The bookmark names are the
 * names of the PDF renderer's form fields:
 *
 * <ul>
 *   <li>{@value #NUMBER_BOOKMARK}: the number before the slash in "Số:";
 *   <li>{@value #DAY_BOOKMARK}, {@value #MONTH_BOOKMARK}, {@value #YEAR_BOOKMARK}: the day, month
 *       and year of "ngày … tháng … năm …".
 * </ul>
 *
 * <p>The core document properties are: title = the subject (the type name when there is none),
 * creator = the issuing authority, created and modified = the instant of the renderer's {@link
 * Clock} truncated to seconds, language {@code vi-VN}. With a fixed clock the output is
 * deterministic.
 *
 * <p>Instances are immutable and thread-safe; every render builds its own package in memory and
 * writes no temporary file. The first render in a JVM pays for docx4j's JAXB context (seconds);
 * call {@link #warmUp()} from a background thread at start-up to pay it early, or, for a command
 * line tool, run with an AppCDS archive and {@code -XX:TieredStopAtLevel=1}.
 *
 * <p>docx4j writes a comment naming its own version and the JVM into {@code word/document.xml};
 * an application that does not want it sets {@code
 * docx4j.jaxb.marshal.suppressVersionComment=true} in its {@code docx4j.properties}. The library
 * ships no such file, so as not to shadow the application's.
 */
public final class DocxRenderer {
    /** Name of the bookmark around an unassigned number. */
    public static final String NUMBER_BOOKMARK = DocumentComposer.NUMBER_BOOKMARK;

    /** Name of the bookmark around an unassigned day of the date of issue. */
    public static final String DAY_BOOKMARK = DocumentComposer.DAY_BOOKMARK;

    /** Name of the bookmark around an unassigned month of the date of issue. */
    public static final String MONTH_BOOKMARK = DocumentComposer.MONTH_BOOKMARK;

    /** Name of the bookmark around an unassigned year of the date of issue. */
    public static final String YEAR_BOOKMARK = DocumentComposer.YEAR_BOOKMARK;

    private static final String NS_CORE =
            "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                    + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

    private static final String SETTINGS = "<w:settings " + Wml.NAMESPACES + ">"
            + "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\""
            + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"vi-VN\"/></w:settings>";

    private final PageProfile profile;
    private final Clock clock;
    private final TextMetrics metrics;
    private final LayoutGeometry geometry;
    private final String styles;

    private DocxRenderer(PageProfile profile, Clock clock) {
        this.profile = profile;
        this.clock = clock;
        this.metrics = TextMetrics.liberationSerif();
        this.geometry = new LayoutGeometry(profile, metrics);
        this.styles = DocxStyles.xml(profile);
    }

    /**
     * Returns a renderer with the default profile and the system clock in Vietnam's time zone.
     *
     * @return a renderer
     */
    public static DocxRenderer create() {
        return builder().build();
    }

    /**
     * Returns a builder for a renderer with another profile or clock.
     *
     * @return a builder starting from the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the profile this renderer lays pages out with.
     *
     * @return the profile
     */
    public PageProfile profile() {
        return profile;
    }

    /**
     * Returns the clock that dates the document properties.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Pays the first-render costs early: loads docx4j's JAXB context (2–6 s on a small machine)
     * and renders a small throw-away document, so that the classes for reading and writing every
     * part are loaded. Call it from a background thread at application start-up; safe to call from
     * any thread, any number of times.
     */
    public static void warmUp() {
        Context.getWmlObjectFactory();
        create().render(AdministrativeDocument.builder()
                .type(DocumentType.CONG_VAN)
                .issuingAuthority("VANBAN")
                .number(DocumentNumber.unassigned("VB"))
                .body(List.of(new BodyBlock.Paragraph("Khởi động.")))
                .signer(SignatureBlock.head("Giám đốc", "Văn Bản"))
                .appendices(List.of(new Appendix(Optional.empty(), Optional.empty(), List.of())))
                .build());
    }

    /**
     * Renders the document to DOCX bytes.
     *
     * @param document the document
     * @return the bytes of the {@code .docx} package
     * @throws RenderException if a text has a character Times New Roman lacks (the message
     *     names the component), or if docx4j fails to build or write the package
     */
    public byte[] render(AdministrativeDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        render(document, out);
        return out.toByteArray();
    }

    /**
     * Renders the document to a stream, which is left open.
     *
     * @param document the document
     * @param out the stream to write the {@code .docx} package to; not closed
     * @throws UncheckedIOException if writing fails
     * @throws RenderException if docx4j fails to build the package
     */
    public void render(AdministrativeDocument document, OutputStream out) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        WordprocessingMLPackage pkg = build(document);
        try {
            pkg.save(new NonClosingOutputStream(out));
        } catch (Docx4JException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("cannot write the DOCX of \"" + title(document) + "\"", io);
            }
            throw new RenderException("cannot write the DOCX of \"" + title(document) + "\"", e);
        }
    }

    /**
     * Renders the document to a file, replacing it atomically: nothing is written unless the
     * whole DOCX was rendered, and a reader never sees a half-written file.
     *
     * @param document the document
     * @param file the {@code .docx} file to write
     * @throws UncheckedIOException if the file cannot be written
     */
    public void render(AdministrativeDocument document, Path file) {
        Objects.requireNonNull(file, "file");
        // Rendered whole before anything is written, then moved into place: a failure leaves an
        // existing file as it was, never truncated.
        AtomicFile.write(file, render(document));
    }

    private WordprocessingMLPackage build(AdministrativeDocument document) {
        DocumentComposer composer = new DocumentComposer(document, profile, metrics, geometry);
        try {
            // Built part by part rather than with createPackage, which parses docx4j's default
            // styles only for us to replace them (about half a second of the first render).
            WordprocessingMLPackage pkg = new WordprocessingMLPackage();
            MainDocumentPart main = new MainDocumentPart();
            pkg.addTargetPart(main);
            StyleDefinitionsPart stylesPart = new StyleDefinitionsPart();
            setXml(stylesPart, styles);
            main.addTargetPart(stylesPart);
            DocumentSettingsPart settings = new DocumentSettingsPart();
            setXml(settings, SETTINGS);
            main.addTargetPart(settings);

            String headerFirst = addHeader(main, 1, DocumentComposer.emptyHeader());
            String headerDefault = addHeader(main, 2, DocumentComposer.headerWithPageNumber());
            String footerEmpty = addFooter(main, 1, DocumentComposer.emptyFooter());
            // ô 13 belongs to page 1 of the main document, which a file of appendices only omits.
            Optional<String> footerContact = document.contact().isEmpty() || document.appendicesOnly()
                    ? Optional.empty()
                    : Optional.of(addFooter(main, 2, composer.contactFooter()));
            setXml(main, composer.document(
                    new DocumentComposer.PartIds(headerFirst, headerDefault, footerEmpty, footerContact)));
            DocPropsCorePart core = new DocPropsCorePart();
            core.setJaxbElement((org.docx4j.docProps.core.CoreProperties)
                    XmlUtils.unmarshalString(coreProperties(document), Context.jcDocPropsCore));
            pkg.addTargetPart(core);
            return pkg;
        } catch (InvalidFormatException | jakarta.xml.bind.JAXBException e) {
            throw new RenderException("cannot build the DOCX of \"" + title(document) + "\"", e);
        }
    }

    private static String addHeader(MainDocumentPart main, int n, String xml)
            throws InvalidFormatException, jakarta.xml.bind.JAXBException {
        HeaderPart part = new HeaderPart(new PartName("/word/header" + n + ".xml"));
        setXml(part, xml);
        return main.addTargetPart(part).getId();
    }

    private static String addFooter(MainDocumentPart main, int n, String xml)
            throws InvalidFormatException, jakarta.xml.bind.JAXBException {
        FooterPart part = new FooterPart(new PartName("/word/footer" + n + ".xml"));
        setXml(part, xml);
        return main.addTargetPart(part).getId();
    }

    @SuppressWarnings("unchecked")
    private static <E> void setXml(JaxbXmlPart<E> part, String xml) throws jakarta.xml.bind.JAXBException {
        part.setJaxbElement((E) XmlUtils.unwrap(XmlUtils.unmarshalString(xml)));
    }

    private String coreProperties(AdministrativeDocument document) {
        String now = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return "<cp:coreProperties " + NS_CORE + "><dc:title>" + Wml.escape(title(document)) + "</dc:title>"
                + "<dc:creator>" + Wml.escape(document.issuingAuthority()) + "</dc:creator>"
                + "<cp:lastModifiedBy>" + Wml.escape(document.issuingAuthority()) + "</cp:lastModifiedBy>"
                + "<dc:language>vi-VN</dc:language>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + now + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + now + "</dcterms:modified>"
                + "</cp:coreProperties>";
    }

    private static String title(AdministrativeDocument document) {
        return document.subject().orElse(document.type().label());
    }

    /** Builds a {@link DocxRenderer}; a single-thread scratch object. */
    public static final class Builder {
        private PageProfile profile = PageProfile.defaults();
        private Clock clock = Clock.system(IssueDate.ZONE);

        private Builder() {}

        /**
         * Sets the page profile; {@link PageProfile#defaults()} when unset.
         *
         * @param profile the profile
         * @return this builder
         */
        public Builder profile(PageProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Sets the clock that dates the document properties; the system clock in
         * Asia/Ho_Chi_Minh when unset. Use a fixed clock for reproducible output.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @return the immutable renderer
         */
        public DocxRenderer build() {
            return new DocxRenderer(profile, clock);
        }
    }

    /** Keeps docx4j from closing the caller's stream. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
