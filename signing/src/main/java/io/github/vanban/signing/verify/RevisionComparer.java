// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;

/**
 * Compares one revision with the next and classifies every change (DSS's object-modification
 * categories, but strict): new signatures, document time-stamps, validation data and form fills
 * are permitted candidates; everything else a later revision changes — page content, resources,
 * annotations, the catalog, signature dictionaries, objects hidden from the cross-reference — is
 * not. DocMDP and the validity of the signatures that add fields are applied by the caller.
 */
final class RevisionComparer {
    private static final Pattern OBJECT_HEADER =
            Pattern.compile("(?m)^[ \\t]*(\\d{1,10})[ \\t\\r\\n]+(\\d{1,5})[ \\t\\r\\n]+obj\\b");
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName EXTENSIONS = COSName.getPDFName("Extensions");
    private static final Set<COSName> FORM_KEYS = Set.of(COSName.FIELDS, COSName.SIG_FLAGS,
            COSName.DR, COSName.DA, COSName.NEED_APPEARANCES);
    private static final Set<COSName> FILL_KEYS = Set.of(COSName.V, COSName.AS, COSName.AP);
    private static final Set<COSName> SIGN_KEYS = Set.of(COSName.V, COSName.AS, COSName.AP,
            COSName.P, COSName.getPDFName("Lock"), COSName.RECT, COSName.F, COSName.MK,
            COSName.DA);

    /**
     * A change waiting for the caller's policy: {@code field} names the field concerned — the
     * signature field whose signature must verify for a SIGNATURE_ADDED or
     * DOCUMENT_TIMESTAMP_ADDED change to stand, or the filled field of a FORM_FIELD_FILLED change
     * (which a FieldMDP lock may forbid).
     */
    record Finding(int revision, String object, ChangeKind kind, boolean permitted, String detail,
            Optional<String> field) {
        Change toChange(boolean allowed) {
            return new Change(revision, object, kind, allowed, detail);
        }
    }

    private final PDDocument prev;
    private final PDDocument next;
    private final int revision;
    private final Roles prevRoles;
    private final Roles nextRoles;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();
    private final TextBoxes text;
    private final Rendering rendering;

    private RevisionComparer(PDDocument prev, PDDocument next, int revision, TextBoxes text,
            Rendering rendering) {
        this.prev = prev;
        this.next = next;
        this.revision = revision;
        this.prevRoles = new Roles(prev);
        this.nextRoles = new Roles(next);
        this.text = text;
        this.rendering = rendering;
    }

    /**
     * Compares revision {@code revision - 1} (the prefix {@code [0, prevEnd)}) with revision
     * {@code revision} (the prefix {@code [0, nextEnd)}).
     */
    static List<Finding> compare(PDDocument prev, PDDocument next, int revision, PdfBytes file,
            int prevEnd, int nextEnd, TextBoxes text, Rendering rendering) {
        RevisionComparer c = new RevisionComparer(prev, next, revision, text, rendering);
        c.section(file, prevEnd, nextEnd);
        c.trailer();
        c.objects();
        return c.findings;
    }

    private void add(String object, ChangeKind kind, boolean permitted, String detail) {
        add(object, kind, permitted, detail, Optional.empty());
    }

    private void add(String object, ChangeKind kind, boolean permitted, String detail,
            Optional<String> field) {
        if (reported.add(object + kind + detail)) {
            findings.add(new Finding(revision, object, kind, permitted, detail, field));
        }
    }

    private static String ref(COSObjectKey key) {
        return key.getNumber() + " " + key.getGeneration() + " R";
    }

    /**
     * Raw checks of the incremental section: where startxref points, objects outside the xref.
     * The section (not the file) is read into memory for the scan.
     */
    private void section(PdfBytes file, int prevEnd, int nextEnd) {
        long startxref = next.getDocument().getStartXref();
        if (startxref < prevEnd || startxref >= nextEnd) {
            add("file", ChangeKind.HIDDEN_DATA, false, "startxref of revision " + revision
                    + " points to offset " + startxref + ", outside its own section [" + prevEnd
                    + ", " + nextEnd + ")");
        }
        Map<COSObjectKey, Long> xref = next.getDocument().getXrefTable();
        String section = new String(file.copy(prevEnd, nextEnd), StandardCharsets.ISO_8859_1);
        Matcher m = OBJECT_HEADER.matcher(section);
        int count = 0;
        while (m.find() && count++ < 100_000) {
            long offset = prevEnd + (long) m.start(1);
            COSObjectKey key;
            try {
                key = new COSObjectKey(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (NumberFormatException e) {
                continue;
            }
            Long listed = xref.get(key);
            if (listed == null || listed != offset) {
                String head = section.substring(m.end(), Math.min(section.length(), m.end() + 300));
                if (head.matches("(?s)\\s*<<.*?/Type\\s*/(XRef|ObjStm)\\b.*")) {
                    continue;
                }
                add(ref(key), ChangeKind.HIDDEN_DATA, false, "Object " + ref(key)
                        + " is defined at offset " + offset + " in revision " + revision
                        + " but its cross-reference does not point there");
            }
        }
    }

    private void trailer() {
        COSDictionary p = prev.getDocument().getTrailer();
        COSDictionary n = next.getDocument().getTrailer();
        for (COSName k : new COSName[] {COSName.ROOT, COSName.ENCRYPT}) {
            if (!CosCompare.same(p.getItem(k), n.getItem(k))) {
                add("trailer", ChangeKind.CATALOG, false, "The trailer's /" + k.getName()
                        + " changed");
            }
        }
        if (!CosCompare.same(p.getItem(COSName.INFO), n.getItem(COSName.INFO))) {
            add("trailer", ChangeKind.METADATA, true,
                    "The trailer's /Info now names another information dictionary");
        }
    }

    private void objects() {
        Map<COSObjectKey, Long> px = prev.getDocument().getXrefTable();
        Map<COSObjectKey, Long> nx = next.getDocument().getXrefTable();
        for (Map.Entry<COSObjectKey, Long> e : px.entrySet()) {
            COSObjectKey key = e.getKey();
            if (!nx.containsKey(key)) {
                if (prevRoles.of(key).isPresent()) {
                    add(ref(key), ChangeKind.OBJECT_DELETED, false, "Object " + ref(key)
                            + " (" + prevRoles.of(key).get().name() + ") was deleted");
                }
                continue;
            }
            if (e.getValue().equals(nx.get(key))) {
                continue;
            }
            COSBase before = resolve(prev, key);
            COSBase after = resolve(next, key);
            if (CosCompare.same(before, after)) {
                continue;
            }
            classify(key, before, after);
        }
    }

    private static @Nullable COSBase resolve(PDDocument doc, COSObjectKey key) {
        try {
            COSObject o = doc.getDocument().getObjectFromPool(key);
            return o == null ? null : o.getObject();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String describe(@Nullable COSBase b) {
        if (b instanceof COSDictionary) {
            COSDictionary d = (COSDictionary) b;
            String type = d.getNameAsString(COSName.TYPE);
            String sub = d.getNameAsString(COSName.SUBTYPE);
            String kind = b instanceof org.apache.pdfbox.cos.COSStream ? "stream" : "dictionary";
            return kind + (type == null ? "" : " /" + type) + (sub == null ? "" : " /" + sub);
        }
        return b == null ? "null" : b.getClass().getSimpleName();
    }

    private void classify(COSObjectKey key, @Nullable COSBase before, @Nullable COSBase after) {
        String obj = ref(key);
        if (after instanceof COSDictionary) {
            String type = ((COSDictionary) after).getNameAsString(COSName.TYPE, "");
            if (type.equals("XRef") || type.equals("ObjStm")) {
                return;
            }
        }
        Optional<Roles.Role> role = nextRoles.of(key).or(() -> prevRoles.of(key));
        if (role.isEmpty()) {
            add(obj, ChangeKind.OBJECT_MODIFIED, false, "Object " + obj + " ("
                    + describe(before) + ") was redefined: content, fonts or resources changed"
                    + keysChanged(before, after));
            return;
        }
        Roles.Role r = role.get();
        if (r.kind() == Roles.Kind.DSS) {
            add(obj, ChangeKind.VALIDATION_DATA, true, "Validation data in /DSS changed");
            return;
        }
        if (!(before instanceof COSDictionary) || !(after instanceof COSDictionary)) {
            if (r.kind() == Roles.Kind.FIELDS && before instanceof COSArray
                    && after instanceof COSArray) {
                fields(obj, (COSArray) before, (COSArray) after);
                return;
            }
            if (r.kind() == Roles.Kind.ANNOTS && before instanceof COSArray
                    && after instanceof COSArray) {
                annots(obj, (COSArray) before, (COSArray) after);
                return;
            }
            add(obj, ChangeKind.OBJECT_MODIFIED, false, "Object " + obj + " (" + r.name()
                    + ") changed from " + describe(before) + " to " + describe(after));
            return;
        }
        COSDictionary b = (COSDictionary) before;
        COSDictionary a = (COSDictionary) after;
        switch (r.kind()) {
            case CATALOG:
                catalog(obj, b, a);
                break;
            case FORM_RESOURCES:
                resources(obj, r.name(), b, a);
                break;
            case ACROFORM:
                form(obj, b, a);
                break;
            case FIELD:
                field(obj, r.name(), b, a);
                break;
            case WIDGET:
                widget(obj, r, b, a);
                break;
            case APPEARANCE:
                appearance(obj, r, a);
                break;
            case PAGE:
                page(obj, r.name(), b, a);
                break;
            case SIGNATURE:
                add(obj, ChangeKind.SIGNATURE_DICTIONARY_MODIFIED, false,
                        "The signature dictionary of " + r.name() + " changed: keys "
                                + names(CosCompare.differingKeys(b, a)));
                break;
            case ANNOTATION:
                add(obj, ChangeKind.ANNOTATION, false, "The " + r.name() + " changed");
                break;
            case PAGE_NODE:
                add(obj, ChangeKind.PAGE_CONTENT, false, "A page tree node changed: keys "
                        + names(CosCompare.differingKeys(b, a)));
                break;
            case INFO:
            case METADATA:
                add(obj, ChangeKind.METADATA, true, "The " + r.name() + " changed: "
                        + describe(after) + keysChanged(before, after));
                break;
            default:
                add(obj, ChangeKind.OBJECT_MODIFIED, false, "Object " + obj + " (" + r.name()
                        + ") changed");
        }
    }

    private static String keysChanged(@Nullable COSBase before, @Nullable COSBase after) {
        if (before instanceof COSDictionary && after instanceof COSDictionary) {
            Set<COSName> keys = CosCompare.differingKeys((COSDictionary) before,
                    (COSDictionary) after);
            return keys.isEmpty() ? " (stream data)" : " (keys " + names(keys) + ")";
        }
        return "";
    }

    private static String names(Set<COSName> keys) {
        return keys.stream().map(k -> "/" + k.getName()).collect(Collectors.joining(", "));
    }

    private void catalog(String obj, COSDictionary b, COSDictionary a) {
        Set<COSName> keys = CosCompare.differingKeys(b, a);
        Set<COSName> other = new HashSet<>(keys);
        other.remove(DSS);
        other.remove(EXTENSIONS);
        other.remove(COSName.ACRO_FORM);
        if (other.remove(COSName.METADATA)) {
            add(obj, ChangeKind.METADATA, true, "The catalog's /Metadata changed");
        }
        if (!other.isEmpty()) {
            add(obj, ChangeKind.CATALOG, false, "The catalog changed: keys " + names(other));
        }
        if (keys.contains(DSS) || keys.contains(EXTENSIONS)) {
            add(obj, ChangeKind.VALIDATION_DATA, true, "The catalog's /DSS or /Extensions changed");
        }
        if (keys.contains(COSName.ACRO_FORM)) {
            COSDictionary fb = b.getCOSDictionary(COSName.ACRO_FORM);
            COSDictionary fa = a.getCOSDictionary(COSName.ACRO_FORM);
            if (fa == null) {
                add(obj, ChangeKind.CATALOG, false, "The interactive form was removed");
            } else if (fb == null) {
                form(obj, new COSDictionary(), fa);
            } else {
                form(obj, fb, fa);
            }
        }
    }

    /**
     * Default form resources may gain entries (form filling adds fonts) but existing entries
     * must stay: appearances already drawn may use them.
     */
    private void resources(String obj, String name, COSDictionary b, COSDictionary a) {
        Set<COSName> changed = CosCompare.differingKeys(b, a);
        boolean additionsOnly = changed.stream().noneMatch(b::containsKey);
        add(obj, ChangeKind.FORM_FIELD_FILLED, additionsOnly, name + (additionsOnly
                ? " gained " : " changed existing ") + "entries " + names(changed));
    }

    private void form(String obj, COSDictionary b, COSDictionary a) {
        Set<COSName> keys = CosCompare.differingKeys(b, a);
        Set<COSName> other = new HashSet<>(keys);
        other.removeAll(FORM_KEYS);
        if (!other.isEmpty()) {
            add(obj, ChangeKind.CATALOG, false, "The interactive form changed: keys "
                    + names(other));
        }
        if (keys.contains(COSName.NEED_APPEARANCES)
                && a.getBoolean(COSName.NEED_APPEARANCES, false)) {
            add(obj, ChangeKind.CATALOG, false,
                    "/NeedAppearances was set: viewers would redraw every field");
        }
        if (keys.contains(COSName.FIELDS)) {
            COSArray fb = b.getCOSArray(COSName.FIELDS);
            COSArray fa = a.getCOSArray(COSName.FIELDS);
            fields(obj, fb == null ? new COSArray() : fb, fa == null ? new COSArray() : fa);
        }
    }

    private static Set<COSObjectKey> keysOf(COSArray array) {
        Set<COSObjectKey> keys = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            COSBase item = array.get(i);
            if (item instanceof COSObject && ((COSObject) item).getKey() != null) {
                keys.add(((COSObject) item).getKey());
            }
        }
        return keys;
    }

    /**
     * Checks that {@code a} keeps every reference {@code b} had (removing entries is never
     * permitted) and hands each new entry, resolved, to {@code added} with its object name.
     */
    private void growOnly(String obj, COSArray b, COSArray a, ChangeKind kind, String removed,
            BiConsumer<String, @Nullable COSBase> added) {
        Set<COSObjectKey> before = keysOf(b);
        if (!keysOf(a).containsAll(before) || a.size() < b.size()) {
            add(obj, kind, false, removed);
        }
        for (int i = 0; i < a.size(); i++) {
            COSBase item = a.get(i);
            if (item instanceof COSObject && before.contains(((COSObject) item).getKey())) {
                continue;
            }
            COSBase resolved = item instanceof COSObject ? ((COSObject) item).getObject() : item;
            String where = item instanceof COSObject ? ref(((COSObject) item).getKey()) : obj;
            added.accept(where, resolved);
        }
    }

    private void fields(String obj, COSArray b, COSArray a) {
        growOnly(obj, b, a, ChangeKind.CATALOG, "Form fields were removed from /Fields",
                (where, resolved) -> {
                    if (resolved instanceof COSDictionary) {
                        newField(where, (COSDictionary) resolved);
                    } else {
                        add(where, ChangeKind.CATALOG, false,
                                "A non-field entry was added to /Fields");
                    }
                });
    }

    private void newField(String where, COSDictionary field) {
        String name = field.getString(COSName.T, "?");
        if (!Roles.isSignatureField(field)) {
            add(where, ChangeKind.CATALOG, false, "A new form field '" + name + "' was added");
            return;
        }
        signed(where, field, name);
    }

    /** A signature field that is new or newly signed: permitted only if really signed. */
    private void signed(String where, COSDictionary field, String name) {
        COSDictionary v = field.getCOSDictionary(COSName.V);
        if (v == null) {
            add(where, ChangeKind.SIGNATURE_ADDED, false, "Signature field '" + name
                    + "' was added without a signature (a widget that can draw anything)");
            return;
        }
        boolean timestamp = COSName.DOC_TIME_STAMP.equals(v.getCOSName(COSName.TYPE));
        add(where, timestamp ? ChangeKind.DOCUMENT_TIMESTAMP_ADDED : ChangeKind.SIGNATURE_ADDED,
                true, (timestamp ? "Document time-stamp '" : "Signature '") + name + "' was added",
                Optional.of(fullName(field)));
    }

    static String fullName(COSDictionary field) {
        List<String> parts = new ArrayList<>();
        COSDictionary f = field;
        for (int i = 0; i < 32 && f != null; i++) {
            String t = f.getString(COSName.T);
            if (t != null) {
                parts.add(0, t);
            }
            f = f.getCOSDictionary(COSName.PARENT);
        }
        return String.join(".", parts);
    }

    private void field(String obj, String name, COSDictionary b, COSDictionary a) {
        Set<COSName> keys = CosCompare.differingKeys(b, a);
        boolean signature = Roles.isSignatureField(a) || Roles.isSignatureField(b);
        Set<COSName> other = new HashSet<>(keys);
        boolean signedNow = signature && b.getItem(COSName.V) == null
                && a.getItem(COSName.V) != null;
        // Signing an empty field may move and redraw its widget (the seal is placed over the
        // signature); an already signed or still empty field keeps /Rect, /F and /MK.
        other.removeAll(signedNow ? SIGN_KEYS : signature ? Set.of(COSName.V) : FILL_KEYS);
        if (!other.isEmpty()) {
            add(obj, signature ? ChangeKind.SIGNATURE_DICTIONARY_MODIFIED : ChangeKind.ANNOTATION,
                    false, "Field '" + name + "' changed: keys " + names(other));
        }
        if (signature) {
            if (keys.contains(COSName.V) && b.getItem(COSName.V) != null) {
                add(obj, ChangeKind.SIGNATURE_DICTIONARY_MODIFIED, false,
                        "The signature value of field '" + name + "' was replaced");
            } else if (keys.contains(COSName.V)) {
                hidesSignedContent(obj, a, name);
                signed(obj, a, name);
            } else if (keys.contains(COSName.AP) || keys.contains(COSName.AS)) {
                add(obj, ChangeKind.ANNOTATION, false, "The appearance of signature field '"
                        + name + "' changed without a new signature");
            }
            return;
        }
        if (keys.contains(COSName.V)) {
            fill(obj, name, a);
        } else if (keys.contains(COSName.AP) || keys.contains(COSName.AS)) {
            add(obj, ChangeKind.ANNOTATION, false, "The appearance of field '" + name
                    + "' changed without a new value");
        }
    }

    /**
     * A widget kept apart from its field (a kid of it): it may be redrawn, and when its signature
     * field is signed now also moved, only together with a new value of the field, which {@link
     * #field} reports.
     */
    private void widget(String obj, Roles.Role r, COSDictionary b, COSDictionary a) {
        COSDictionary field = r.owner();
        if (field == null || field == a) {
            field(obj, r.name(), b, a);
            return;
        }
        COSObjectKey fieldKey = field.getKey();
        COSBase fieldBefore = fieldKey == null ? null : resolve(prev, fieldKey);
        COSBase valueBefore = fieldBefore instanceof COSDictionary
                ? ((COSDictionary) fieldBefore).getItem(COSName.V) : null;
        boolean valueChanged = fieldBefore instanceof COSDictionary
                && !CosCompare.same(valueBefore, field.getItem(COSName.V));
        boolean signature = Roles.isSignatureField(field);
        boolean signedNow = signature && valueChanged && valueBefore == null;
        Set<COSName> other = new HashSet<>(CosCompare.differingKeys(b, a));
        if (signedNow) {
            other.removeAll(SIGN_KEYS);
        } else if (valueChanged && !signature) {
            other.removeAll(FILL_KEYS);
        }
        if (!other.isEmpty()) {
            add(obj, ChangeKind.ANNOTATION, false, "The widget of field '" + r.name()
                    + "' changed" + (valueChanged ? ": keys " + names(other) : " without a new value"));
        } else if (signedNow) {
            hidesSignedContent(obj, a, r.name());
        }
    }

    /** A value change of an ordinary field: permitted unless its widgets cover signed text. */
    private void fill(String obj, String name, COSDictionary field) {
        boolean overlap = false;
        for (COSDictionary widget : widgets(field)) {
            overlap |= coversText(widget);
        }
        String detail = "Form field '" + name + "' was filled";
        if (overlap) {
            detail += ", and its widget covers text of the signed page (shadow attack)";
        }
        add(obj, ChangeKind.FORM_FIELD_FILLED, !overlap, detail, Optional.of(name));
    }

    private static List<COSDictionary> widgets(COSDictionary field) {
        List<COSDictionary> out = new ArrayList<>();
        COSArray kids = field.getCOSArray(COSName.KIDS);
        if (kids == null) {
            out.add(field);
        } else {
            for (int i = 0; i < kids.size() && i < 1000; i++) {
                COSBase k = kids.getObject(i);
                if (k instanceof COSDictionary) {
                    out.add((COSDictionary) k);
                }
            }
        }
        return out;
    }

    /**
     * A signature widget drawn over text of the signed page is permitted only if it hides
     * nothing (a transparent seal over the title); an opaque appearance that erases signed text
     * is the sneaky signature attack.
     */
    private void hidesSignedContent(String where, COSDictionary widget, String name) {
        if (!coversText(widget)) {
            return;
        }
        Optional<COSDictionary> page = nextRoles.pageOf(widget);
        Optional<Integer> index = page.flatMap(nextRoles::indexOf);
        COSArray rect = widget.getCOSArray(COSName.RECT);
        if (index.isEmpty() || rect == null || rendering.hides(prev, next, index.get(), rect)) {
            add(where, ChangeKind.ANNOTATION, false, "The widget of signature field '" + name
                    + "' hides text of the signed page");
        }
    }

    private boolean coversText(COSDictionary widget) {
        COSArray rect = widget.getCOSArray(COSName.RECT);
        Optional<COSDictionary> page = nextRoles.pageOf(widget);
        if (rect == null || page.isEmpty()) {
            return false;
        }
        Optional<Integer> index = nextRoles.indexOf(page.get());
        return index.isPresent() && text.overlaps(prev, index.get(), rect);
    }

    private void appearance(String obj, Roles.Role r, COSDictionary after) {
        COSDictionary field = r.owner();
        if (field == null) {
            add(obj, ChangeKind.ANNOTATION, false, "An appearance stream changed");
            return;
        }
        COSObjectKey fieldKey = field.getKey();
        COSBase before = fieldKey == null ? null : resolve(prev, fieldKey);
        boolean valueChanged = before instanceof COSDictionary
                && !CosCompare.same(((COSDictionary) before).getItem(COSName.V),
                        field.getItem(COSName.V));
        if (!valueChanged) {
            add(obj, ChangeKind.ANNOTATION, false, "The appearance of '" + r.name()
                    + "' was redefined without a new value (" + describe(after) + ")");
        } else if (Roles.isSignatureField(field)) {
            signed(obj, field, r.name());
        } else {
            fill(obj, r.name(), field);
        }
    }

    private void page(String obj, String name, COSDictionary b, COSDictionary a) {
        Set<COSName> keys = CosCompare.differingKeys(b, a);
        Set<COSName> other = new HashSet<>(keys);
        other.remove(COSName.ANNOTS);
        if (!other.isEmpty()) {
            add(obj, ChangeKind.PAGE_CONTENT, false, "The dictionary of " + name
                    + " changed: keys " + names(other));
        }
        if (keys.contains(COSName.ANNOTS)) {
            COSArray ab = b.getCOSArray(COSName.ANNOTS);
            COSArray aa = a.getCOSArray(COSName.ANNOTS);
            annots(obj, ab == null ? new COSArray() : ab, aa == null ? new COSArray() : aa);
        }
    }

    private void annots(String obj, COSArray b, COSArray a) {
        growOnly(obj, b, a, ChangeKind.ANNOTATION, "Annotations were removed from a page",
                this::newAnnotation);
    }

    private void newAnnotation(String where, @Nullable COSBase resolved) {
        if (!(resolved instanceof COSDictionary)) {
            add(where, ChangeKind.ANNOTATION, false, "A non-annotation was added to /Annots");
            return;
        }
        COSDictionary annot = (COSDictionary) resolved;
        String subtype = annot.getNameAsString(COSName.SUBTYPE, "?");
        if (!COSName.WIDGET.getName().equals(subtype)) {
            add(where, ChangeKind.ANNOTATION, false, "A /" + subtype
                    + " annotation was added: it can draw over the signed content");
            return;
        }
        COSDictionary field = annot.containsKey(COSName.T) || annot.containsKey(COSName.FT)
                ? annot : annot.getCOSDictionary(COSName.PARENT);
        if (field == null || !Roles.isSignatureField(field)) {
            add(where, ChangeKind.ANNOTATION, false, "A form field widget was added");
            return;
        }
        hidesSignedContent(where, annot, fullName(field));
        signed(where, field, fullName(field));
    }
}
