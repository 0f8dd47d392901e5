// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docx4j.XmlUtils;
import org.docx4j.model.structure.SectionWrapper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SectPr;
import org.jspecify.annotations.Nullable;

/**
 * Which of a template's header and footer parts go where in a rendered document, decided once
 * from the template's first section (see {@link Letterhead} for the rules), and the work of
 * putting copies of them there.
 */
final class HeaderFooterPlan {
    /** A place in the rendered document a template part can take. */
    enum Slot {
        /** Page 1 of the main section. */
        FIRST_HEADER(true),
        FIRST_FOOTER(false),
        /** Pages 2 onwards of every section (odd pages when even/odd differ). */
        LATER_HEADER(true),
        LATER_FOOTER(false),
        /** Even pages, only when the template turns on different odd and even pages. */
        EVEN_HEADER(true),
        EVEN_FOOTER(false);

        final boolean header;

        Slot(boolean header) {
            this.header = header;
        }
    }

    private final Map<Slot, JaxbXmlPart<?>> parts;
    private final List<String> warnings;

    private HeaderFooterPlan(Map<Slot, JaxbXmlPart<?>> parts, List<String> warnings) {
        this.parts = parts;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Plans a template: which of its parts goes where.
     *
     * @throws TemplateException if page 1 would show a page number
     */
    static HeaderFooterPlan of(WordprocessingMLPackage template, String source) {
        MainDocumentPart main = template.getMainDocumentPart();
        List<String> warnings = new ArrayList<>();
        Map<Slot, JaxbXmlPart<?>> parts = new EnumMap<>(Slot.class);
        List<SectionWrapper> sections = template.getDocumentModel().getSections();
        SectPr sectPr = sections.isEmpty() ? null : sections.get(0).getSectPr();
        if (sections.size() > 1) {
            warnings.add(source + ": the template has " + sections.size()
                    + " sections; only the headers and footers of the first are used");
        }
        if (sectPr != null && main.getRelationshipsPart() != null) {
            Map<HdrFtrRef, JaxbXmlPart<?>> headers = new EnumMap<>(HdrFtrRef.class);
            Map<HdrFtrRef, JaxbXmlPart<?>> footers = new EnumMap<>(HdrFtrRef.class);
            for (CTRel ref : sectPr.getEGHdrFtrReferences()) {
                Part part = main.getRelationshipsPart().getPart(ref.getId());
                if (ref instanceof HeaderReference h && part instanceof HeaderPart hp) {
                    headers.put(typeOf(h.getType()), hp);
                } else if (ref instanceof FooterReference f && part instanceof FooterPart fp) {
                    footers.put(typeOf(f.getType()), fp);
                }
            }
            boolean titlePage = isOn(sectPr.getTitlePg());
            put(parts, Slot.LATER_HEADER, headers.get(HdrFtrRef.DEFAULT));
            put(parts, Slot.LATER_FOOTER, footers.get(HdrFtrRef.DEFAULT));
            firstPage(parts, Slot.FIRST_HEADER, titlePage, headers, source, warnings);
            firstPage(parts, Slot.FIRST_FOOTER, titlePage, footers, source, warnings);
            DocumentSettingsPart settings = main.getDocumentSettingsPart();
            if (settings != null && isOn(settings.getJaxbElement().getEvenAndOddHeaders())) {
                put(parts, Slot.EVEN_HEADER, headers.get(HdrFtrRef.EVEN));
                put(parts, Slot.EVEN_FOOTER, footers.get(HdrFtrRef.EVEN));
            }
        }
        return new HeaderFooterPlan(parts, warnings);
    }

    /**
     * Checks the content controls of the parts this plan uses and of the template's body; called
     * once, when the letterhead is read, since it fills a copy of each part.
     *
     * @param template the template the plan was made from
     * @param source the template's name, for messages
     * @return the warnings: unknown tags, contact lines after page 1, page numbers in footers,
     *     tagged controls in the body
     * @throws TemplateException if a known control cannot be filled
     */
    List<String> inspect(WordprocessingMLPackage template, String source) {
        List<String> found = new ArrayList<>();
        Set<JaxbXmlPart<?>> later = new HashSet<>();
        for (Slot slot : List.of(Slot.LATER_HEADER, Slot.LATER_FOOTER, Slot.EVEN_HEADER, Slot.EVEN_FOOTER)) {
            if (parts.containsKey(slot)) {
                later.add(parts.get(slot));
            }
        }
        for (JaxbXmlPart<?> part : new LinkedHashSet<>(parts.values())) {
            String where = source + "!" + TemplatePackage.name(part);
            if (part instanceof FooterPart && TemplatePackage.hasPageField(part.getJaxbElement())) {
                found.add(where + ": the footer shows a page number; Decree 30 puts page numbers"
                        + " centred in the top margin from page 2 (nd30.md §2.1), as the header does");
            }
            ContentControls.checkFilling(part.getJaxbElement(), where);
            for (ContentControls.Control c : ContentControls.find(part.getJaxbElement(), where)) {
                if (c.known().isEmpty()) {
                    found.add(where + ": content control tag \"" + c.tag()
                            + "\" is not a letterhead tag; left as it is");
                } else if (c.known().get() == LetterheadTag.CONTACT && later.contains(part)) {
                    found.add(where + ": \"" + c.tag() + "\" is on pages after the first, but Decree 30"
                            + " prints the contact line on page 1 only (nd30.md §9.5); put it in a first-page footer");
                }
            }
        }
        bodyControls(template.getMainDocumentPart(), source, found);
        return found;
    }

    private static void firstPage(Map<Slot, JaxbXmlPart<?>> parts, Slot slot, boolean titlePage,
            Map<HdrFtrRef, JaxbXmlPart<?>> refs, String source, List<String> warnings) {
        String what = slot.header ? "header" : "footer";
        if (titlePage) {
            JaxbXmlPart<?> first = refs.get(HdrFtrRef.FIRST);
            if (first != null && TemplatePackage.hasPageField(first.getJaxbElement())) {
                throw new TemplateException(source + "!" + TemplatePackage.name(first) + ": the first-page " + what
                        + " shows a page number; Decree 30 shows none on page 1 (nd30.md §2.1)");
            }
            put(parts, slot, first);
            return;
        }
        JaxbXmlPart<?> other = refs.get(HdrFtrRef.DEFAULT);
        if (other != null && TemplatePackage.hasPageField(other.getJaxbElement())) {
            warnings.add(source + "!" + TemplatePackage.name(other) + ": the " + what
                    + " shows a page number, so it is left off page 1, which Decree 30 does not number"
                    + " (nd30.md §2.1); give the template a different first page to choose page 1's " + what);
            return;
        }
        put(parts, slot, other);
    }

    private static void bodyControls(MainDocumentPart main, String source, List<String> warnings) {
        String where = source + "!" + TemplatePackage.name(main);
        List<String> tags = new ArrayList<>();
        TemplatePackage.walk(main.getJaxbElement().getBody(), (node, parent) -> {
            if (XmlUtils.unwrap(node) instanceof SdtElement sdt && sdt.getSdtPr() != null
                    && sdt.getSdtPr().getTag() != null) {
                tags.add(sdt.getSdtPr().getTag().getVal());
            }
        });
        for (String tag : tags) {
            warnings.add(where + ": content control \"" + tag
                    + "\" is in the template's body, which is not used (the renderer writes the body)");
        }
    }

    private static void put(Map<Slot, JaxbXmlPart<?>> parts, Slot slot, @Nullable JaxbXmlPart<?> part) {
        if (part != null) {
            parts.put(slot, part);
        }
    }

    /** Some writers leave out the required {@code w:type}; Word then takes the default part. */
    private static HdrFtrRef typeOf(@Nullable HdrFtrRef type) {
        return type == null ? HdrFtrRef.DEFAULT : type;
    }

    private static boolean isOn(@Nullable BooleanDefaultTrue flag) {
        return flag != null && flag.isVal();
    }

    /** Tells whether the template has no header or footer to carry over. */
    boolean isEmpty() {
        return parts.isEmpty();
    }

    /** What the template's parts leave out or leave as they are. */
    List<String> warnings() {
        return warnings;
    }

    /**
     * Puts filled copies of the planned parts into a rendered document's sections and removes the
     * renderer's parts no section uses any more.
     *
     * @param out the rendered document, changed in place
     * @param values the lines of each tag
     * @param source the template, for messages
     */
    void apply(WordprocessingMLPackage out, Map<LetterheadTag, List<String>> values, String source) {
        if (parts.isEmpty()) {
            return;
        }
        MainDocumentPart main = out.getMainDocumentPart();
        List<SectionWrapper> sections = out.getDocumentModel().getSections();
        if (sections.isEmpty() || sections.get(0).getSectPr() == null) {
            throw new TemplateException("the rendered DOCX has no section properties; is it from DocxRenderer?");
        }
        List<Object> pageNumber = pageNumberParagraphs(main, sections.get(0).getSectPr());
        Map<Slot, String> ids = new EnumMap<>(Slot.class);
        long[] drawingId = {TemplatePackage.maxDrawingId(main.getJaxbElement())};
        for (Map.Entry<Slot, JaxbXmlPart<?>> e : parts.entrySet()) {
            JaxbXmlPart<?> copy = TemplatePackage.copyHeaderFooter(e.getValue(), out, source);
            // A template part can serve two slots: Word wants every drawing id once per document.
            TemplatePackage.renumberDrawings(copy.getJaxbElement(), drawingId);
            String where = source + "!" + TemplatePackage.name(e.getValue());
            ContentControls.fill(ContentControls.find(copy.getJaxbElement(), where), values);
            Slot slot = e.getKey();
            if ((slot == Slot.LATER_HEADER || slot == Slot.EVEN_HEADER)
                    && !TemplatePackage.hasPageField(copy.getJaxbElement())) {
                // Decree 30 numbers pages 2 onwards, centred in the top margin: the renderer's
                // number goes first, where the margin has room for it, the template's content after.
                ((ContentAccessor) copy.getJaxbElement()).getContent()
                        .addAll(0, pageNumber.stream().map(XmlUtils::deepCopy).toList());
            }
            ids.put(slot, main.getRelationshipsPart().getRel(copy.getPartName()).getId());
        }
        boolean evenPages = ids.containsKey(Slot.EVEN_HEADER) || ids.containsKey(Slot.EVEN_FOOTER);
        for (int i = 0; i < sections.size(); i++) {
            SectPr sectPr = sections.get(i).getSectPr();
            if (sectPr == null) {
                continue;
            }
            if (i == 0) {
                setRef(sectPr, true, HdrFtrRef.FIRST, ids.get(Slot.FIRST_HEADER));
                setRef(sectPr, false, HdrFtrRef.FIRST, ids.get(Slot.FIRST_FOOTER));
            }
            setRef(sectPr, true, HdrFtrRef.DEFAULT, ids.get(Slot.LATER_HEADER));
            setRef(sectPr, false, HdrFtrRef.DEFAULT, ids.get(Slot.LATER_FOOTER));
            if (evenPages) {
                setRef(sectPr, true, HdrFtrRef.EVEN, ids.getOrDefault(Slot.EVEN_HEADER,
                        refId(sectPr, true, HdrFtrRef.DEFAULT)));
                setRef(sectPr, false, HdrFtrRef.EVEN, ids.getOrDefault(Slot.EVEN_FOOTER,
                        refId(sectPr, false, HdrFtrRef.DEFAULT)));
            }
        }
        if (evenPages) {
            main.getDocumentSettingsPart().getJaxbElement().setEvenAndOddHeaders(new BooleanDefaultTrue());
        }
        removeUnused(main, sections);
    }

    /**
     * The paragraphs with the PAGE field in the renderer's page-number header (the main section's
     * default one); only those, so that a DOCX that already has a letterhead does not pass its
     * header content on.
     */
    private static List<Object> pageNumberParagraphs(MainDocumentPart main, SectPr sectPr) {
        String id = refId(sectPr, true, HdrFtrRef.DEFAULT);
        if (id != null && main.getRelationshipsPart().getPart(id) instanceof HeaderPart header) {
            return header.getJaxbElement().getContent().stream().filter(TemplatePackage::hasPageField).toList();
        }
        return List.of();
    }

    private static @Nullable String refId(SectPr sectPr, boolean header, HdrFtrRef type) {
        for (CTRel ref : sectPr.getEGHdrFtrReferences()) {
            if (header && ref instanceof HeaderReference h && h.getType() == type
                    || !header && ref instanceof FooterReference f && f.getType() == type) {
                return ref.getId();
            }
        }
        return null;
    }

    private static void setRef(SectPr sectPr, boolean header, HdrFtrRef type, @Nullable String id) {
        if (id == null) {
            return;
        }
        for (CTRel ref : sectPr.getEGHdrFtrReferences()) {
            if (header && ref instanceof HeaderReference h && h.getType() == type
                    || !header && ref instanceof FooterReference f && f.getType() == type) {
                ref.setId(id);
                return;
            }
        }
        CTRel ref;
        if (header) {
            HeaderReference h = new HeaderReference();
            h.setType(type);
            ref = h;
        } else {
            FooterReference f = new FooterReference();
            f.setType(type);
            ref = f;
        }
        ref.setId(id);
        ref.setParent(sectPr);
        sectPr.getEGHdrFtrReferences().add(ref);
    }

    private static void removeUnused(MainDocumentPart main, List<SectionWrapper> sections) {
        Set<String> used = new HashSet<>();
        for (SectionWrapper s : sections) {
            if (s.getSectPr() != null) {
                s.getSectPr().getEGHdrFtrReferences().forEach(r -> used.add(r.getId()));
            }
        }
        RelationshipsPart rels = main.getRelationshipsPart();
        for (Relationship r : List.copyOf(rels.getRelationships().getRelationship())) {
            boolean headerOrFooter = Namespaces.HEADER.equals(r.getType()) || Namespaces.FOOTER.equals(r.getType());
            Part part = headerOrFooter && !used.contains(r.getId()) ? rels.getPart(r) : null;
            if (part != null) {
                rels.removePart(part.getPartName());
            }
        }
    }
}
