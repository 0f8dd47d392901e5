// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The "Nơi nhận" block (ô 9b and ô 12) of Decree 30/2020/NĐ-CP, Appendix I, II.9.b.
 *
 * <p>{@link #lines()} derives the printed lines: each recipient on its own line starting with
 * "- " and ending with ";", then "- Lưu: VT, VP (2)." with a full stop, then the drafter code.
 *
 * @param entries the recipients, in order
 * @param fileCopy the closing "Lưu" line; absent only in a document that fails validation
 * @param drafter the drafter code (ô 12), if any
 */
public record Distribution(
        List<DistributionEntry> entries, Optional<FileCopy> fileCopy, Optional<DrafterCode> drafter) {

    /** The label of the block, printed bold italic. */
    public static final String LABEL = "Nơi nhận:";

    /** Creates the block. */
    public Distribution {
        entries = List.copyOf(entries);
        Objects.requireNonNull(fileCopy, "fileCopy");
        Objects.requireNonNull(drafter, "drafter");
    }

    /**
     * Returns an empty block (fails validation: "Lưu" is required).
     *
     * @return a block with no entries
     */
    public static Distribution empty() {
        return new Distribution(List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * One printed line of the block.
     *
     * @param text the line, e.g. "- Bộ KH&CN;"
     * @param groupNote the note printed beside the line's group, on the group's first line only
     * @param groupSize how many lines the note spans (1 when not in a group)
     * @param inGroup whether the line belongs to a group with a shared note
     */
    public record Line(String text, Optional<String> groupNote, int groupSize, boolean inGroup) {
        /** Creates a line. */
        public Line {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(groupNote, "groupNote");
        }
    }

    /**
     * Returns the printed item lines (the label excluded), in order.
     *
     * @return the lines of ô 9b
     */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (DistributionEntry entry : entries) {
            if (entry instanceof DistributionEntry.Recipient r) {
                lines.add(new Line("- " + r.name() + ";", Optional.empty(), 1, false));
            } else if (entry instanceof DistributionEntry.Group g) {
                for (int i = 0; i < g.names().size(); i++) {
                    lines.add(new Line(
                            "- " + g.names().get(i) + ";",
                            i == 0 ? Optional.of(g.note()) : Optional.empty(),
                            g.names().size(),
                            true));
                }
            } else {
                throw new AssertionError(entry);
            }
        }
        fileCopy.ifPresent(f -> lines.add(new Line(
                "- " + f.text() + "." + drafter.map(d -> " " + d.text()).orElse(""),
                Optional.empty(), 1, false)));
        if (fileCopy.isEmpty()) {
            drafter.ifPresent(d -> lines.add(new Line(d.text(), Optional.empty(), 1, false)));
        }
        return List.copyOf(lines);
    }
}
