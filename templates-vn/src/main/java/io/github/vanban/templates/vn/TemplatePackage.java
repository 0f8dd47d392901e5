// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.docx4j.TraversalUtil;
import org.docx4j.XmlUtils;
import org.docx4j.com.microsoft.schemas.office.word.x2010.wordprocessingShape.CTTextboxInfo;
import org.docx4j.com.microsoft.schemas.office.word.x2010.wordprocessingShape.CTWordprocessingShape;
import org.docx4j.dml.CTNonVisualDrawingProps;
import org.docx4j.dml.Graphic;
import org.docx4j.dml.wordprocessingDrawing.Anchor;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.openpackaging.contenttype.ContentType;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.OpcPackage;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.Text;
import org.jspecify.annotations.Nullable;

/**
 * The docx4j work of {@link Letterhead}: loading and saving packages with errors that name the
 * file, walking WordprocessingML trees, finding page-number fields and copying header and footer
 * parts, with the images they refer to, from one package into another.
 */
final class TemplatePackage {
    /** A PAGE field instruction; not NUMPAGES, PAGEREF or SECTIONPAGES. */
    private static final Pattern PAGE_FIELD = Pattern.compile("(^|\\s)PAGE(\\s|\\\\|$)");

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private TemplatePackage() {}

    /**
     * Loads a DOCX.
     *
     * @param bytes the package
     * @param what the file name or a description, for messages
     * @throws TemplateException if the bytes are not a WordprocessingML package
     */
    static WordprocessingMLPackage load(byte[] bytes, String what) {
        if (bytes.length < ZIP_MAGIC.length || !Arrays.equals(bytes, 0, 4, ZIP_MAGIC, 0, 4)) {
            throw new TemplateException(what + " is not a DOCX (not a ZIP file)");
        }
        OpcPackage pkg;
        try {
            pkg = OpcPackage.load(new ByteArrayInputStream(bytes));
        } catch (Docx4JException | RuntimeException e) {
            throw new TemplateException(what + " is not a DOCX: " + e.getMessage(), e);
        }
        if (!(pkg instanceof WordprocessingMLPackage wml) || wml.getMainDocumentPart() == null) {
            throw new TemplateException(what + ": no main document part (word/document.xml); is it a DOCX?");
        }
        return wml;
    }

    /** Saves a package to bytes. */
    static byte[] save(WordprocessingMLPackage pkg, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            pkg.save(out);
        } catch (Docx4JException e) {
            throw new TemplateException("cannot write " + what, e);
        }
        return out.toByteArray();
    }

    /** The part's name without the leading slash, as in the ZIP: {@code word/footer1.xml}. */
    static String name(Part part) {
        return part.getPartName().getName().substring(1);
    }

    /**
     * Visits every node below {@code root}, content controls included, depth first; the visitor
     * gets each node (unwrapped) and its parent.
     */
    static void walk(Object root, BiConsumer<Object, Object> visitor) {
        for (Object child : new ArrayList<>(children(root))) {
            Object node = XmlUtils.unwrap(child);
            visitor.accept(child instanceof JAXBElement<?> ? child : node, root);
            walk(node, visitor);
        }
    }

    /**
     * The live content list of a node, or its children as docx4j's traversal sees them. Drawings
     * are opened by hand down to a text box's content, because docx4j's traversal hands out a copy
     * of that list, in which a filled control would be lost.
     */
    static List<Object> children(Object node) {
        if (node instanceof SdtElement sdt) {
            return sdt.getSdtContent() == null ? List.of() : sdt.getSdtContent().getContent();
        }
        if (node instanceof ContentAccessor ca) {
            return ca.getContent();
        }
        if (node instanceof Anchor anchor) {
            return graphicData(anchor.getGraphic());
        }
        if (node instanceof Inline inline) {
            return graphicData(inline.getGraphic());
        }
        if (node instanceof CTWordprocessingShape shape) {
            CTTextboxInfo box = shape.getTxbx();
            return box == null || box.getTxbxContent() == null ? List.of() : List.of(box.getTxbxContent());
        }
        List<Object> children = TraversalUtil.getChildrenImpl(node);
        return children == null ? List.of() : children;
    }

    private static List<Object> graphicData(@Nullable Graphic graphic) {
        return graphic == null || graphic.getGraphicData() == null ? List.of() : graphic.getGraphicData().getAny();
    }

    /** Tells whether a header or footer shows the page number (a PAGE field, simple or complex). */
    static boolean hasPageField(Object root) {
        boolean[] found = {false};
        walk(root, (node, parent) -> {
            String instr = null;
            if (node instanceof JAXBElement<?> e && "instrText".equals(e.getName().getLocalPart())
                    && e.getValue() instanceof Text t) {
                instr = t.getValue();
            } else if (XmlUtils.unwrap(node) instanceof CTSimpleField f) {
                instr = f.getInstr();
            }
            if (instr != null && PAGE_FIELD.matcher(instr.trim()).find()) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** The largest drawing id ({@code wp:docPr/@id}) below {@code root}, 0 when none. */
    static long maxDrawingId(Object root) {
        long[] max = {0};
        walk(root, (node, parent) -> drawingProperties(node).ifPresent(p -> max[0] = Math.max(max[0], p.getId())));
        return max[0];
    }

    /** Gives every drawing below {@code root} the next id after {@code last[0]}. */
    static void renumberDrawings(Object root, long[] last) {
        walk(root, (node, parent) -> drawingProperties(node).ifPresent(p -> p.setId(++last[0])));
    }

    private static Optional<CTNonVisualDrawingProps> drawingProperties(Object node) {
        Object n = XmlUtils.unwrap(node);
        if (n instanceof Inline inline) {
            return Optional.ofNullable(inline.getDocPr());
        }
        if (n instanceof Anchor anchor) {
            return Optional.ofNullable(anchor.getDocPr());
        }
        return Optional.empty();
    }

    /**
     * Copies a header or footer part into the main document part of another package, with deep
     * copies of its content and of the images and other binary parts it refers to (under the
     * same relationship ids, so that its {@code r:embed} references hold); external targets
     * (hyperlinks) keep their addresses.
     *
     * @return the new part, a target of the main document part
     * @throws TemplateException if the part refers to an XML part (a chart, a diagram)
     */
    static JaxbXmlPart<?> copyHeaderFooter(JaxbXmlPart<?> source, WordprocessingMLPackage target, String what) {
        try {
            JaxbXmlPart<?> copy = source instanceof HeaderPart
                    ? new HeaderPart(new PartName("/word/header.xml"))
                    : new FooterPart(new PartName("/word/footer.xml"));
            setContent(copy, XmlUtils.deepCopy(source.getJaxbElement()));
            target.getMainDocumentPart().addTargetPart(copy,
                    RelationshipsPart.AddPartBehaviour.RENAME_IF_NAME_EXISTS);
            RelationshipsPart rels = source.getRelationshipsPart(false);
            if (rels != null) {
                for (Relationship r : rels.getRelationships().getRelationship()) {
                    if ("External".equals(r.getTargetMode())) {
                        Relationship external = new org.docx4j.relationships.ObjectFactory().createRelationship();
                        external.setId(r.getId());
                        external.setType(r.getType());
                        external.setTarget(r.getTarget());
                        external.setTargetMode(r.getTargetMode());
                        copy.getRelationshipsPart(true).addRelationship(external);
                        continue;
                    }
                    Part referred = rels.getPart(r);
                    if (!(referred instanceof BinaryPart binary)) {
                        throw new TemplateException(what + "!" + name(source) + ": refers to "
                                + (referred == null ? r.getTarget() : name(referred))
                                + ", which a letterhead cannot carry; only images and other binary parts can be");
                    }
                    BinaryPart image = new BinaryPart(new PartName(binary.getPartName().getName()));
                    image.setBinaryData(binary.getBytes());
                    image.setContentType(new ContentType(binary.getContentType()));
                    image.setRelationshipType(binary.getRelationshipType());
                    copy.addTargetPart(image, RelationshipsPart.AddPartBehaviour.RENAME_IF_NAME_EXISTS, r.getId());
                }
            }
            return copy;
        } catch (InvalidFormatException e) {
            throw new TemplateException(what + "!" + name(source) + ": cannot copy the part: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E> void setContent(JaxbXmlPart<E> part, Object content) {
        part.setJaxbElement((E) content);
    }
}
