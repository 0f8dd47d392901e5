// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.wml.CTSdtCell;
import org.docx4j.wml.CTSdtComboBox;
import org.docx4j.wml.CTSdtDate;
import org.docx4j.wml.CTSdtDocPart;
import org.docx4j.wml.CTSdtDropDownList;
import org.docx4j.wml.CTSdtRow;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SdtPr;
import org.docx4j.wml.SdtRun;
import org.docx4j.wml.Text;
import org.jspecify.annotations.Nullable;

/**
 * Finds the tagged content controls ({@code w:sdt}) of a header, footer or body and replaces
 * those with a {@link LetterheadTag} by plain runs or paragraphs of the document's text, so that
 * Word, LibreOffice, PDF converters and text extraction all see ordinary text. Controls with
 * other tags are left as they are.
 */
final class ContentControls {
    /** Word's character style for a control's prompt text ("Click or tap here to enter text."). */
    private static final String PLACEHOLDER_STYLE = "PlaceholderText";

    /** A content control's tag in marshalled WordprocessingML. */
    private static final Pattern TAG = Pattern.compile("<w:tag w:val=\"([^\"]*)\"");

    private ContentControls() {}

    /** A tagged content control and the content list that holds it. */
    record Control(SdtElement sdt, List<Object> siblings, String tag, Optional<LetterheadTag> known) {}

    /**
     * Returns the tagged controls below {@code root}, outermost first; a known control's content
     * is not searched, since filling replaces it.
     *
     * @throws TemplateException if a known tag is on a control that cannot hold text: a picture,
     *     date, list or gallery control, or one around table cells or rows
     */
    static List<Control> find(Object root, String where) {
        List<Control> found = new ArrayList<>();
        collect(root, where, found);
        return found;
    }

    /**
     * Checks that filling reaches every known control below {@code root}: fills a copy and looks
     * in its XML for known tags left over, which sit where docx4j's traversal does not reach or
     * hands out no live content list (a drawing group, an unusual shape).
     *
     * @throws TemplateException naming the first control that would keep its prompt
     */
    static void checkFilling(Object root, String where) {
        Object copy = XmlUtils.deepCopy(root);
        Map<LetterheadTag, List<String>> sample = new EnumMap<>(LetterheadTag.class);
        for (LetterheadTag tag : LetterheadTag.values()) {
            sample.put(tag, List.of(tag.tag()));
        }
        fill(find(copy, where), sample);
        Matcher tags = TAG.matcher(XmlUtils.marshaltoString(copy, true, false));
        while (tags.find()) {
            if (LetterheadTag.of(tags.group(1)).isPresent()) {
                throw new TemplateException(where + ": content control \"" + tags.group(1) + "\" is inside a"
                        + " drawing that cannot be filled; put it in a paragraph or a simple text box");
            }
        }
    }

    private static void collect(Object node, String where, List<Control> found) {
        List<Object> children = TemplatePackage.children(node);
        for (Object child : new ArrayList<>(children)) {
            Object n = XmlUtils.unwrap(child);
            if (n instanceof SdtElement sdt) {
                String tag = tag(sdt);
                if (tag != null) {
                    Optional<LetterheadTag> known = LetterheadTag.of(tag);
                    if (known.isPresent()) {
                        checkFillable(sdt, tag, where);
                        found.add(new Control(sdt, children, tag, known));
                        continue;
                    }
                    found.add(new Control(sdt, children, tag, Optional.empty()));
                }
            }
            collect(n, where, found);
        }
    }

    private static @Nullable String tag(SdtElement sdt) {
        SdtPr pr = sdt.getSdtPr();
        return pr == null || pr.getTag() == null ? null : pr.getTag().getVal();
    }

    private static void checkFillable(SdtElement sdt, String tag, String where) {
        String shape = null;
        if (sdt instanceof CTSdtCell || sdt instanceof CTSdtRow) {
            shape = "around table cells or rows";
        } else if (!(sdt instanceof SdtRun) && !(sdt instanceof SdtBlock)) {
            shape = "of an unsupported kind (" + sdt.getClass().getSimpleName() + ")";
        } else if (sdt.getSdtPr() != null) {
            for (Object o : sdt.getSdtPr().getRPrOrAliasOrLock()) {
                Object v = XmlUtils.unwrap(o);
                if (v instanceof SdtPr.Picture) {
                    shape = "a picture control";
                } else if (v instanceof CTSdtDate) {
                    shape = "a date picker";
                } else if (v instanceof CTSdtComboBox || v instanceof CTSdtDropDownList) {
                    shape = "a list control";
                } else if (v instanceof CTSdtDocPart) {
                    shape = "a building-block gallery";
                } else if (v instanceof SdtPr.Group) {
                    shape = "a group control";
                } else if (v instanceof SdtPr.Equation || v instanceof SdtPr.Citation
                        || v instanceof SdtPr.Bibliography) {
                    shape = "an equation, citation or bibliography control";
                } else if (v instanceof org.w3c.dom.Element e && "checkbox".equals(e.getLocalName())) {
                    shape = "a check box";
                }
            }
        }
        if (shape != null) {
            throw new TemplateException(where + ": content control \"" + tag + "\" is " + shape
                    + "; only plain-text and rich-text controls can be filled");
        }
    }

    /**
     * Replaces each known control by the lines of its tag; unknown controls stay.
     *
     * @param controls the controls from {@link #find}
     * @param values the lines per tag
     */
    static void fill(List<Control> controls, Map<LetterheadTag, List<String>> values) {
        ObjectFactory wml = Context.getWmlObjectFactory();
        for (Control c : controls) {
            if (c.known().isEmpty()) {
                continue;
            }
            List<String> lines = values.get(c.known().get());
            List<Object> siblings = c.siblings();
            int at = indexOf(siblings, c.sdt());
            if (at < 0) {
                continue; // inside a control filled before
            }
            RPr rPr = firstRunProperties(c.sdt());
            List<Object> replacement = new ArrayList<>();
            if (c.sdt() instanceof SdtRun) {
                replacement.add(run(wml, rPr, lines));
            } else {
                PPr pPr = firstParagraphProperties(c.sdt());
                for (String line : lines.isEmpty() ? List.of("") : lines) {
                    P p = wml.createP();
                    p.setPPr(pPr == null ? null : XmlUtils.deepCopy(pPr));
                    if (!line.isEmpty()) {
                        p.getContent().add(run(wml, rPr, List.of(line)));
                    }
                    replacement.add(p);
                }
            }
            siblings.remove(at);
            siblings.addAll(at, replacement);
        }
    }

    private static int indexOf(List<Object> siblings, Object sdt) {
        for (int i = 0; i < siblings.size(); i++) {
            if (XmlUtils.unwrap(siblings.get(i)) == sdt) {
                return i;
            }
        }
        return -1;
    }

    private static R run(ObjectFactory wml, @Nullable RPr rPr, List<String> lines) {
        R r = wml.createR();
        r.setRPr(rPr == null ? null : XmlUtils.deepCopy(rPr));
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                r.getContent().add(wml.createBr());
            }
            Text t = wml.createText();
            t.setValue(lines.get(i));
            t.setSpace("preserve");
            r.getContent().add(wml.createRT(t));
        }
        return r;
    }

    /** The formatting of the control's first run, without Word's prompt-text style. */
    private static @Nullable RPr firstRunProperties(SdtElement sdt) {
        @Nullable RPr[] found = {null};
        TemplatePackage.walk(sdt, (node, parent) -> {
            if (found[0] == null && XmlUtils.unwrap(node) instanceof R r && r.getRPr() != null) {
                found[0] = XmlUtils.deepCopy(r.getRPr());
            }
        });
        RPr rPr = found[0];
        if (rPr == null && sdt.getSdtPr() != null) {
            rPr = sdt.getSdtPr().getRPrOrAliasOrLock().stream().map(XmlUtils::unwrap)
                    .filter(RPr.class::isInstance).map(RPr.class::cast).findFirst()
                    .map(XmlUtils::deepCopy).orElse(null);
        }
        if (rPr != null && rPr.getRStyle() != null && PLACEHOLDER_STYLE.equals(rPr.getRStyle().getVal())) {
            rPr.setRStyle(null);
        }
        return rPr;
    }

    private static @Nullable PPr firstParagraphProperties(SdtElement sdt) {
        @Nullable PPr[] found = {null};
        TemplatePackage.walk(sdt, (node, parent) -> {
            if (found[0] == null && XmlUtils.unwrap(node) instanceof P p && p.getPPr() != null) {
                found[0] = p.getPPr();
            }
        });
        return found[0];
    }
}
