// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import io.github.vanban.core.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The signer block (ô 7a, 7b, 7c) of Decree 30/2020/NĐ-CP, Appendix I, II.7: the authority lines,
 * room for the signature and seal, and the signer's full name.
 *
 * <p>The printed lines are derived, never typed: each {@linkplain #delegations() delegation}
 * gives one line ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), then the signer's own
 * {@linkplain #position() position} ("PHÓ CHỦ TỊCH"), then any {@linkplain #otherPositions()
 * other positions} printed above the name.
 *
 * @param delegations the authority layers, outermost first; empty when the head signs in their
 *     own name
 * @param position the signer's own position, e.g. "PHÓ GIÁM ĐỐC"; absent after "Q."
 * @param otherPositions further positions printed above the name (e.g. for advisory bodies)
 * @param fullName the signer's full name in regular case, no academic titles
 */
public record SignatureBlock(
        List<Delegation> delegations,
        Optional<String> position,
        List<String> otherPositions,
        String fullName) {

    /** Creates a signer block, normalising every text to NFC. */
    public SignatureBlock {
        delegations = List.copyOf(delegations);
        position = Objects.requireNonNull(position, "position").map(VietnameseText::nfc).filter(s -> !s.isEmpty());
        otherPositions = VietnameseText.nfc(List.copyOf(otherPositions));
        fullName = VietnameseText.nfc(Objects.requireNonNull(fullName, "fullName"));
    }

    /**
     * Creates the usual block with one capacity, e.g. {@code of(KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
     * "Trần Văn Tuấn")}.
     *
     * @param capacity the capacity
     * @param authority the body or head position after the prefix
     * @param position the signer's own position, or an empty string for none
     * @param fullName the signer's full name
     * @return the signer block
     */
    public static SignatureBlock of(
            SigningCapacity capacity, String authority, String position, String fullName) {
        return new SignatureBlock(
                List.of(new Delegation(capacity, authority)), Optional.of(position), List.of(), fullName);
    }

    /**
     * Creates the block of a head signing in their own name, e.g. "GIÁM ĐỐC".
     *
     * @param position the head's position
     * @param fullName the head's full name
     * @return the signer block
     */
    public static SignatureBlock head(String position, String fullName) {
        return new SignatureBlock(List.of(), Optional.of(position), List.of(), fullName);
    }

    /**
     * Returns the bold upper-case lines above the signature: delegations, then the signer's own
     * position.
     *
     * @return the title lines of ô 7a
     */
    public List<String> titleLines() {
        List<String> lines = new ArrayList<>();
        delegations.forEach(d -> lines.add(d.line()));
        position.ifPresent(p -> lines.add(VietnameseText.upper(p)));
        return List.copyOf(lines);
    }

    /**
     * Returns the lines printed under the signature: other positions, then the name.
     *
     * @return the lines of ô 7b
     */
    public List<String> nameLines() {
        List<String> lines = new ArrayList<>();
        otherPositions.forEach(p -> lines.add(VietnameseText.upper(p)));
        lines.add(fullName);
        return List.copyOf(lines);
    }
}
