// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DistributionEntry;
import io.github.vanban.core.model.DrafterCode;
import io.github.vanban.core.model.FileCopy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Collects the items of a "Nơi nhận" block (ô 9b) into the model's {@link Distribution}: plain
 * recipients, groups sharing a brace note, the file copy "Lưu: VT, …" and the drafter code.
 * A single-use scratch object of {@link FieldExtractor}.
 */
final class DistributionReader {
    /** "Lưu: VT, VP (2)" with an optional drafter code after it: "Lưu: VT, VP (2). PL.(300)". */
    private static final Pattern FILE_COPY = Pattern.compile(
            "^Lưu[ \\t]*:[ \\t]*(?<units>[^()]*?)[ \\t]*(?:\\((?<copies>\\d+)\\))?[ \\t]*[.;]?"
                    + "(?:[ \\t]*(?<drafter>\\p{Lu}{1,8})\\.?\\((?<issued>\\d+)\\)[ \\t]*\\.?)?$",
            Pattern.UNICODE_CASE);

    private final List<DistributionEntry> entries = new ArrayList<>();
    /** Plain recipients not yet added: a brace note after them may take them into a group. */
    private final List<String> pending = new ArrayList<>();
    private @Nullable FileCopy fileCopy;
    private @Nullable DrafterCode drafter;

    /** Adds one item as printed after its dash, e.g. "UBND tỉnh;" with the note "(B/c)". */
    void item(String text, Optional<String> note) {
        String name = FieldExtractor.trimItem(text);
        Matcher copy = FILE_COPY.matcher(name);
        if (copy.matches()) {
            flush();
            List<String> units = Arrays.stream(copy.group("units").split(","))
                    .map(String::strip).filter(u -> !u.isEmpty()).toList();
            OptionalInt copies = copy.group("copies") == null ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(copy.group("copies")));
            fileCopy = new FileCopy(units, copies);
            if (copy.group("drafter") != null) {
                drafter = new DrafterCode(copy.group("drafter"), Integer.parseInt(copy.group("issued")));
            }
            return;
        }
        pending.add(text);
        // The noted item is in the group even when it is a "Như …" item.
        note.ifPresent(n -> closeGroup(n, Math.min(groupStart(), pending.size() - 1)));
    }

    /**
     * Takes a brace note printed on a line of its own, after the group it belongs to, as the PDF
     * renderer prints the note of three or more names: "(để b/c)".
     *
     * @return whether a group was closed; {@code false} when no plain recipient precedes the note
     */
    boolean note(String note) {
        int start = groupStart();
        if (start == pending.size()) {
            return false;
        }
        closeGroup(note, start);
        return true;
    }

    /**
     * Makes a group of the recipients pending from {@code start}, normally the last boundary: the
     * start of the list, the previous group, or a "Như …" item (which stands for other recipients
     * and is not braced with them). The brace that shows how far a group reaches is a drawing, not
     * text, so this is an inference: the braced recipients of a Decree 30 letter stand together
     * after "Như trên", and those without a note follow the group.
     */
    private void closeGroup(String note, int start) {
        List<String> group = pending.subList(start, pending.size()).stream().map(FieldExtractor::trimItem).toList();
        pending.subList(start, pending.size()).clear();
        flush();
        entries.add(new DistributionEntry.Group(group, note));
    }

    /** Returns the index in {@link #pending} of the first recipient a note would take into its group. */
    private int groupStart() {
        int start = pending.size();
        while (start > 0 && !FieldExtractor.trimItem(pending.get(start - 1)).startsWith("Như")) {
            start--;
        }
        return start;
    }

    /** Tells whether the last item is a recipient still waiting for its closing ";". */
    boolean isOpen() {
        return !pending.isEmpty() && !FieldExtractor.endsItem(pending.get(pending.size() - 1));
    }

    /** Appends a wrapped line to the open item. */
    void continueLast(String line) {
        int last = pending.size() - 1;
        pending.set(last, FieldExtractor.joinLines(List.of(pending.get(last), line)));
    }

    boolean hasFileCopy() {
        return fileCopy != null;
    }

    void drafter(DrafterCode code) {
        drafter = code;
    }

    /** Returns the distribution, empty when no item was read. */
    Optional<Distribution> result() {
        flush();
        if (entries.isEmpty() && fileCopy == null) {
            return Optional.empty();
        }
        return Optional.of(new Distribution(entries, Optional.ofNullable(fileCopy), Optional.ofNullable(drafter)));
    }

    private void flush() {
        pending.stream().map(FieldExtractor::trimItem).filter(n -> !n.isEmpty())
                .map(DistributionEntry.Recipient::new).forEach(entries::add);
        pending.clear();
    }
}
