// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.jspecify.annotations.Nullable;

/**
 * Structural equality of two COS values from two revisions: indirect references compare by
 * object number and generation (never followed), direct values recursively, streams by dictionary
 * and raw bytes. Bounded: comparing more than {@link #BUDGET} nodes counts as different.
 */
final class CosCompare {
    static final int BUDGET = 200_000;
    private int budget = BUDGET;

    static boolean same(@Nullable COSBase a, @Nullable COSBase b) {
        return new CosCompare().equal(a, b, 0);
    }

    /** The keys whose values differ between two dictionaries. */
    static Set<COSName> differingKeys(COSDictionary a, COSDictionary b) {
        Set<COSName> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        Set<COSName> out = new LinkedHashSet<>();
        for (COSName k : keys) {
            if (!same(a.getItem(k), b.getItem(k))) {
                out.add(k);
            }
        }
        return out;
    }

    private boolean equal(@Nullable COSBase a, @Nullable COSBase b, int depth) {
        if (--budget < 0 || depth > 64) {
            return false;
        }
        if (a == null || a instanceof COSNull) {
            return b == null || b instanceof COSNull;
        }
        if (b == null) {
            return false;
        }
        if (a instanceof COSObject || b instanceof COSObject) {
            if (!(a instanceof COSObject) || !(b instanceof COSObject)) {
                return false;
            }
            var ka = ((COSObject) a).getKey();
            var kb = ((COSObject) b).getKey();
            return ka != null && ka.equals(kb);
        }
        if (a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof COSStream) {
            return equal((COSDictionary) a, (COSDictionary) b, depth)
                    && rawEqual((COSStream) a, (COSStream) b);
        }
        if (a instanceof COSDictionary) {
            return equal((COSDictionary) a, (COSDictionary) b, depth);
        }
        if (a instanceof COSArray) {
            COSArray x = (COSArray) a;
            COSArray y = (COSArray) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof COSString) {
            return Arrays.equals(((COSString) a).getBytes(), ((COSString) b).getBytes());
        }
        if (a instanceof COSInteger) {
            return ((COSInteger) a).longValue() == ((COSInteger) b).longValue();
        }
        if (a instanceof COSFloat) {
            return ((COSFloat) a).floatValue() == ((COSFloat) b).floatValue();
        }
        if (a instanceof COSName || a instanceof COSBoolean) {
            return a.equals(b);
        }
        return false;
    }

    private boolean equal(COSDictionary a, COSDictionary b, int depth) {
        if (a.size() != b.size()) {
            return false;
        }
        for (var entry : a.entrySet()) {
            if (!b.containsKey(entry.getKey())
                    || !equal(entry.getValue(), b.getItem(entry.getKey()), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean rawEqual(COSStream a, COSStream b) {
        try (InputStream x = a.createRawInputStream(); InputStream y = b.createRawInputStream()) {
            byte[] bx = new byte[8192];
            byte[] by = new byte[8192];
            while (true) {
                int nx = x.readNBytes(bx, 0, bx.length);
                int ny = y.readNBytes(by, 0, by.length);
                if (nx != ny || !Arrays.equals(bx, 0, nx, by, 0, ny)) {
                    return false;
                }
                if (nx < bx.length) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
