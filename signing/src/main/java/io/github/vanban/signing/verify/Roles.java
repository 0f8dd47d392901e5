// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;

/**
 * The role each indirect object plays in one revision (catalog, form, field, widget, appearance,
 * page, annotation, signature dictionary, validation data), found by a bounded walk from the
 * catalog. Revision comparison decides from the role whether a change to the object is permitted.
 */
final class Roles {
    private static final int MAX_NODES = 100_000;

    enum Kind {
        CATALOG, INFO, METADATA, ACROFORM, FORM_RESOURCES, FIELDS, FIELD, WIDGET, APPEARANCE,
        PAGE_NODE, PAGE, ANNOTS, ANNOTATION, SIGNATURE, DSS
    }

    /** A role; {@code owner} is the field of a widget/appearance or the page of an annotation. */
    record Role(Kind kind, @Nullable COSDictionary owner, String name) {}

    private final Map<COSObjectKey, Role> roles = new HashMap<>();
    private final Map<COSDictionary, COSDictionary> pageOfAnnotation = new HashMap<>();
    private final Map<COSDictionary, Integer> pageIndex = new HashMap<>();
    private int nodes;

    Roles(PDDocument doc) {
        COSDictionary trailer = doc.getDocument().getTrailer();
        COSDictionary catalog = trailer.getCOSDictionary(COSName.ROOT);
        mark(trailer.getItem(COSName.ROOT), Kind.CATALOG, null, "catalog");
        mark(trailer.getItem(COSName.INFO), Kind.INFO, null, "document information");
        if (catalog == null) {
            return;
        }
        mark(catalog.getItem(COSName.METADATA), Kind.METADATA, null, "XMP metadata");
        walkPages(catalog.getItem(COSName.PAGES), 0);
        COSBase acro = catalog.getItem(COSName.ACRO_FORM);
        mark(acro, Kind.ACROFORM, null, "AcroForm");
        COSDictionary form = catalog.getCOSDictionary(COSName.ACRO_FORM);
        if (form != null) {
            mark(form.getItem(COSName.FIELDS), Kind.FIELDS, null, "AcroForm /Fields");
            mark(form.getItem(COSName.DR), Kind.FORM_RESOURCES, null, "AcroForm /DR");
            COSDictionary dr = form.getCOSDictionary(COSName.DR);
            if (dr != null) {
                for (COSName k : dr.keySet()) {
                    mark(dr.getItem(k), Kind.FORM_RESOURCES, null, "AcroForm /DR /" + k.getName());
                }
            }
            COSArray fields = form.getCOSArray(COSName.FIELDS);
            if (fields != null) {
                for (int i = 0; i < fields.size(); i++) {
                    walkField(fields.get(i), "", 0);
                }
            }
        }
        walkAll(catalog.getItem(COSName.getPDFName("DSS")), Kind.DSS);
    }

    Optional<Role> of(COSObjectKey key) {
        return Optional.ofNullable(roles.get(key));
    }

    /** The page dictionary whose /Annots lists {@code annotation}. */
    Optional<COSDictionary> pageOf(COSDictionary annotation) {
        return Optional.ofNullable(pageOfAnnotation.get(annotation));
    }

    /** The 0-based index of {@code page}, when it is a page of this revision. */
    Optional<Integer> indexOf(COSDictionary page) {
        return Optional.ofNullable(pageIndex.get(page));
    }

    private static @Nullable COSDictionary dict(@Nullable COSBase b) {
        COSBase r = b instanceof COSObject ? ((COSObject) b).getObject() : b;
        return r instanceof COSDictionary ? (COSDictionary) r : null;
    }

    private void mark(@Nullable COSBase item, Kind kind, @Nullable COSDictionary owner,
            String name) {
        if (item instanceof COSObject && ((COSObject) item).getKey() != null) {
            roles.putIfAbsent(((COSObject) item).getKey(), new Role(kind, owner, name));
        }
    }

    private boolean budget() {
        return ++nodes <= MAX_NODES;
    }

    private void walkPages(@Nullable COSBase item, int depth) {
        COSDictionary node = dict(item);
        if (node == null || depth > 64 || !budget()) {
            return;
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || kids != null) {
            mark(item, Kind.PAGE_NODE, null, "page tree node");
            if (kids != null) {
                for (int i = 0; i < kids.size(); i++) {
                    walkPages(kids.get(i), depth + 1);
                }
            }
            return;
        }
        int index = pageIndex.size();
        if (pageIndex.putIfAbsent(node, index) != null) {
            return;
        }
        mark(item, Kind.PAGE, null, "page " + (index + 1));
        mark(node.getItem(COSName.ANNOTS), Kind.ANNOTS, node, "/Annots of page " + (index + 1));
        COSArray annots = node.getCOSArray(COSName.ANNOTS);
        if (annots != null) {
            for (int i = 0; i < annots.size() && budget(); i++) {
                COSDictionary annot = dict(annots.get(i));
                if (annot != null) {
                    pageOfAnnotation.putIfAbsent(annot, node);
                    String subtype = annot.getNameAsString(COSName.SUBTYPE, "?");
                    if (!COSName.WIDGET.getName().equals(subtype)) {
                        mark(annots.get(i), Kind.ANNOTATION, node, "/" + subtype + " annotation");
                    }
                }
            }
        }
    }

    private void walkField(@Nullable COSBase item, String parentName, int depth) {
        COSDictionary field = dict(item);
        if (field == null || depth > 32 || !budget()) {
            return;
        }
        String partial = field.getString(COSName.T);
        String name = partial == null ? parentName
                : parentName.isEmpty() ? partial : parentName + "." + partial;
        boolean widgetOnly = partial == null
                && COSName.WIDGET.equals(field.getCOSName(COSName.SUBTYPE));
        if (widgetOnly) {
            mark(item, Kind.WIDGET, owner(field), name);
            walkAppearance(field, name);
            return;
        }
        mark(item, Kind.FIELD, field, name);
        mark(field.getItem(COSName.V), isSignatureField(field) ? Kind.SIGNATURE : Kind.FIELD, field,
                name);
        if (COSName.WIDGET.equals(field.getCOSName(COSName.SUBTYPE))) {
            walkAppearance(field, name);
        }
        COSArray kids = field.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                walkField(kids.get(i), name, depth + 1);
            }
        }
    }

    private static COSDictionary owner(COSDictionary widget) {
        COSDictionary parent = widget.getCOSDictionary(COSName.PARENT);
        return parent == null ? widget : parent;
    }

    /** Whether {@code field} (or the field it inherits FT from) is a signature field. */
    static boolean isSignatureField(COSDictionary field) {
        COSDictionary f = field;
        for (int i = 0; i < 32 && f != null; i++) {
            COSName ft = f.getCOSName(COSName.FT);
            if (ft != null) {
                return COSName.SIG.equals(ft);
            }
            f = f.getCOSDictionary(COSName.PARENT);
        }
        return false;
    }

    private void walkAppearance(COSDictionary widget, String name) {
        COSDictionary ap = widget.getCOSDictionary(COSName.AP);
        mark(widget.getItem(COSName.AP), Kind.APPEARANCE, owner(widget), name);
        if (ap == null) {
            return;
        }
        for (COSName k : new COSName[] {COSName.N, COSName.D, COSName.R}) {
            COSBase entry = ap.getItem(k);
            mark(entry, Kind.APPEARANCE, owner(widget), name);
            COSDictionary states = dict(entry);
            if (states != null && !(states instanceof org.apache.pdfbox.cos.COSStream)) {
                for (COSName s : states.keySet()) {
                    mark(states.getItem(s), Kind.APPEARANCE, owner(widget), name);
                }
            }
        }
    }

    private void walkAll(@Nullable COSBase root, Kind kind) {
        Deque<COSBase> todo = new ArrayDeque<>();
        Set<COSObjectKey> seen = new HashSet<>();
        if (root != null) {
            todo.push(root);
        }
        while (!todo.isEmpty() && budget()) {
            COSBase item = todo.pop();
            if (item instanceof COSObject) {
                COSObjectKey key = ((COSObject) item).getKey();
                if (key == null || !seen.add(key)) {
                    continue;
                }
                mark(item, kind, null, "/DSS");
                item = ((COSObject) item).getObject();
            }
            if (item instanceof COSDictionary) {
                todo.addAll(((COSDictionary) item).getValues());
            } else if (item instanceof COSArray) {
                for (COSBase b : (COSArray) item) {
                    todo.push(b);
                }
            }
        }
    }
}
