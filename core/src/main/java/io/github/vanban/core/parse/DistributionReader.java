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
    /** Plain recipients not yet added: the next line's brace note may take the last one into a group. */
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
        if (note.isEmpty()) {
            pending.add(text);
            return;
        }
        // A brace note covers this line and, when the one before is a plain recipient, that one too:
        // the text cannot show how far the brace reaches, and two lines is the common case.
        List<String> group = new ArrayList<>();
        if (!pending.isEmpty() && !FieldExtractor.trimItem(pending.get(pending.size() - 1)).startsWith("Như")) {
            group.add(FieldExtractor.trimItem(pending.remove(pending.size() - 1)));
        }
        flush();
        group.add(name);
        entries.add(new DistributionEntry.Group(group, note.get()));
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
