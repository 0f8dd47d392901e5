// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

/**
 * The signing capacities (thẩm quyền ký) of Decree 30/2020/NĐ-CP, Article 13 and Appendix I,
 * II.7, printed as a prefix with a full stop and one space ("KT. GIÁM ĐỐC").
 */
public enum SigningCapacity {
    /** Thay mặt: the head signs on behalf of a collective body ("TM. ỦY BAN NHÂN DÂN"). */
    TM("TM.", "thay mặt", "on behalf of a collective body"),
    /** Ký thay: a deputy signs in place of the head ("KT. BỘ TRƯỞNG" then "THỨ TRƯỞNG"). */
    KT("KT.", "ký thay", "signing in place of the head"),
    /** Quyền: an acting head ("Q. GIÁM ĐỐC"). */
    Q("Q.", "quyền", "acting head"),
    /** Thừa lệnh: the head of an internal unit signs by order of the head. */
    TL("TL.", "thừa lệnh", "by order of the head"),
    /** Thừa ủy quyền: signing by written authorisation of the head. */
    TUQ("TUQ.", "thừa ủy quyền", "by authorisation of the head");

    private final String prefix;
    private final String label;
    private final String meaning;

    SigningCapacity(String prefix, String label, String meaning) {
        this.prefix = prefix;
        this.label = label;
        this.meaning = meaning;
    }

    /**
     * Returns the printed prefix including its full stop, e.g. "KT.".
     *
     * @return the prefix
     */
    public String prefix() {
        return prefix;
    }

    /**
     * Returns the Vietnamese term, e.g. "ký thay".
     *
     * @return the term with diacritics
     */
    public String label() {
        return label;
    }

    /**
     * Returns an English explanation, e.g. "signing in place of the head".
     *
     * @return the meaning
     */
    public String meaning() {
        return meaning;
    }
}
